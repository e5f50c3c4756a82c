/**
 * The whole domain in one table: the shared vocabulary, the 11 worksheets and the two public
 * types. Every worksheet row belongs to a plan and has a position; relations are declared once
 * (the inverse side is generated), so an editor can walk the chain
 * need/strategy → goal → task → activity → indicator → measurement both ways.
 */
import {
  belongsTo,
  choicesOf,
  bool,
  date,
  datetime,
  decimal,
  email,
  enumOf,
  integer,
  manyToMany,
  required,
  richtext,
  slugOf,
  str,
  text,
  url,
  type Link,
} from './attributes';
import type { ModelName } from '../../../common/model-names';
import { displayNames } from '../../../common/display-names';

export type ModelEntry = {
  singularName: ModelName;
  pluralName: string;
  /** Latvian display name shown in the Content Manager. */
  displayName: string;
  description: string;
  /** Worksheet number, for rows of a plan. */
  worksheet?: number;
  /** Public content: draft & publish and lv/en locales. */
  publicContent?: boolean;
  draftAndPublish?: boolean;
  /** Goes through review (common/review.ts) before it is published or adopted. */
  reviewable?: boolean;
  /** Kept out of the Content Manager (shown by the plugin's own screens). */
  hidden?: boolean;
  attributes: Record<string, Record<string, unknown>>;
  links?: Record<string, Link>;
  /**
   * Public content: the texts the public search (`q`) looks in, the title first (the public read
   * model indexes them for full-text search: publication/render.ts).
   */
  search?: string[];
  /**
   * Indexes (attribute names) for lists over the stored rows by municipality, kind and dates (the Content
   * Manager's filters; the bench's hand-written SQL baseline over these tables). The public API reads its own
   * read model (publication/read-tables.ts), indexed for its filters.
   */
  indexes?: string[][];
};

export const model: ModelEntry[] = [
  // ── shared vocabulary ────────────────────────────────────────────────────────────────
  {
    singularName: 'municipality',
    pluralName: 'municipalities',
    displayName: displayNames['municipality'],
    description: 'Municipality (tenant)',
    attributes: {
      name: str({ ...required, unique: true }),
      slug: { ...slugOf('name'), ...required },
      region: enumOf('planningRegions'),
      website: url(),
      /** Staff (admin users) who plan for this municipality: they see and change only its data. */
      staff: { type: 'relation', relation: 'manyToMany', target: 'admin::user', private: true },
    },
  },
  {
    singularName: 'plan',
    pluralName: 'plans',
    displayName: displayNames['plan'],
    description: "A municipality's social-entrepreneurship support plan; owns every worksheet row",
    reviewable: true,
    attributes: {
      title: str(required),
      periodStartYear: integer({ ...required, min: 2000, max: 2100 }),
      periodEndYear: integer({ ...required, min: 2000, max: 2100 }),
      // not `status`: the Content Manager uses that name for a document's publication status
      planStatus: enumOf('planStatuses', { default: 'drafting' }),
      // the number of the latest adopted version (publication/plan-versions.ts); none before the first adoption
      version: integer({ min: 1 }),
      summary: text(),
      councilDecisionNumber: str(),
      councilDecisionDate: date(),
    },
    links: { municipality: belongsTo('municipality', 'plans', required) },
  },
  {
    singularName: 'municipal-unit',
    pluralName: 'municipal-units',
    displayName: displayNames['municipal-unit'],
    description: 'Municipal unit: the responsible unit / holder in worksheets 3, 5, 7, 9, 11',
    attributes: { name: str(required), contactEmail: email() },
    links: { municipality: belongsTo('municipality', 'municipalUnits', required) },
  },
  {
    singularName: 'organisation',
    pluralName: 'organisations',
    displayName: displayNames['organisation'],
    description: 'External partner: NGO, social enterprise, social innovator, business, academia, …',
    attributes: {
      name: str(required),
      kind: enumOf('organisationKinds', required),
      registrationNumber: str(),
      website: url(),
      description: text(),
    },
    links: { municipality: belongsTo('municipality', 'organisations', { required: true }) },
  },
  {
    singularName: 'target-group',
    pluralName: 'target-groups',
    displayName: displayNames['target-group'],
    description: 'Groups at risk of social exclusion (MK noteikumi Nr.173)',
    attributes: {
      name: str({ ...required, unique: true }),
      nameEn: str(),
      slug: { ...slugOf('name'), ...required },
      description: text(),
    },
  },

  // ── the 11 worksheets ────────────────────────────────────────────────────────────────
  {
    worksheet: 1,
    singularName: 'policy-document',
    pluralName: 'policy-documents',
    displayName: displayNames['policy-document'],
    description:
      'National legal acts, regional/municipal strategies (with the specific section) and support programmes',
    attributes: {
      kind: enumOf('policyDocumentKinds', required),
      title: str(required),
      section: str(),
      issuer: str(),
      number: str(),
      issuedOn: date(),
      implementer: str(),
      url: url(),
      // the national acts every new plan starts with (common/standard-rows.ts)
      standardKey: str({ private: true }),
    },
  },
  {
    worksheet: 2,
    singularName: 'cooperation-model',
    pluralName: 'cooperation-models',
    displayName: displayNames['cooperation-model'],
    description: 'Organisation, cooperation types (one or more of the fixed list; "other" said in words), result',
    attributes: {
      cooperationTypes: choicesOf('cooperationTypes', required),
      /** What "Cits (precizēt)" is: required with `other` among the types, refused without it. */
      cooperationTypeOther: str(),
      result: text(),
    },
    links: { organisation: belongsTo('organisation', 'cooperationModels', required) },
  },
  {
    worksheet: 3,
    singularName: 'data-source',
    pluralName: 'data-sources',
    displayName: displayNames['data-source'],
    description: 'Data available in the municipality, its source and update frequency ("unknown" is a gap to close)',
    attributes: {
      dataType: str(required),
      source: str(),
      sourceUncertain: bool(false),
      updateFrequency: enumOf('updateFrequencies', { default: 'unknown' }),
    },
    links: { sourceUnit: belongsTo('municipal-unit', 'dataSources') },
  },
  {
    worksheet: 4,
    singularName: 'need',
    pluralName: 'needs',
    displayName: displayNames['need'],
    description: 'Target group, existing support, unmet needs, how social enterprises could help',
    attributes: {
      existingSupport: text(),
      unmetNeeds: text(required),
      socialEnterpriseRole: text(),
      informationSources: choicesOf('needInformationSources'),
    },
    links: { targetGroup: belongsTo('target-group', 'needs', required) },
  },
  {
    worksheet: 5,
    singularName: 'resource',
    pluralName: 'resources',
    displayName: displayNames['resource'],
    description: 'Financial, material, infrastructure, informational and human resources and their holder',
    attributes: {
      group: enumOf('resourceGroups', required),
      subtype: enumOf('resourceSubtypes', required),
      /** What "Cits (precizēt)" is: required when the subtype is `other`, refused otherwise. */
      resourceTypeOther: str(),
      title: str(required),
      annualAmountEur: decimal({ min: 0 }),
      notes: text(),
    },
    links: { holder: belongsTo('municipal-unit', 'resources') },
  },
  {
    worksheet: 5,
    singularName: 'support-given',
    pluralName: 'support-given-rows',
    displayName: displayNames['support-given'],
    description: 'Support already given to social enterprises or innovators',
    attributes: {
      recipient: str(required),
      form: str(required),
      amountEur: decimal({ min: 0 }),
      year: integer({ min: 2000, max: 2100 }),
    },
    links: { recipientOrganisation: belongsTo('organisation', 'supportReceived') },
  },
  {
    worksheet: 6,
    singularName: 'goal',
    pluralName: 'goals',
    displayName: displayNames['goal'],
    description: 'SMART goal, linked to needs, strategy rows and resources',
    attributes: {
      title: str(required),
      description: text(),
      deadline: date(),
    },
    links: {
      strategy: belongsTo('policy-document', 'goals'),
      needs: manyToMany('need', 'goals'),
      resources: manyToMany('resource', 'goals'),
      partners: manyToMany('cooperation-model', 'goals'),
    },
  },
  {
    worksheet: 6,
    singularName: 'task',
    pluralName: 'tasks',
    displayName: displayNames['task'],
    description: 'Specific task of a goal',
    attributes: {
      title: str(required),
      deadline: date(),
    },
    links: { goal: belongsTo('goal', 'tasks', required) },
  },
  {
    worksheet: 7,
    singularName: 'activity',
    pluralName: 'activities',
    displayName: displayNames['activity'],
    description: 'Activity of a task: timeline, funding source, involved parties, responsible unit, status',
    attributes: {
      title: str(required),
      startsOn: date(),
      endsOn: date(),
      fundingSource: str(),
      budgetEur: decimal({ min: 0 }),
      involvedParties: text(),
      executionStatus: enumOf('activityStatuses', { default: 'planned' }),
      progress: integer({ min: 0, max: 100, default: 0 }),
    },
    links: {
      task: belongsTo('task', 'activities', required),
      responsibleUnit: belongsTo('municipal-unit', 'activities'),
      organisations: manyToMany('organisation', 'activities'),
      resources: manyToMany('resource', 'activities'),
    },
  },
  {
    worksheet: 8,
    singularName: 'indicator',
    pluralName: 'indicators',
    displayName: displayNames['indicator'],
    description: 'Indicator of a goal, task or activity: baseline, target, method; achieved values are measurements',
    attributes: {
      title: str(required),
      kind: enumOf('indicatorKinds', required),
      unit: str(),
      baseline: decimal(),
      target: decimal(),
      targetText: str(),
      targetDate: date(),
      dataMethod: enumOf('dataMethods'),
      recommendations: text(),
      evaluationParties: text(),
    },
    indexes: [['municipalityId', 'position']],
    links: {
      goal: belongsTo('goal', 'indicators'),
      task: belongsTo('task', 'indicators'),
      activity: belongsTo('activity', 'indicators'),
    },
  },
  {
    worksheet: 8,
    singularName: 'measurement',
    pluralName: 'measurements',
    displayName: displayNames['measurement'],
    description: 'A dated achieved value of an indicator (never overwritten: add a new measurement)',
    draftAndPublish: true,
    reviewable: true,
    attributes: {
      measuredOn: date(required),
      value: decimal(),
      qualitativeValue: text(),
      note: text(),
    },
    links: { indicator: belongsTo('indicator', 'measurements', required) },
  },
  {
    worksheet: 9,
    singularName: 'partnership-step',
    pluralName: 'partnership-steps',
    displayName: displayNames['partnership-step'],
    description: 'Plan-level partnership checklist with date and evidence',
    attributes: {
      step: enumOf('partnershipSteps', required),
      done: bool(false),
      doneOn: date(),
      evidence: text(),
    },
  },
  {
    worksheet: 9,
    singularName: 'engagement-activity',
    pluralName: 'engagement-activities',
    displayName: displayNames['engagement-activity'],
    description: 'Information and engagement plan: events, competitions, info days (public when published)',
    publicContent: true,
    reviewable: true,
    attributes: {
      title: str(required),
      slug: { ...slugOf('title'), ...required },
      description: richtext(),
      audience: str(),
      channels: str(),
      startsAt: datetime(),
      endsAt: datetime(),
      timelineNote: str(),
      place: str(),
      registrationUrl: url(),
    },
    search: ['title', 'description', 'audience'],
    indexes: [['municipalityId', 'startsAt'], ['slug'], ['startsAt'], ['endsAt']],
    links: {
      targetGroups: manyToMany('target-group', 'engagementActivities'),
      responsibleUnit: belongsTo('municipal-unit', 'engagementActivities'),
    },
  },
  {
    worksheet: 10,
    singularName: 'risk',
    pluralName: 'risks',
    displayName: displayNames['risk'],
    description: 'Risk factor, impact, level; measures are required for medium and high risks',
    attributes: {
      factor: str(required),
      impact: text(),
      level: enumOf('riskLevels'),
      preventiveMeasures: text(),
      reactiveAction: text(),
      responsible: str(),
      standardKey: str({ private: true }),
    },
    links: { responsibleUnit: belongsTo('municipal-unit', 'risks') },
  },
  {
    worksheet: 11,
    singularName: 'monitoring-activity',
    pluralName: 'monitoring-activities',
    displayName: displayNames['monitoring-activity'],
    description: 'Monitoring activity, responsible unit, deadline, performance indicator, evidence',
    attributes: {
      title: str(required),
      deadline: date(),
      performanceIndicator: str(),
      done: bool(false),
      evidence: text(),
      standardKey: str({ private: true }),
    },
    links: { responsibleUnit: belongsTo('municipal-unit', 'monitoringActivities') },
  },

  // ── public catalogue ─────────────────────────────────────────────────────────────────
  {
    singularName: 'support-programme',
    pluralName: 'support-programmes',
    displayName: displayNames['support-programme'],
    description: 'Support scheme for social enterprises and innovators (public when approved and published)',
    publicContent: true,
    reviewable: true,
    attributes: {
      title: str(required),
      slug: { ...slugOf('title'), ...required },
      summary: text(),
      description: richtext(),
      kind: enumOf('programmeKinds', required),
      implementer: str(),
      eligibility: text(),
      amountMin: decimal({ min: 0 }),
      amountMax: decimal({ min: 0 }),
      totalBudget: decimal({ min: 0 }),
      opensOn: date(),
      closesOn: date(),
      howToApply: text(),
      websiteUrl: url(),
      contactEmail: email(),
      contactPhone: str({ pluginOptions: { i18n: { localized: false } } }),
    },
    search: ['title', 'summary', 'description'],
    // covering the list filters and facets (municipality, kind, state from the window), so they are
    // counted from the index alone
    indexes: [
      ['locale', 'kind', 'municipalityId', 'opensOn', 'closesOn', 'publishedAt'],
      ['municipalityId', 'kind', 'opensOn', 'closesOn', 'publishedAt', 'locale'],
      ['slug'],
      ['closesOn'],
      ['amountMax'],
      // "newest first" within a language; a lone published_at index misleads PostgreSQL's planner
      ['locale', 'publishedAt'],
    ],
    links: {
      targetGroups: manyToMany('target-group', 'supportProgrammes'),
      legalBasis: manyToMany('policy-document', 'supportProgrammes'),
      sourceResource: belongsTo('resource', 'supportProgrammes'),
    },
  },

  // ── workflow ─────────────────────────────────────────────────────────────────────────
  {
    singularName: 'review-event',
    pluralName: 'review-events',
    displayName: displayNames['review-event'],
    description: 'Append-only history of review transitions (who, when, from, to, comment); staff only',
    hidden: true,
    attributes: {
      targetType: str(required),
      targetDocumentId: str(required),
      targetTitle: str(),
      action: str(required),
      fromState: str(),
      toState: str(),
      comment: text(),
      actorId: integer(),
      actorName: str(),
      at: datetime(required),
    },
    links: { plan: belongsTo('plan', 'reviewEvents') },
  },
];

/** Content types whose rows belong to a plan (the worksheets and the public types made from them). */
export const planOwned = (entry: ModelEntry) => entry.worksheet !== undefined || entry.publicContent === true;
