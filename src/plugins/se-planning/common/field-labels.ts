import type { Label } from './vocabulary';
import type { reviewFields } from './review';
import type { ModelName } from './model-names';

/** Row order within a worksheet; every worksheet row has it. */
const position: Label = { lv: 'Secība', en: 'Order' };
/** The plan a worksheet row belongs to. */
const plan: Label = { lv: 'Rīcības plāns', en: 'Plan' };
const municipality: Label = { lv: 'Pašvaldība', en: 'Municipality' };
const name: Label = { lv: 'Nosaukums', en: 'Name' };
const title: Label = { lv: 'Nosaukums', en: 'Title' };
const slug: Label = { lv: 'URL identifikators', en: 'URL slug' };
const description: Label = { lv: 'Apraksts', en: 'Description' };
const website: Label = { lv: 'Tīmekļa vietne', en: 'Website' };
const contactEmail: Label = { lv: 'Kontakta e-pasts', en: 'Contact e-mail' };
const deadline: Label = { lv: 'Termiņš', en: 'Deadline' };
const done: Label = { lv: 'Izpildīts', en: 'Done' };
const evidence: Label = { lv: 'Apliecinājums', en: 'Evidence' };
const standardKey: Label = { lv: 'Standarta rindas kods', en: 'Standard row key' };
const targetGroups: Label = { lv: 'Mērķa grupas', en: 'Target groups' };
const supportProgrammes: Label = { lv: 'Atbalsta programmas', en: 'Support programmes' };
const summary: Label = { lv: 'Kopsavilkums', en: 'Summary' };
const implementer: Label = { lv: 'Ieviesējs', en: 'Implementer' };
// The chain goal → task → activity → indicator, named alike wherever a row points up it.
const strategicGoal: Label = { lv: 'Stratēģiskais mērķis', en: 'Strategic goal' };
const specificTask: Label = { lv: 'Specifiskais uzdevums', en: 'Specific task' };
const activity: Label = { lv: 'Aktivitāte', en: 'Activity' };
const indicator: Label = { lv: 'Rādītājs', en: 'Indicator' };

// Related worksheet rows (relation fields, mostly the inverse side).
const policyDocumentsRel: Label = { lv: 'Politikas dokumenti (#1)', en: 'Policy documents (#1)' };
const cooperationModelsRel: Label = { lv: 'Sadarbības modeļi (#2)', en: 'Cooperation models (#2)' };
const dataSourcesRel: Label = { lv: 'Dati un to avoti (#3)', en: 'Data and sources (#3)' };
const needsRel: Label = { lv: 'Vajadzības (#4)', en: 'Needs (#4)' };
const resourcesRel: Label = { lv: 'Resursi (#5)', en: 'Resources (#5)' };
const goalsRel: Label = { lv: 'Stratēģiskie mērķi (#6)', en: 'Strategic goals (#6)' };
const tasksRel: Label = { lv: 'Uzdevumi (#6)', en: 'Tasks (#6)' };
const activitiesRel: Label = { lv: 'Aktivitātes (#7)', en: 'Activities (#7)' };
const indicatorsRel: Label = { lv: 'Rādītāji (#8)', en: 'Indicators (#8)' };
const engagementActivitiesRel: Label = { lv: 'Iesaistes aktivitātes (#9)', en: 'Engagement activities (#9)' };
const risksRel: Label = { lv: 'Riski (#10)', en: 'Risks (#10)' };
const monitoringActivitiesRel: Label = { lv: 'Uzraudzības aktivitātes (#11)', en: 'Monitoring activities (#11)' };

/** The workflow's own fields (common/review.ts), which the model builder adds to every reviewable type. */
const reviewFieldLabels: Record<(typeof reviewFields)[number], Label> = {
  reviewState: { lv: 'Izskatīšanas statuss', en: 'Review state' },
  reviewFingerprint: { lv: 'Apstiprinātā satura nospiedums', en: 'Approved content fingerprint' },
  submittedById: { lv: 'Iesniedzējs', en: 'Submitted by' },
};

/** Fields the model builder adds: to every content type, and the workflow's to the reviewable ones. */
export const sharedFieldLabels: Record<string, Label> = {
  revision: { lv: 'Versija (saglabāšanas reizes)', en: 'Revision' },
  municipalityId: { lv: 'Pašvaldības ID', en: 'Municipality ID' },
  ...reviewFieldLabels,
};

/**
 * The worksheets' column headings in the method's words (the seed's "Darba lapa #1–#11"): the heading itself,
 * or its noun in the singular where a field holds one row's item ("Aktivitāte" of the column "Aktivitātes").
 * tests/method-words.test.ts holds each to its sheet's text. The other fields of a row are the portal's own.
 */
export const worksheetColumns = {
  // #1 "Atbalsta programmas (nosaukums un ieviesējs)", "[saite uz tīmekļa vietni]"
  'policy-document': { title, implementer, url: { lv: 'Saite uz tīmekļa vietni', en: 'Link to website' } },
  'cooperation-model': {
    organisation: { lv: 'Organizācija', en: 'Organisation' },
    cooperationTypes: { lv: 'Sadarbības veids', en: 'Cooperation types' },
    result: { lv: 'Rezultāts', en: 'Result' },
  },
  'data-source': {
    dataType: { lv: 'Datu veids', en: 'Data type' },
    source: { lv: 'Datu avots (iestāde, struktūrvienība)', en: 'Data source (institution, unit)' },
    updateFrequency: { lv: 'Datu atjaunināšanas biežums', en: 'Update frequency' },
  },
  need: {
    targetGroup: { lv: 'Mērķa grupa', en: 'Target group' },
    existingSupport: {
      lv: 'Esošie atbalsta formāti, kas jau pieejami un tiek īstenoti',
      en: 'Existing support formats already available and provided',
    },
    unmetNeeds: { lv: 'Neatrisinātās vajadzības', en: 'Unmet needs' },
    socialEnterpriseRole: { lv: 'Sociālo uzņēmumu iesaistes iespējas', en: 'Role of social enterprises' },
  },
  resource: {
    subtype: { lv: 'Resursa veids', en: 'Resource type' },
    holder: { lv: 'Resursu turētājs (iestāde/ struktūrvienība)', en: 'Resource holder (institution/unit)' },
  },
  goal: { title: strategicGoal, tasks: { lv: 'Specifiskie uzdevumi', en: 'Specific tasks' } },
  task: { title: specificTask, goal: strategicGoal },
  activity: {
    task: specificTask,
    title: activity,
    fundingSource: { lv: 'Finansējuma avots', en: 'Funding source' },
    involvedParties: { lv: 'Iesaistītās puses', en: 'Involved parties' },
    responsibleUnit: { lv: 'Atbildīgā struktūrvienība pašvaldībā', en: 'Responsible municipal unit' },
  },
  indicator: {
    title: indicator,
    target: { lv: 'Rīcības plānā definētais mērķis', en: 'Target' },
    dataMethod: { lv: 'Datu ieguves metode', en: 'Data collection method' },
    recommendations: { lv: 'Ieteikumi nākamajam plānošanas periodam', en: 'Recommendations for next period' },
    evaluationParties: { lv: 'Izvērtēšanā iesaistītās puses', en: 'Parties involved in evaluation' },
  },
  measurement: { value: { lv: 'Sasniegtais rezultāts', en: 'Achieved value' } },
  'engagement-activity': {
    title: activity,
    audience: { lv: 'Mērķa auditorija', en: 'Target audience' },
    channels: { lv: 'Kanāls', en: 'Channels' },
    timelineNote: { lv: 'Laika grafiks', en: 'Timeline' },
    responsibleUnit: { lv: 'Atbildīgā institūcija / struktūrvienība', en: 'Responsible institution / unit' },
  },
  risk: {
    factor: { lv: 'Risku faktors', en: 'Risk factor' },
    impact: { lv: 'Iespējamā ietekme', en: 'Possible impact' },
    level: { lv: 'Riska līmenis', en: 'Risk level' },
    preventiveMeasures: { lv: 'Preventīvie pasākumi', en: 'Preventive measures' },
    reactiveAction: { lv: 'Reaktīvā rīcība', en: 'Reactive action' },
    responsible: { lv: 'Atbildīgais', en: 'Responsible' },
  },
  'monitoring-activity': {
    title: { lv: 'Uzraudzības aktivitāte', en: 'Monitoring activity' },
    responsibleUnit: { lv: 'Atbildīgā iestāde/ struktūrvienība', en: 'Responsible institution/unit' },
    deadline: { lv: 'Izpildes termiņš', en: 'Deadline' },
    performanceIndicator: { lv: 'Izpildes rādītājs', en: 'Performance indicator' },
  },
} satisfies Partial<Record<ModelName, Record<string, Label>>>;

/** Latvian (default) and English labels of every field, per content type, for the Content Manager and the plugin screens. */

export const fieldLabels = {
  'review-event': {
    targetType: { lv: 'Ieraksta veids', en: 'Item type' },
    targetDocumentId: { lv: 'Ieraksta ID', en: 'Item ID' },
    targetTitle: { lv: 'Ieraksts', en: 'Item' },
    action: { lv: 'Darbība', en: 'Action' },
    fromState: { lv: 'No statusa', en: 'From state' },
    toState: { lv: 'Uz statusu', en: 'To state' },
    comment: { lv: 'Komentārs', en: 'Comment' },
    actorId: { lv: 'Darbinieka ID', en: 'Staff ID' },
    actorName: { lv: 'Darbinieks', en: 'Staff member' },
    at: { lv: 'Laiks', en: 'Time' },
    plan,
  },
  // ── shared vocabulary ──────────────────────────────────────────────────────────────
  municipality: {
    staff: { lv: 'Darbinieki (plāno šai pašvaldībai)', en: 'Staff (plan for this municipality)' },
    name,
    slug,
    region: { lv: 'Plānošanas reģions', en: 'Planning region' },
    website,
    plans: { lv: 'Rīcības plāni', en: 'Plans' },
    municipalUnits: { lv: 'Struktūrvienības', en: 'Municipal units' },
    organisations: { lv: 'Organizācijas', en: 'Organisations' },
  },
  plan: {
    councilDecisionNumber: { lv: 'Domes lēmuma numurs', en: 'Council decision number' },
    councilDecisionDate: { lv: 'Domes lēmuma datums', en: 'Council decision date' },
    reviewEvents: { lv: 'Izskatīšanas vēsture', en: 'Review history' },
    title,
    periodStartYear: { lv: 'Perioda sākuma gads', en: 'Period start year' },
    periodEndYear: { lv: 'Perioda beigu gads', en: 'Period end year' },
    planStatus: { lv: 'Plāna statuss', en: 'Plan status' },
    version: { lv: 'Versija', en: 'Version' },
    summary,
    municipality,
    policyDocuments: policyDocumentsRel,
    cooperationModels: cooperationModelsRel,
    dataSources: dataSourcesRel,
    needs: { lv: 'Vajadzību analīze (#4)', en: 'Needs analysis (#4)' },
    resources: { lv: 'Pašvaldības resursi (#5)', en: 'Municipal resources (#5)' },
    supportGivenRows: { lv: 'Jau sniegtais atbalsts (#5)', en: 'Support already given (#5)' },
    goals: goalsRel,
    tasks: tasksRel,
    activities: activitiesRel,
    indicators: indicatorsRel,
    measurements: { lv: 'Rādītāju mērījumi (#8)', en: 'Measurements (#8)' },
    partnershipSteps: { lv: 'Partnerības kontrolsaraksts (#9)', en: 'Partnership checklist (#9)' },
    engagementActivities: engagementActivitiesRel,
    risks: risksRel,
    monitoringActivities: monitoringActivitiesRel,
    supportProgrammes,
  },
  'municipal-unit': {
    name,
    contactEmail,
    municipality,
    dataSources: { lv: 'Datu avoti (#3)', en: 'Data sources (#3)' },
    resources: { lv: 'Resursi pārziņā (#5)', en: 'Resources held (#5)' },
    activities: activitiesRel,
    engagementActivities: engagementActivitiesRel,
    risks: risksRel,
    monitoringActivities: monitoringActivitiesRel,
  },
  organisation: {
    name,
    kind: { lv: 'Organizācijas veids', en: 'Organisation type' },
    registrationNumber: { lv: 'Reģistrācijas numurs', en: 'Registration number' },
    website,
    description,
    municipality,
    cooperationModels: cooperationModelsRel,
    supportReceived: { lv: 'Saņemtais atbalsts (#5)', en: 'Support received (#5)' },
    activities: activitiesRel,
  },
  'target-group': {
    name,
    nameEn: { lv: 'Nosaukums angliski', en: 'Name in English' },
    slug,
    description,
    needs: needsRel,
    engagementActivities: engagementActivitiesRel,
    supportProgrammes,
  },

  // ── the 11 worksheets (their column headings in worksheetColumns) ───────────────────
  'policy-document': {
    position,
    kind: { lv: 'Dokumenta veids', en: 'Document type' },
    ...worksheetColumns['policy-document'],
    // the sheet asks for "konkrētu sadaļu, punktu un vai apakšpunktu" in its instructions, not as a column
    section: { lv: 'Sadaļa, punkts vai apakšpunkts', en: 'Section, point or sub-point' },
    issuer: { lv: 'Izdevējs', en: 'Issuer' },
    number: { lv: 'Numurs', en: 'Number' },
    issuedOn: { lv: 'Izdošanas datums', en: 'Date issued' },
    standardKey,
    plan,
    goals: goalsRel,
    supportProgrammes,
  },
  'cooperation-model': {
    position,
    ...worksheetColumns['cooperation-model'],
    cooperationTypeOther: { lv: 'Cits sadarbības veids (precizēt)', en: 'Other cooperation type (specify)' },
    plan,
    goals: goalsRel,
  },
  'data-source': {
    position,
    ...worksheetColumns['data-source'],
    sourceUncertain: { lv: 'Avots nav skaidrs (?)', en: 'Source uncertain (?)' },
    plan,
    sourceUnit: { lv: 'Avota struktūrvienība', en: 'Source unit' },
  },
  need: {
    position,
    ...worksheetColumns.need,
    informationSources: { lv: 'Informācijas avoti', en: 'Information sources' },
    plan,
    goals: goalsRel,
  },
  resource: {
    position,
    group: { lv: 'Resursu grupa', en: 'Resource group' },
    ...worksheetColumns.resource,
    resourceTypeOther: { lv: 'Cits resursa veids (precizēt)', en: 'Other resource type (specify)' },
    title,
    annualAmountEur: { lv: 'Gada apjoms, EUR', en: 'Annual amount (EUR)' },
    notes: { lv: 'Piezīmes', en: 'Notes' },
    plan,
    goals: goalsRel,
    activities: activitiesRel,
    supportProgrammes,
  },
  'support-given': {
    position,
    recipient: { lv: 'Saņēmējs', en: 'Recipient' },
    form: { lv: 'Atbalsta forma', en: 'Form of support' },
    amountEur: { lv: 'Apjoms, EUR', en: 'Amount (EUR)' },
    year: { lv: 'Gads', en: 'Year' },
    plan,
    recipientOrganisation: { lv: 'Saņēmēja organizācija', en: 'Recipient organisation' },
  },
  goal: {
    position,
    ...worksheetColumns.goal,
    description,
    deadline,
    plan,
    strategy: { lv: 'Attīstības stratēģija (#1)', en: 'Development strategy (#1)' },
    needs: needsRel,
    resources: resourcesRel,
    partners: { lv: 'Sadarbības partneri (#2)', en: 'Partners (#2)' },
    indicators: indicatorsRel,
  },
  task: {
    position,
    ...worksheetColumns.task,
    deadline,
    plan,
    activities: activitiesRel,
    indicators: indicatorsRel,
  },
  activity: {
    position,
    ...worksheetColumns.activity,
    startsOn: { lv: 'Sākuma datums', en: 'Start date' },
    endsOn: { lv: 'Beigu datums', en: 'End date' },
    budgetEur: { lv: 'Budžets, EUR', en: 'Budget (EUR)' },
    executionStatus: { lv: 'Izpildes statuss', en: 'Execution status' },
    progress: { lv: 'Izpilde, %', en: 'Progress (%)' },
    plan,
    organisations: { lv: 'Iesaistītās organizācijas', en: 'Involved organisations' },
    resources: resourcesRel,
    indicators: indicatorsRel,
  },
  indicator: {
    position,
    ...worksheetColumns.indicator,
    kind: { lv: 'Rādītāja veids', en: 'Indicator type' },
    unit: { lv: 'Mērvienība', en: 'Unit' },
    baseline: { lv: 'Sākotnējā vērtība', en: 'Baseline' },
    targetText: { lv: 'Mērķa apraksts', en: 'Target (in words)' },
    targetDate: { lv: 'Mērķa termiņš', en: 'Target date' },
    plan,
    goal: strategicGoal,
    task: specificTask,
    activity,
    measurements: { lv: 'Sasniegtais rezultāts (mērījumi)', en: 'Achieved results (measurements)' },
  },
  measurement: {
    position,
    measuredOn: { lv: 'Mērījuma datums', en: 'Measured on' },
    ...worksheetColumns.measurement,
    qualitativeValue: { lv: 'Kvalitatīvs rezultāts', en: 'Qualitative result' },
    note: { lv: 'Piezīme', en: 'Note' },
    plan,
    indicator,
  },
  'partnership-step': {
    position,
    step: { lv: 'Kontrolsaraksta punkts', en: 'Checklist item' },
    done,
    doneOn: { lv: 'Izpildes datums', en: 'Date done' },
    evidence,
    plan,
  },
  'engagement-activity': {
    position,
    ...worksheetColumns['engagement-activity'],
    slug,
    description,
    startsAt: { lv: 'Sākums', en: 'Starts at' },
    endsAt: { lv: 'Beigas', en: 'Ends at' },
    place: { lv: 'Norises vieta', en: 'Place' },
    registrationUrl: { lv: 'Reģistrācijas saite', en: 'Registration link' },
    plan,
    targetGroups,
  },
  risk: {
    position,
    ...worksheetColumns.risk,
    standardKey,
    plan,
    // the sheet names only "atbildīgais" (beside the reactive action); the unit is the portal's link
    responsibleUnit: { lv: 'Atbildīgā struktūrvienība', en: 'Responsible unit' },
  },
  'monitoring-activity': {
    position,
    ...worksheetColumns['monitoring-activity'],
    done,
    evidence,
    standardKey,
    plan,
  },

  // ── public catalogue ───────────────────────────────────────────────────────────────
  'support-programme': {
    position,
    title,
    slug,
    summary,
    description,
    kind: { lv: 'Atbalsta veids', en: 'Support type' },
    implementer,
    eligibility: { lv: 'Atbilstības nosacījumi', en: 'Eligibility' },
    amountMin: { lv: 'Min. summa pieteicējam, EUR', en: 'Min. per applicant (EUR)' },
    amountMax: { lv: 'Maks. summa pieteicējam, EUR', en: 'Max. per applicant (EUR)' },
    totalBudget: { lv: 'Kopējais budžets, EUR', en: 'Total budget (EUR)' },
    opensOn: { lv: 'Pieteikšanās sākums', en: 'Applications open' },
    closesOn: { lv: 'Pieteikšanās beigas', en: 'Applications close' },
    howToApply: { lv: 'Kā pieteikties', en: 'How to apply' },
    websiteUrl: website,
    contactEmail,
    contactPhone: { lv: 'Kontakttālrunis', en: 'Contact phone' },
    plan,
    targetGroups,
    legalBasis: { lv: 'Tiesiskais pamats (#1)', en: 'Legal basis (#1)' },
    sourceResource: { lv: 'Avota resurss (#5)', en: 'Source resource (#5)' },
  },
} satisfies Partial<Record<ModelName, Record<string, Label>>>;

/** Fields shown in the Content Manager list view of each content type (3 to 6 fields, most telling first, e.g. risk: factor, level, plan). */
export const listFields = {
  municipality: ['name', 'region', 'website'],
  plan: ['title', 'municipality', 'periodStartYear', 'periodEndYear', 'planStatus'],
  'municipal-unit': ['name', 'municipality', 'contactEmail'],
  organisation: ['name', 'kind', 'registrationNumber', 'municipality'],
  'target-group': ['name', 'nameEn', 'slug'],
  'policy-document': ['title', 'kind', 'section', 'issuedOn', 'plan'],
  // #2 has no telling scalar besides position (types are json, result is text): the organisation is the row.
  'cooperation-model': ['organisation', 'position', 'plan'],
  'data-source': ['dataType', 'source', 'updateFrequency', 'sourceUncertain', 'plan'],
  // #4 likewise: everything but position is text/json; the target group is the row.
  need: ['targetGroup', 'position', 'plan'],
  resource: ['title', 'group', 'subtype', 'plan'],
  'support-given': ['recipient', 'form', 'year', 'plan'],
  goal: ['title', 'deadline', 'plan'],
  task: ['title', 'deadline', 'plan'],
  // #7's columns: the specific task it serves and the responsible unit ("Atbildīgā struktūrvienība pašvaldībā")
  activity: ['title', 'task', 'responsibleUnit', 'executionStatus', 'endsOn', 'plan'],
  indicator: ['title', 'kind', 'unit', 'targetDate', 'plan'],
  measurement: ['indicator', 'measuredOn', 'value'],
  'partnership-step': ['step', 'done', 'doneOn', 'plan'],
  'engagement-activity': ['title', 'audience', 'channels', 'timelineNote', 'plan'],
  risk: ['factor', 'level', 'plan'],
  'monitoring-activity': ['title', 'deadline', 'done', 'plan'],
  'support-programme': ['title', 'kind', 'opensOn', 'closesOn', 'plan'],
} satisfies Partial<Record<ModelName, string[]>>;

/** Every label of a type's fields: its own, and those of the fields every type has. */
export const labelsOf = (type: ModelName): Record<string, Label> => ({
  ...sharedFieldLabels,
  ...(fieldLabels as Partial<Record<ModelName, Record<string, Label>>>)[type],
});

/** The label of one field of a type (undefined for a field without one). */
export const fieldLabel = (type: ModelName, field: string): Label | undefined => labelsOf(type)[field];

/** The Content Manager list columns of a type, if the portal chooses them. */
export const listFieldsOf = (type: ModelName): string[] | undefined =>
  (listFields as Partial<Record<ModelName, string[]>>)[type];
