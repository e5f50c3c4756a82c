/**
 * The public endpoints (src/api/*, all GET, no authentication): one row each, turned into
 * OpenAPI path items. Query parameters come from the zod schema that validates them.
 */
import type { z } from 'zod';
import {
  activityCalendarQuery,
  activityListQuery,
  itemQuery,
  openDataCatalogQuery,
  openDataQuery,
  planListQuery,
  programmeListQuery,
  resultListQuery,
  vocabularyQuery,
} from '../../../../common/rules/public-query';
import { pathParameters, queryParameters } from './parameters';
import { ok, okJson, responseRef } from './responses';

type Endpoint = {
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** The zod schema that validates the query; none: the endpoint ignores its query. */
  query?: z.ZodType;
  ok: ReturnType<typeof ok>;
};

const endpoints: Endpoint[] = [
  {
    path: '/support-programmes',
    operationId: 'listSupportProgrammes',
    tag: 'Support programmes',
    summary: 'Support programmes (atbalsta programmas)',
    description: 'Published programmes with facet counts per municipality, target group, kind and state.',
    query: programmeListQuery,
    ok: okJson('SupportProgrammeList'),
  },
  {
    path: '/support-programmes/{slugOrDocumentId}',
    operationId: 'getSupportProgramme',
    tag: 'Support programmes',
    summary: 'One support programme',
    query: itemQuery,
    ok: okJson('SupportProgrammeItem'),
  },
  {
    path: '/engagement-activities',
    operationId: 'listEngagementActivities',
    tag: 'Engagement activities',
    summary: 'Engagement activities (sabiedrības iesaistes aktivitātes)',
    description: 'Published events, competitions and info days, with facet counts per municipality and target group.',
    query: activityListQuery,
    ok: okJson('EngagementActivityList'),
  },
  {
    path: '/engagement-activities/calendar.ics',
    operationId: 'engagementActivitiesCalendar',
    tag: 'Engagement activities',
    summary: 'Engagement activities as an iCalendar feed',
    description:
      'The same filters as the list, without pages: every dated activity of the selection (RFC 5545). Texts are ' +
      'escaped, lines folded at 75 octets; event links and UIDs name the portal’s configured public address.',
    query: activityCalendarQuery,
    ok: ok({ 'text/calendar': { schema: { type: 'string' } } }),
  },
  {
    path: '/engagement-activities/{slugOrDocumentId}',
    operationId: 'getEngagementActivity',
    tag: 'Engagement activities',
    summary: 'One engagement activity',
    query: itemQuery,
    ok: okJson('EngagementActivityItem'),
  },
  {
    path: '/municipalities',
    operationId: 'listMunicipalities',
    tag: 'Vocabulary',
    summary: 'Municipalities (pašvaldības), by name',
    query: vocabularyQuery,
    ok: okJson('MunicipalityList'),
  },
  {
    path: '/target-groups',
    operationId: 'listTargetGroups',
    tag: 'Vocabulary',
    summary: 'Target groups (mērķa grupas), by name',
    query: vocabularyQuery,
    ok: okJson('TargetGroupList'),
  },
  {
    path: '/results',
    operationId: 'listResults',
    tag: 'Results',
    summary: 'Results of adopted plans (rezultāti): indicators with their measurements',
    description:
      'Indicators of adopted (and archived) plans with baseline, target and date, the goal they measure, the published measurements and the latest one. Facet counts per municipality and plan.',
    query: resultListQuery,
    ok: okJson('ResultList'),
  },
  {
    path: '/plans',
    operationId: 'listPlans',
    tag: 'Plans',
    summary: 'Adopted plans (pieņemtie rīcības plāni)',
    description:
      'Adopted (and archived) plans as their latest adopted version has them: summary, period, council decision, and the list of versions. Facet counts per municipality.',
    query: planListQuery,
    ok: okJson('PlanList'),
  },
  {
    path: '/plans/{documentId}',
    operationId: 'getPlan',
    tag: 'Plans',
    summary: 'One adopted plan',
    query: itemQuery,
    ok: okJson('PlanItem'),
  },
  {
    path: '/plans/{documentId}/versions/{number}',
    operationId: 'getPlanVersion',
    tag: 'Plans',
    summary: 'One adopted version of a plan, with what changed against the previous one',
    description:
      'The goals with their tasks and the indicators with their targets as the council adopted them; `changes` lists goals, tasks and indicators added, removed or changed since the previous version, and the targets that moved. Never the internal worksheets.',
    query: itemQuery,
    ok: okJson('PlanVersionItem'),
  },
  ...openDataEndpoints(),
  {
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'About the API',
    summary: 'This document',
    ok: ok({
      'application/json': {
        schema: {
          type: 'object',
          properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
          required: ['openapi', 'info', 'paths'],
        },
      },
    }),
  },
];

/** The open data sets (common/open-data.ts): files for the national open-data portal, CC BY 4.0. */
function openDataEndpoints(): Endpoint[] {
  const tag = 'Open data';
  const licence = 'CC BY 4.0 (also in a `Link: <https://creativecommons.org/licenses/by/4.0/>; rel="license"` header).';
  const csv = ok({ 'text/csv': { schema: { type: 'string' } } });
  const json = ok({ 'application/json': { schema: { type: 'object' } } });
  const sets = [
    ['support-programmes', 'SupportProgrammes', 'Every published support programme, one row each'],
    ['results', 'Results', 'Every indicator of the adopted plans, one row each'],
  ] as const;
  return [
    {
      path: '/open-data/catalog.jsonld',
      operationId: 'getOpenDataCatalog',
      tag,
      summary: 'DCAT-AP catalogue of the open data (JSON-LD), for harvesting by data.gov.lv',
      query: openDataCatalogQuery,
      ok: ok({ 'application/ld+json': { schema: { type: 'object' } } }),
    },
    ...sets.flatMap(([file, name, summary]): Endpoint[] => [
      {
        path: `/open-data/${file}.csv`,
        operationId: `openData${name}Csv`,
        tag,
        summary: `${summary} (CSV)`,
        description: `UTF-8 with a byte-order mark, RFC 4180, CRLF; columns as the README lists them. ${licence}`,
        query: openDataQuery,
        ok: csv,
      },
      {
        path: `/open-data/${file}.json`,
        operationId: `openData${name}Json`,
        tag,
        summary: `${summary} (JSON)`,
        description: `\`{ license, licenseUrl, columns, data }\`. ${licence}`,
        query: openDataQuery,
        ok: json,
      },
    ]),
    {
      path: '/open-data/support-programmes.commongrants.json',
      operationId: 'openDataSupportProgrammesCommonGrants',
      tag,
      summary: 'Every published support programme as a CommonGrants list of opportunities',
      description: `CommonGrants.org protocol (OpportunityBase, paginated list; all on one page). ${licence}`,
      query: openDataQuery,
      ok: json,
    },
  ];
}

const operation = ({ operationId, tag, summary, description, query, ok, path }: Endpoint) => {
  const parameters = [...pathParameters(path), ...(query ? queryParameters(query) : [])];
  return {
    operationId,
    tags: [tag],
    summary,
    ...(description && { description }),
    ...(parameters.length > 0 && { parameters }),
    responses: {
      200: ok,
      304: responseRef('NotModified'),
      ...(query && { 400: responseRef('BadRequest') }),
      ...(path.includes('{') && { 404: responseRef('NotFound') }),
      429: responseRef('TooManyRequests'),
    },
  };
};

export const tags = [...new Set(endpoints.map((endpoint) => endpoint.tag))].map((name) => ({ name }));

export const paths = Object.fromEntries(endpoints.map((endpoint) => [endpoint.path, { get: operation(endpoint) }]));
