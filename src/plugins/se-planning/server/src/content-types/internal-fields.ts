/**
 * Columns the system keeps, never an editor: the workflow's state, the municipality a row belongs
 * to (scoping) and the marker of pre-filled rows. They are hidden in the Content Manager (setup/content-manager-labels.ts) and a staff
 * member's save cannot set them (write-guard/plan-writes-middleware.ts).
 */
import { reviewFields } from '../../../common/review';

/** Recomputed after every write: whatever a write sends is dropped. */
export const derivedFields = ['municipalityId'] as const;

/** Every internal column. */
export const internalFields = [...reviewFields, ...derivedFields, 'standardKey'] as const;
export type InternalField = (typeof internalFields)[number];
export const isInternalField = (field: string): field is InternalField =>
  (internalFields as readonly string[]).includes(field);

/**
 * The plan's lifecycle fields: shown, but changed only by the named commands (submit, approve, adopt, amend,
 * archive), never by a save. `version` is the number of the plan's latest adopted version.
 */
export const lifecycleFields = ['planStatus', 'councilDecisionNumber', 'councilDecisionDate', 'version'] as const;
