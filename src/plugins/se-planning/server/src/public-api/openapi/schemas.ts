/**
 * The public API's response bodies as JSON Schema 2020-12 (components.schemas of the OpenAPI
 * document). Public items are closed objects: every documented property is present (null when
 * empty) and nothing else is, so a leaked field fails validation. They mirror the `toPublic`
 * whitelists of the public services.
 */
import { publicLocales } from '../../../../common/rules/public-query';
import {
  indicatorKinds,
  keysOf,
  planStatuses,
  planningRegions,
  programmeKinds,
  programmeStates,
  type Vocabulary,
} from '../../../../common/vocabulary';

export type JsonSchema = { [keyword: string]: unknown };

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const string: JsonSchema = { type: 'string' };
const number: JsonSchema = { type: 'number' };
const integer: JsonSchema = { type: 'integer' };
const date: JsonSchema = { type: 'string', format: 'date' };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const uri: JsonSchema = { type: 'string', format: 'uri' };
const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

/** The schema, or null. */
const orNull = (schema: JsonSchema): JsonSchema =>
  typeof schema.type === 'string' && !('enum' in schema)
    ? { ...schema, type: [schema.type, 'null'] }
    : { anyOf: [schema, { type: 'null' }] };

/** A closed object: all of these properties, always present, and no other. */
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: 'object',
  ...(description && { description }),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/** A value of a fixed list: its stable key and its label in the requested language. */
const keyed = (vocabulary: Vocabulary, description: string) =>
  object({ key: { enum: keysOf(vocabulary) }, label: string }, description);

const documentId: JsonSchema = { type: 'string', description: 'Stable document id (the same in every language).' };
const slug: JsonSchema = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };

/** What support programmes and engagement activities share (public-catalogue.ts `publicCommon`). */
const catalogueCommon = {
  documentId,
  slug,
  locale: { enum: [...publicLocales], description: 'The language of this version of the content.' },
  localeFallback: {
    type: 'boolean',
    description: 'True when the requested language is missing and the Latvian version is given instead.',
  },
  title: string,
  municipality: orNull(ref('MunicipalityRef')),
  targetGroups: arrayOf(ref('TargetGroupRef')),
};

const items: Record<string, JsonSchema> = {
  MunicipalityRef: object({ slug, name: string }, 'Pašvaldība: the municipality a plan belongs to.'),
  TargetGroupRef: object({ slug, name: string }, 'Mērķa grupa, named in the requested language.'),

  SupportProgramme: object(
    {
      ...catalogueCommon,
      summary: orNull(string),
      description: orNull({ type: 'string', description: 'Markdown.' }),
      kind: keyed(programmeKinds, 'Programmas veids.'),
      state: keyed(programmeStates, "Application state on today's date in Riga, computed from opensOn/closesOn."),
      implementer: orNull(string),
      eligibility: orNull(string),
      amountMin: orNull(number),
      amountMax: orNull(number),
      totalBudget: orNull(number),
      currency: { const: 'EUR' },
      opensOn: orNull(date),
      closesOn: orNull(date),
      howToApply: orNull(string),
      websiteUrl: orNull(uri),
      contactEmail: orNull({ type: 'string', format: 'email' }),
      contactPhone: orNull(string),
      legalBasis: arrayOf(object({ title: string, url: orNull(uri) })),
      publishedAt: dateTime,
    },
    'Atbalsta programma: a support programme for social enterprises and innovators.',
  ),

  EngagementActivity: object(
    {
      ...catalogueCommon,
      description: orNull({ type: 'string', description: 'Markdown.' }),
      audience: orNull(string),
      channels: orNull(string),
      startsAt: orNull(dateTime),
      endsAt: orNull(dateTime),
      timelineNote: orNull(string),
      place: orNull(string),
      registrationUrl: orNull(uri),
      responsibleUnit: orNull({ type: 'string', description: 'The municipal unit in charge.' }),
      publishedAt: dateTime,
    },
    'Sabiedrības iesaistes aktivitāte: an event, competition or info day of a plan.',
  ),

  Municipality: object(
    {
      slug,
      name: string,
      region: orNull(keyed(planningRegions, 'Plānošanas reģions.')),
      website: orNull(uri),
    },
    'Pašvaldība.',
  ),

  TargetGroup: object(
    { slug, name: string, description: orNull(string) },
    'Mērķa grupa: a group at risk of social exclusion.',
  ),

  Measurement: object(
    { measuredOn: date, value: orNull(number), qualitativeValue: orNull(string) },
    'Mērījums: an achieved value of an indicator on a date.',
  ),

  Result: object(
    {
      documentId,
      title: string,
      kind: keyed(indicatorKinds, 'Rādītāja veids.'),
      unit: orNull(string),
      baseline: orNull(number),
      target: orNull(number),
      targetText: orNull(string),
      targetDate: orNull(date),
      municipality: ref('MunicipalityRef'),
      plan: object({ documentId, title: string, periodStartYear: integer, periodEndYear: integer }),
      goal: orNull(ref('Ref')),
      measurements: arrayOf(ref('Measurement')),
      latest: orNull(ref('Measurement')),
    },
    'Rezultāts: an indicator of an adopted plan’s latest adopted version (baseline, target) with its measurements.',
  ),

  Ref: object({ documentId, title: string }, 'A goal, task or indicator, by its documentId and title.'),
  CouncilDecision: object({ number: string, date: orNull(date) }, 'Domes lēmums: the decision that adopted a version.'),

  PlanSummary: object(
    {
      documentId,
      title: string,
      summary: orNull(string),
      periodStartYear: integer,
      periodEndYear: integer,
      municipality: orNull(ref('MunicipalityRef')),
    },
    'Rīcības plāns as a version adopted it.',
  ),

  Plan: object(
    {
      documentId,
      title: string,
      summary: orNull(string),
      periodStartYear: integer,
      periodEndYear: integer,
      municipality: orNull(ref('MunicipalityRef')),
      status: keyed(planStatuses, 'Plāna statuss: adopted or archived.'),
      version: { type: 'integer', minimum: 1, description: 'The latest adopted version.' },
      councilDecision: ref('CouncilDecision'),
      versions: arrayOf(object({ number: integer, councilDecision: ref('CouncilDecision') })),
    },
    'An adopted plan as its latest adopted version has it, with the list of its versions.',
  ),

  PlanVersion: object(
    {
      plan: ref('PlanSummary'),
      version: object({ number: integer, councilDecision: ref('CouncilDecision') }),
      previousVersion: orNull(integer),
      goals: arrayOf(
        object({
          documentId,
          title: string,
          description: orNull(string),
          deadline: orNull(date),
          tasks: arrayOf(object({ documentId, title: string, deadline: orNull(date), goal: orNull(ref('Ref')) })),
        }),
      ),
      indicators: arrayOf(
        object({
          documentId,
          title: string,
          kind: keyed(indicatorKinds, 'Rādītāja veids.'),
          unit: orNull(string),
          baseline: orNull(number),
          target: orNull(number),
          targetText: orNull(string),
          targetDate: orNull(date),
          goal: orNull(ref('Ref')),
        }),
      ),
      changes: orNull(ref('VersionChanges')),
    },
    'One adopted version: its goals with their tasks, its indicators with their targets, and (from version 2) what changed against the previous version.',
  ),

  Changes: object(
    {
      added: arrayOf(ref('Ref')),
      removed: arrayOf(ref('Ref')),
      changed: arrayOf(
        object({
          documentId,
          title: string,
          fields: arrayOf(object({ field: string, from: {}, to: {} })),
        }),
      ),
    },
    'Added, removed and changed items (by documentId); each change names the field with its previous and new value.',
  ),

  VersionChanges: object({
    goals: ref('Changes'),
    tasks: ref('Changes'),
    indicators: ref('Changes'),
    targets: arrayOf(
      object({
        documentId,
        title: string,
        from: ref('Target'),
        to: ref('Target'),
      }),
    ),
  }),

  Target: object({ baseline: orNull(number), target: orNull(number), targetText: orNull(string), targetDate: orNull(date) }),
};

/** `{ data: [...], meta: { pagination, facets } }`; each facet counts values among what the other filters leave. */
export const listResponse = (item: JsonSchema, facetNames: string[] = []): JsonSchema =>
  object({
    data: arrayOf(item),
    meta: object({
      pagination: ref('Pagination'),
      ...(facetNames.length > 0 && {
        facets: object(Object.fromEntries(facetNames.map((name) => [name, ref('FacetCounts')]))),
      }),
    }),
  });

export const itemResponse = (item: JsonSchema): JsonSchema => object({ data: item });

/** Strapi's error body (`strapi::errors`); `details` is absent on errors raised outside the app. */
const errorBody = (error: JsonSchema): JsonSchema => object({ data: { type: 'null' }, error });

const envelopes: Record<string, JsonSchema> = {
  Pagination: object({ page: integer, pageSize: integer, pageCount: integer, total: integer }),
  FacetCounts: {
    type: 'object',
    description: 'Number of matching items per value (slug or key); values without matches are left out.',
    additionalProperties: { type: 'integer', minimum: 1 },
  },
  SupportProgrammeList: listResponse(ref('SupportProgramme'), ['municipality', 'targetGroup', 'kind', 'state']),
  SupportProgrammeItem: itemResponse(ref('SupportProgramme')),
  EngagementActivityList: listResponse(ref('EngagementActivity'), ['municipality', 'targetGroup']),
  EngagementActivityItem: itemResponse(ref('EngagementActivity')),
  MunicipalityList: listResponse(ref('Municipality')),
  TargetGroupList: listResponse(ref('TargetGroup')),
  ResultList: listResponse(ref('Result'), ['municipality', 'plan']),
  PlanList: listResponse(ref('Plan'), ['municipality']),
  PlanItem: itemResponse(ref('Plan')),
  PlanVersionItem: itemResponse(ref('PlanVersion')),

  ValidationError: errorBody(
    object({
      status: { const: 400 },
      name: { const: 'ValidationError' },
      message: string,
      details: object({
        errors: {
          type: 'array',
          minItems: 1,
          items: object({
            path: { type: 'array', items: string, minItems: 1, description: 'The parameter, e.g. ["pageSize"].' },
            message: { type: 'string', description: 'In Latvian.' },
            name: { const: 'ValidationError' },
          }),
        },
      }),
    }),
  ),
  NotFoundError: errorBody(
    object({ status: { const: 404 }, name: { const: 'NotFoundError' }, message: string, details: { type: 'object' } }),
  ),
  Error: errorBody({
    type: 'object',
    properties: { status: integer, name: string, message: string, details: { type: 'object' } },
    required: ['status', 'name', 'message'],
    additionalProperties: false,
  }),
};

export const schemas: Record<string, JsonSchema> = { ...items, ...envelopes };
