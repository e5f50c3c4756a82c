/**
 * The editorial workflow: draft → submitted for review → approved, or back with "changes
 * requested" and a comment. Only approved content is published (or, for the plan, adopted).
 */
export const reviewStates = Object.freeze({
  draft: { lv: 'Melnraksts', en: 'Draft' },
  submitted: { lv: 'Iesniegts izskatīšanai', en: 'Submitted for review' },
  changes_requested: { lv: 'Nepieciešami labojumi', en: 'Changes requested' },
  approved: { lv: 'Apstiprināts', en: 'Approved' },
});
export type ReviewState = keyof typeof reviewStates;

export const reviewActions = Object.freeze({
  submit: { lv: 'Iesniegts izskatīšanai', en: 'Submitted for review' },
  approve: { lv: 'Apstiprināts', en: 'Approved' },
  request_changes: { lv: 'Pieprasīti labojumi', en: 'Changes requested' },
  edited: { lv: 'Labots pēc iesniegšanas', en: 'Edited after submission' },
  publish: { lv: 'Publicēts', en: 'Published' },
  adopt: { lv: 'Pieņemts domē', en: 'Adopted by the council' },
  archive: { lv: 'Arhivēts', en: 'Archived' },
  amend: { lv: 'Atvērts grozījumiem', en: 'Opened for amendment' },
  unpublish: { lv: 'Noņemts no publikācijas', en: 'Unpublished' },
  delete: { lv: 'Dzēsts', en: 'Deleted' },
});
export type ReviewAction = keyof typeof reviewActions;

/** Which state each command may start from, and where it leads. */
export const transitions = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  request_changes: { from: ['submitted'], to: 'changes_requested' },
} as const satisfies Record<string, { from: readonly ReviewState[]; to: ReviewState }>;
export type ReviewCommand = keyof typeof transitions;

/** Content types that go through review (singular names). */
export const reviewableTypes = ['plan', 'support-programme', 'engagement-activity', 'measurement'] as const;
export type ReviewableType = (typeof reviewableTypes)[number];
export const isReviewable = (type: string): type is ReviewableType =>
  (reviewableTypes as readonly string[]).includes(type);

/** Fields the workflow owns: never written by editors' saves. */
export const reviewFields = ['reviewState', 'reviewFingerprint', 'submittedById'] as const;
