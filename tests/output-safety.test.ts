/**
 * Text that leaves the system is safe for its format, through the real HTTP API:
 * - URL fields refuse control characters and whitespace (a URL could otherwise start a new line of the
 *   iCalendar feed: `ATTACH:` after a CR LF);
 * - a hostile text taken through the real workflow (planner drafts, another staff member approves and publishes)
 *   cannot start a property line of the feed, and the feed stays valid iCalendar lines;
 * - the feed's absolute links and event ids come from the configured public URL, never from the request's Host
 *   header, and the response cache cannot be poisoned or split by it;
 * - dates that do not exist are refused, naming the parameter or field.
 */
import { request as rawRequest, type IncomingHttpHeaders } from 'http';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import {
  addStaff,
  docs,
  http,
  makePlan,
  publishedCount,
  staffLogin,
  startStrapi,
  stopStrapi,
  uid,
  type Staff,
} from './helpers/strapi';
import { api, cm, errorPaths, post, put, reviewPath, save as saveAs } from './helpers/requests';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
let home: { municipality: string; plan: string; unit: string };
let municipalitySlug: string;
let planner: Staff;
let approver: Staff;

const HOSTILE_URL = 'https://x.lv/a\r\nATTACH:https://evil.example/x.exe';

/** Submitted by the planner, approved by another staff member and published by them, as in the admin. */
async function throughWorkflow(type: string, documentId: string) {
  expect((await post(planner, reviewPath(type, documentId, 'submit'))).status).toBe(200);
  expect((await post(approver, reviewPath(type, documentId, 'approve'))).status).toBe(200);
  expect((await post(approver, `${cm(type)}/${documentId}/actions/publish?locale=lv`)).status).toBe(200);
  expect(await publishedCount(strapi, type, documentId)).toBe(1);
}

/** The feed's physical lines: split on every line break any reader might honour (CR LF, a lone CR or LF). */
const physicalLines = (feed: string) => feed.replace(/\r\n$/, '').split(/\r\n|\r|\n/);

/** Content lines `NAME[;param=…]:value` (RFC 5545 §3.1) or a fold continuation (a space first). */
const CONTENT_LINE =
  /^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"\x00-\x1f\x7f]*"|[^";:,\x00-\x1f\x7f]*)(,("[^"\x00-\x1f\x7f]*"|[^";:,\x00-\x1f\x7f]*))*)*:/;

function expectValidICalendar(feed: string) {
  // CR and LF appear only together, as line ends; no other control character but the folds' spaces
  expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/);
  for (const line of physicalLines(feed)) {
    expect({ line, valid: CONTENT_LINE.test(line) || line.startsWith(' ') }).toEqual({ line, valid: true });
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
}

/** The logical lines of a feed (folds undone). */
const unfolded = (feed: string) => feed.replace(/\r\n /g, '').split('\r\n');

/** A GET whose request target is in absolute form (`GET http://evil.example/api/… HTTP/1.1`), as a proxy sends it. */
async function absoluteFormGet(target: string) {
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise<{ status: number; text: string; headers: IncomingHttpHeaders }>((resolve, reject) => {
      const req = rawRequest({ host: '127.0.0.1', port, path: target, headers: { Host: 'evil.example' } });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      });
      req.on('error', reject);
      req.end();
    });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

beforeAll(async () => {
  strapi = await startStrapi();
  home = await makePlan(strapi);
  municipalitySlug = (await docs(strapi, 'municipality').findOne({ documentId: home.municipality })).slug;
  planner = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Plānotājs' });
  approver = await staffLogin(strapi, { roles: ['se-planning-approver'], firstname: 'Apstiprinātājs' });
  await addStaff(strapi, home.municipality, planner.user.id, approver.user.id);
});
afterAll(stopStrapi);

describe('row 11: URL fields refuse control characters and whitespace', () => {
  it('refuses a registration URL carrying CR LF and a second iCalendar property, naming the field in Latvian', async () => {
    const res = await post(planner, `${cm('engagement-activity')}?locale=lv`, {
      plan: home.plan,
      title: 'Informācijas diena',
      startsAt: '2027-03-10T10:00:00.000Z',
      registrationUrl: HOSTILE_URL,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(errorPaths(res)).toEqual(['registrationUrl']);
    expect(res.body.error.details.errors[0].message).toMatch(/Saitē nedrīkst būt/);
    const stored = await strapi.db
      .query(uid('engagement-activity'))
      .count({ where: { plan: { documentId: home.plan }, title: 'Informācijas diena' } });
    expect(stored).toBe(0);
  });

  it.each([
    ['a lone LF', 'https://x.lv/a\nATTACH:https://evil.example/x'],
    ['a lone CR', 'https://x.lv/a\rATTACH:https://evil.example/x'],
    ['a TAB', 'https://x.lv/\tpieteikties'],
    ['a space inside', 'https://x.lv/pieteikties šeit'],
    ['a C1 control (NEL)', 'https://x.lv/a\u0085b'],
    ['a C0 control (ESC)', 'https://x.lv/a\u001bb'],
    ['a line separator', 'https://x.lv/a\u2028b'],
  ])('refuses %s when an existing activity is edited, keeping the stored URL', async (_what, hostile) => {
    const created = await post(planner, `${cm('engagement-activity')}?locale=lv`, {
      plan: home.plan,
      title: 'Pieteikšanās saite',
      registrationUrl: 'https://www.parauga-novads.lv/pieteikties',
    });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const res = await saveAs(planner, 'engagement-activity', documentId, { registrationUrl: hostile }, 'lv');
    expect(res.status).toBe(400);
    expect(errorPaths(res)).toEqual(['registrationUrl']);
    const row = await strapi.db.query(uid('engagement-activity')).findOne({ where: { documentId } });
    expect(row.registrationUrl).toBe('https://www.parauga-novads.lv/pieteikties');
  });

  it('refuses it in the other URL fields too (support programme website)', async () => {
    const res = await post(planner, `${cm('support-programme')}?locale=lv`, {
      plan: home.plan,
      title: 'Granti',
      kind: 'grant',
      websiteUrl: HOSTILE_URL,
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res)).toEqual(['websiteUrl']);
  });
});

describe('the iCalendar feed carries hostile text safely after the real workflow', () => {
  const hostile = {
    title: 'Diena; ar, komatiem \\ un\r\nATTACH:https://evil.example/title.exe',
    description:
      'Apraksts\r\nATTACH:https://evil.example/x.exe\rATTACH:https://evil.example/cr.exe\n' +
      'END:VCALENDAR\r\nBEGIN:VTODO\u0001\u001b\u0085\u2028X-EVIL:1 ' +
      'garš teksts ar garumzīmēm, kas jāsaloka, jo iCalendar rindā drīkst būt ne vairāk kā 75 okteti',
    place: 'Rīga\rATTACH:https://evil.example/place.exe',
  };
  let documentId: string;
  let feed: string;
  const feedPath = () => `/engagement-activities/calendar.ics?municipality=${municipalitySlug}`;

  beforeAll(async () => {
    const created = await post(planner, `${cm('engagement-activity')}?locale=lv`, {
      plan: home.plan,
      ...hostile,
      startsAt: '2027-03-10T10:00:00.000Z',
      endsAt: '2027-03-10T12:00:00.000Z',
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    await throughWorkflow('engagement-activity', documentId);
    getService(strapi, 'public-cache').clear();
    const res = await api(feedPath());
    expect(res.status).toBe(200);
    feed = res.text;
  });

  it('publishes the event, and no line of the feed starts with ATTACH or any injected property', () => {
    expect(feed).toContain(`UID:${documentId}@`);
    for (const line of physicalLines(feed)) {
      expect(line).not.toMatch(/^(ATTACH|X-EVIL|BEGIN:VTODO)/);
    }
    expect(physicalLines(feed).filter((line) => line.startsWith('END:VCALENDAR'))).toEqual(['END:VCALENDAR']);
    expect(unfolded(feed).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(unfolded(feed).filter((line) => line === 'END:VEVENT')).toHaveLength(1);
  });

  it('is valid iCalendar: every line a property or a fold continuation, at most 75 octets', () => {
    expectValidICalendar(feed);
  });

  it('keeps the texts readable, escaped per RFC 5545', () => {
    const lines = unfolded(feed);
    expect(lines).toContain('SUMMARY:Diena\\; ar\\, komatiem \\\\ un\\nATTACH:https://evil.example/title.exe');
    const description = lines.find((line) => line.startsWith('DESCRIPTION:'));
    expect(description).toMatch(/^DESCRIPTION:Apraksts\\nATTACH:https:\/\/evil\.example\/x\.exe/);
    expect(description).toContain('garš teksts ar garumzīmēm\\, kas jāsaloka');
    expect(lines).toContain('LOCATION:Rīga\\nATTACH:https://evil.example/place.exe');
  });
});

describe('row 12: absolute URLs come from PUBLIC_URL, not from the Host header', () => {
  let documentId: string;
  let slug: string;
  // a municipality of its own: its feed holds no hostile text, so any "evil.example" would come from the request
  let own: { municipality: string; plan: string };
  let ownSlug: string;
  const feedPath = () => `/api/engagement-activities/calendar.ics?municipality=${ownSlug}`;
  const publicUrl = () => strapi.config.get('plugin::se-planning.publicUrl') as string;

  beforeAll(async () => {
    own = await makePlan(strapi);
    ownSlug = (await docs(strapi, 'municipality').findOne({ documentId: own.municipality })).slug;
    await addStaff(strapi, own.municipality, planner.user.id, approver.user.id);
    const created = await post(planner, `${cm('engagement-activity')}?locale=lv`, {
      plan: own.plan,
      title: 'Saites pārbaude',
      startsAt: '2027-04-01T09:00:00.000Z',
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    await throughWorkflow('engagement-activity', documentId);
    slug = (await api(`/engagement-activities/${documentId}`)).body.data.slug;
    expect(slug).toMatch(/^saites-parbaude/);
  });

  it('answers a request with Host: evil.example and the next normal request with the same clean feed', async () => {
    getService(strapi, 'public-cache').clear();
    const poisoned = await http(strapi).get(feedPath()).set('Host', 'evil.example');
    const normal = await http(strapi).get(feedPath());
    expect(poisoned.status).toBe(200);
    expect(normal.status).toBe(200);
    expect(poisoned.text).not.toContain('evil.example');
    expect(normal.text).not.toContain('evil.example');
    expect(normal.text).toBe(poisoned.text);
    expect(normal.headers['x-cache']).toBe('hit'); // one cache entry, not one per Host
    const host = new URL(publicUrl()).hostname;
    expect(unfolded(normal.text)).toContain(`UID:${documentId}@${host}`);
    expect(unfolded(normal.text)).toContain(`URL:${publicUrl()}/api/engagement-activities/${slug}`);
  });

  it('ignores X-Forwarded-Host and an absolute-form request target too, and keeps one cache entry', async () => {
    getService(strapi, 'public-cache').clear();
    const forwarded = await http(strapi)
      .get(feedPath())
      .set('X-Forwarded-Host', 'evil.example')
      .set('X-Forwarded-Proto', 'http');
    expect(forwarded.text).not.toContain('evil.example');
    const size = getService(strapi, 'public-cache').size();
    const absolute = await absoluteFormGet(`http://evil.example${feedPath()}`);
    expect(absolute.status).toBe(200);
    expect(absolute.text).not.toContain('evil.example');
    expect(absolute.headers['x-cache']).toBe('hit');
    expect(absolute.text).toBe(forwarded.text);
    expect(getService(strapi, 'public-cache').size()).toBe(size);
  });

  it('builds links and event ids from the configured public URL', async () => {
    const configured = publicUrl();
    strapi.config.set('plugin::se-planning.publicUrl', 'https://portals.parauga-novads.lv/su');
    try {
      getService(strapi, 'public-cache').clear();
      const lines = unfolded((await api(feedPath().replace(/^\/api/, ''))).text);
      expect(lines).toContain(`UID:${documentId}@portals.parauga-novads.lv`);
      expect(lines).toContain(`URL:https://portals.parauga-novads.lv/su/api/engagement-activities/${slug}`);
    } finally {
      strapi.config.set('plugin::se-planning.publicUrl', configured);
      getService(strapi, 'public-cache').clear();
    }
  });
});

describe('row 13: dates that do not exist are refused', () => {
  it.each([
    ['from', '2027-02-30'],
    ['from', '2027-13-01'],
    ['from', '2026-02-29'],
    ['to', '2027-02-30'],
    ['to', '2027-04-31'],
    ['to', '2027-00-10'],
  ])('refuses %s=%s on the list and the calendar with a 400 naming it', async (name, value) => {
    for (const path of ['/engagement-activities', '/engagement-activities/calendar.ics']) {
      const res = await api(`${path}?${name}=${value}`);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(errorPaths(res)).toEqual([name]);
      expect(res.body.error.details.errors[0].message).toMatch(/Nederīgs datums/);
    }
  });

  it('accepts a leap day that exists', async () => {
    expect((await api('/engagement-activities?from=2028-02-29&to=2028-02-29')).status).toBe(200);
    expect((await api('/engagement-activities/calendar.ics?from=2028-02-29')).status).toBe(200);
  });

  const impossibleDays = [
    ['support-programme', 'opensOn', '2027-02-30', { title: 'Datumu programma', kind: 'grant' }],
    ['support-programme', 'closesOn', '2026-02-29', { title: 'Datumu programma', kind: 'grant' }],
    ['monitoring-activity', 'deadline', '2027-13-01', { title: 'Uzraudzība' }],
    ['engagement-activity', 'startsAt', '2027-02-30T10:00:00.000Z', { title: 'Datumu aktivitāte' }],
  ] as const;
  const save = (type: string, field: string, value: string, data: object) =>
    post(planner, `${cm(type)}?locale=lv`, { plan: home.plan, ...data, [field]: value });
  const rowsOfPlan = (type: string) => strapi.db.query(uid(type)).count({ where: { plan: { documentId: home.plan } } });

  // Strapi's date parsing refuses these (it does not roll them into the next month): this holds it to that.
  it.each(impossibleDays)(
    'refuses a %s saved with %s=%s in the Content Manager with a 400, storing nothing',
    async (type, field, value, data) => {
      const before = await rowsOfPlan(type);
      const res = await save(type, field, value, data);
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(await rowsOfPlan(type)).toBe(before);
    },
  );

  // Strapi's own refusal says "Invalid date" without naming the field: the write guard checks the input first.
  it.each(impossibleDays)('names the field of a %s saved with %s=%s', async (type, field, value, data) => {
    const res = await save(type, field, value, data);
    expect(res.status).toBe(400);
    expect(errorPaths(res)).toEqual([field]);
  });

  it('accepts 2028-02-29 in the Content Manager', async () => {
    const res = await save('support-programme', 'opensOn', '2028-02-29', {
      title: 'Garā gada programma',
      kind: 'grant',
    });
    expect(res.status).toBe(201);
    const row = await strapi.db
      .query(uid('support-programme'))
      .findOne({ where: { documentId: res.body.data.documentId } });
    expect(row.opensOn).toBe('2028-02-29');
  });
});
