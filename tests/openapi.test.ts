/**
 * The OpenAPI 3.1 document of the public API (GET /api/openapi.json) against the running app:
 * it documents exactly the public routes, each query parameter exactly as its zod schema accepts
 * it, and real answers (lists, items, errors) validate against the documented schemas with Ajv.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Core } from '@strapi/strapi';
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
} from '../src/plugins/se-planning/common/rules/public-query';
import { docs, http, staffLogin, startStrapi, stopStrapi } from './helpers/strapi';
import { publicPlan } from './helpers/public-plan';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

/** The zod schema that validates each documented path's query (null: the path takes no parameters). */
const QUERY_SCHEMAS: Record<string, z.ZodObject | null> = {
  '/support-programmes': programmeListQuery,
  '/support-programmes/{slugOrDocumentId}': itemQuery,
  '/engagement-activities': activityListQuery,
  '/engagement-activities/calendar.ics': activityCalendarQuery,
  '/engagement-activities/{slugOrDocumentId}': itemQuery,
  '/municipalities': vocabularyQuery,
  '/target-groups': vocabularyQuery,
  '/results': resultListQuery,
  '/plans': planListQuery,
  '/plans/{documentId}': itemQuery,
  '/plans/{documentId}/versions/{number}': itemQuery,
  '/open-data/catalog.jsonld': openDataCatalogQuery,
  '/open-data/support-programmes.csv': openDataQuery,
  '/open-data/support-programmes.json': openDataQuery,
  '/open-data/support-programmes.commongrants.json': openDataQuery,
  '/open-data/results.csv': openDataQuery,
  '/open-data/results.json': openDataQuery,
  '/openapi.json': null,
};

/** The enums a client sees, from the vocabulary itself (not from the generated document). */

type Parameter = {
  name: string;
  in: string;
  required: boolean;
  schema: Record<string, any>;
  style?: string;
  explode?: boolean;
};
type Operation = { parameters?: Parameter[]; responses: Record<string, { $ref?: string }> };
type Document = {
  openapi: string;
  info: { title: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object>; responses: Record<string, any> };
};

let strapi: Core.Strapi;
let doc: Document;
let ajv: Ajv2020;
const DOC_ID = 'https://se-planning.test/openapi.json';

const get = (url: string) => http(strapi).get(`/api${url}`);
const pointer = (...segments: string[]) =>
  segments.map((s) => '/' + encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('');
const validator = (jsonPointer: string) => ajv.getSchema(`${DOC_ID}#${jsonPointer}`) as ValidateFunction;
const queryParameters = (path: string) => (doc.paths[path].get.parameters ?? []).filter((p) => p.in === 'query');

/** The documented JSON body schema of a path's answer with that status (following components.responses). */
function bodyValidator(path: string, status: number) {
  const response = doc.paths[path].get.responses[status];
  expect(response).toBeDefined();
  const at = response.$ref
    ? pointer(...response.$ref.slice(2).split('/'))
    : pointer('paths', path, 'get', 'responses', String(status));
  return validator(`${at}${pointer('content', 'application/json', 'schema')}`);
}

/** Calls the API and checks the status and that the body is what the document says for it. */
async function expectDocumented(path: string, url: string, status = 200) {
  const res = await get(url);
  expect({ url, status: res.status }).toEqual({ url, status });
  const validate = bodyValidator(path, status);
  expect(validate(res.body) ? [] : validate.errors).toEqual([]);
  return res.body;
}

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  doc = (await get('/openapi.json')).body;
  ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // the document's own keywords around its schemas, so Ajv resolves `#/components/...` inside it
  ajv.addVocabulary(Object.keys(doc));
  ajv.addSchema({ ...doc, $id: DOC_ID });
});
afterAll(stopStrapi);

describe('the document', () => {
  it('is served as OpenAPI 3.1 with an English and Latvian description and the relative /api server', async () => {
    const res = await get('/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info.description).toMatch(/read-only/);
    expect(res.body.info.description).toMatch(/tikai lasāma/);
    expect(res.body.servers).toEqual([expect.objectContaining({ url: '/api' })]);
    await expectDocumented('/openapi.json', '/openapi.json');
  });

  it('has schemas that all compile with Ajv (JSON Schema 2020-12)', () => {
    const pointers: string[] = Object.keys(doc.components.schemas).map((name) =>
      pointer('components', 'schemas', name),
    );
    const collect = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'schema') pointers.push(at + pointer(key));
        else collect(value, at + pointer(key));
      }
    };
    collect(doc.paths, pointer('paths'));
    collect(doc.components.responses, pointer('components', 'responses'));
    for (const at of pointers) expect({ at, compiled: typeof validator(at) }).toEqual({ at, compiled: 'function' });
    expect(pointers.length).toBeGreaterThan(60);
  });

  it('documents 400, 404 and 429 (with Retry-After) where they can happen', () => {
    expect(doc.components.responses.TooManyRequests.headers['Retry-After'].schema.type).toBe('integer');
    for (const [path, { get: operation }] of Object.entries(doc.paths)) {
      const statuses = Object.keys(operation.responses).sort();
      const expected = ['200', '304', '429'];
      if (QUERY_SCHEMAS[path]) expected.push('400');
      if (path.includes('{')) expected.push('404');
      expect({ path, statuses }).toEqual({ path, statuses: expected.sort() });
    }
  });
});

describe('the documented paths', () => {
  /** The routes of src/api/* as the app registered them on the content API router. */
  const appRoutes = () =>
    Object.values(strapi.apis).flatMap((api: any) =>
      Object.values(api.routes as Record<string, { routes: any[] }>).flatMap((router) => router.routes),
    );

  it('are exactly the public GET routes of src/api (an undocumented new route fails here)', () => {
    const routes = appRoutes();
    for (const route of routes) {
      expect({ path: route.path, method: route.method, auth: route.config?.auth }).toEqual({
        path: route.path,
        method: 'GET',
        auth: false,
      });
    }
    const registered = new Set(
      strapi.server
        .api('content-api')
        .listRoutes()
        .filter((layer: any) => layer.methods.includes('GET'))
        .map((layer: any) => layer.path),
    );
    const routedPaths = routes.map((route) => route.path.replace(/:(\w+)/g, '{$1}'));
    for (const route of routes) expect(registered).toContain(`/api${route.path}`);
    expect(Object.keys(doc.paths).sort()).toEqual(routedPaths.sort());
    for (const path of Object.values(doc.paths)) expect(Object.keys(path)).toEqual(['get']);
  });
});

describe('the query parameters', () => {
  it('have a zod schema named for every documented path', () => {
    expect(Object.keys(QUERY_SCHEMAS).sort()).toEqual(Object.keys(doc.paths).sort());
  });

  it.each(Object.keys(QUERY_SCHEMAS))('of %s are the keys of its zod schema, with its defaults', (path) => {
    const schema = QUERY_SCHEMAS[path];
    const documented = queryParameters(path);
    expect(documented.map((p) => p.name).sort()).toEqual(Object.keys(schema?.shape ?? {}).sort());
    if (!schema) return;
    const defaults = schema.parse({}) as Record<string, unknown>;
    for (const { name, schema: parameter, required } of documented) {
      expect({ name, default: parameter.default, required }).toEqual({
        name,
        default: defaults[name],
        required: false,
      });
    }
  });

  it.each(Object.keys(QUERY_SCHEMAS).filter((path) => QUERY_SCHEMAS[path]))(
    'of %s: enums and repeatable lists behave as the zod schema does',
    (path) => {
      const schema = QUERY_SCHEMAS[path]!;
      const accepts = (name: string, value: unknown) => schema.safeParse({ [name]: value }).success;
      for (const { name, schema: parameter, style, explode } of queryParameters(path)) {
        const values: string[] | undefined = parameter.enum ?? parameter.items?.enum;
        for (const value of values ?? [])
          expect({ name, value, ok: accepts(name, value) }).toEqual({ name, value, ok: true });
        if (values) expect(accepts(name, 'not-a-value')).toBe(false);
        if (parameter.type === 'array') {
          expect({ name, style, explode }).toEqual({ name, style: 'form', explode: true });
          const sample = parameter.items.enum?.slice(0, 2) ?? ['parauga-novads', 'kaiminu-novads'];
          if (name === 'plan') sample.splice(0, 2, 'a'.repeat(24), 'b'.repeat(24));
          expect({ name, one: accepts(name, sample[0]), many: accepts(name, sample) }).toEqual({
            name,
            one: true,
            many: true,
          });
        }
      }
    },
  );

  it.each(Object.keys(QUERY_SCHEMAS).filter((path) => QUERY_SCHEMAS[path]))(
    'of %s: the real endpoint answers every documented enum value, and refuses any other',
    async (path) => {
      // an item route is asked for an item that does not exist: 404 once its parameters are valid
      const url = path
        .replace('{slugOrDocumentId}', 'nav-tada')
        .replace('{documentId}', 'x'.repeat(24))
        .replace('{number}', '1');
      const found = url === path ? 200 : 404;
      for (const { name, schema: parameter } of queryParameters(path)) {
        const values: string[] = parameter.enum ?? parameter.items?.enum ?? [];
        for (const value of values) {
          const res = await get(`${url}?${name}=${encodeURIComponent(value)}`);
          expect({ name, value, status: res.status }).toEqual({ name, value, status: found });
        }
        if (values.length === 0) continue;
        const refused = await get(`${url}?${name}=not-a-value`);
        expect({ name, status: refused.status }).toEqual({ name, status: 400 });
        expect(refused.body.error.details.errors[0].path).toEqual([name]);
      }
    },
  );

  it('name an enum with its Latvian labels', () => {
    const kind = queryParameters('/support-programmes').find((p) => p.name === 'kind') as unknown as {
      description: string;
    };
    expect(kind.description).toContain('`grant` (Grants / Grant)');
    expect(kind.description).toContain('Sociāli atbildīgs iepirkums');
  });
});

describe('real answers validate against the documented schemas', () => {
  const lists: [path: string, query: string][] = [
    ['/support-programmes', ''],
    ['/support-programmes', '?locale=en'],
    ['/support-programmes', '?pageSize=1&page=2'],
    ['/support-programmes', '?kind=grant&kind=training&state=open&state=ongoing'],
    ['/support-programmes', '?municipality=parauga-novads&targetGroup=seniori&locale=en'],
    ['/support-programmes', '?q=sociala&sort=amountMax:desc&amountMin=100'],
    ['/engagement-activities', ''],
    ['/engagement-activities', '?locale=en&sort=title:asc'],
    ['/engagement-activities', '?pageSize=1&page=2'],
    ['/engagement-activities', '?municipality=parauga-novads&from=2020-01-01&to=2035-12-31'],
    ['/municipalities', ''],
    ['/municipalities', '?locale=en&pageSize=1&page=2'],
    ['/target-groups', ''],
    ['/target-groups', '?locale=en&pageSize=1&page=2'],
    ['/results', ''],
    ['/results', '?locale=en&pageSize=1&page=2'],
    ['/results', '?municipality=parauga-novads'],
    ['/plans', '?locale=en'],
    ['/plans', '?municipality=parauga-novads&pageSize=1'],
  ];

  it.each(lists)('%s%s', async (path, query) => {
    const body = await expectDocumented(path, path + query);
    if (query === '') expect(body.data.length).toBeGreaterThan(1);
    if (query.includes('page=2')) expect(body.meta.pagination).toMatchObject({ page: 2, pageSize: 1 });
    if (query.includes('page=2')) expect(body.data).toHaveLength(1);
  });

  it.each(['/support-programmes', '/engagement-activities'])(
    'every item of %s, by slug and by documentId, in both languages',
    async (list) => {
      const path = `${list}/{slugOrDocumentId}`;
      const { data } = await expectDocumented(list, `${list}?pageSize=100`);
      for (const { slug, documentId } of data) {
        const bySlug = await expectDocumented(path, `${list}/${slug}`);
        const byId = await expectDocumented(path, `${list}/${documentId}?locale=en`);
        expect(byId.data.documentId).toBe(bySlug.data.documentId);
      }
    },
  );

  it.each(Object.keys(QUERY_SCHEMAS).filter((path) => QUERY_SCHEMAS[path] && !path.includes('{')))(
    '400 of %s for an unknown parameter and for pageSize=10000',
    async (path) => {
      const unknown = await expectDocumented(path, `${path}?colour=red`, 400);
      expect(unknown.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['colour']);
      if (queryParameters(path).some((p) => p.name === 'pageSize')) {
        const huge = await expectDocumented(path, `${path}?pageSize=10000`, 400);
        expect(huge.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['pageSize']);
      }
    },
  );

  it('every adopted plan and each of its versions, the changes of a second version included', async () => {
    // a plan of its own adopted twice, so a version with changes is among them
    const { plan, goal } = await publicPlan(strapi);
    const review = getService(strapi, 'review');
    const [submitter, approver] = [(await staffLogin(strapi)).user, (await staffLogin(strapi)).user];
    await review.amend(plan, 'Precizēts mērķis', approver as never);
    await docs(strapi, 'goal').update({ documentId: goal, data: { title: 'Precizēts mērķis' } });
    await review.transition('plan', plan, 'submit', submitter as never);
    await review.transition('plan', plan, 'approve', approver as never);
    await review.adopt(plan, { number: '2/9', date: '2026-10-29' }, approver as never);

    const { data } = await expectDocumented('/plans', '/plans?pageSize=100');
    expect(data.map((p: { documentId: string }) => p.documentId)).toContain(plan);
    let changes = 0;
    for (const { documentId, versions } of data) {
      await expectDocumented('/plans/{documentId}', `/plans/${documentId}?locale=en`);
      for (const { number } of versions) {
        const version = await expectDocumented('/plans/{documentId}/versions/{number}', `/plans/${documentId}/versions/${number}`);
        if (version.data.changes) changes += 1;
      }
    }
    expect(changes).toBeGreaterThan(0);
    await expectDocumented('/plans/{documentId}', `/plans/${'x'.repeat(24)}`, 404);
    await expectDocumented('/plans/{documentId}/versions/{number}', `/plans/${plan}/versions/0`, 400);
  });

  it.each(['/support-programmes', '/engagement-activities'])('400 and 404 of %s/{slugOrDocumentId}', async (list) => {
    const path = `${list}/{slugOrDocumentId}`;
    await expectDocumented(path, `${list}/nav-tada?locale=ru`, 400);
    await expectDocumented(path, `${list}/nav-tada`, 404);
  });

  it('the calendar as text/calendar', async () => {
    const res = await get('/engagement-activities/calendar.ics?locale=en&municipality=parauga-novads');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(doc.paths['/engagement-activities/calendar.ics'].get.responses[200]).toHaveProperty([
      'content',
      'text/calendar',
    ]);
    expect(res.text).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('the validation bites', () => {
  it('refuses a leaked field, a missing field, an unknown key and a wrong envelope', async () => {
    const list = (await get('/support-programmes')).body;
    const validate = bodyValidator('/support-programmes', 200);
    const variant = (change: (programme: any) => void) => {
      const copy = structuredClone(list);
      change(copy.data[0]);
      return validate(copy) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.keyword}`);
    };
    expect(variant(() => {})).toEqual([]);
    expect(variant((p) => (p.reviewState = 'approved'))).toContain('/data/0 additionalProperties');
    expect(variant((p) => (p.municipality.id = 7))).toContain('/data/0/municipality additionalProperties');
    expect(variant((p) => delete p.slug)).toContain('/data/0 required');
    expect(variant((p) => (p.kind.key = 'lottery'))).toContain('/data/0/kind/key enum');
    expect(variant((p) => (p.closesOn = '31.12.2026'))).toContain('/data/0/closesOn format');
    expect(validate((await get('/support-programmes/nav-tada')).body)).toBe(false);
    expect(bodyValidator('/support-programmes', 400)(list)).toBe(false);
  });
});
