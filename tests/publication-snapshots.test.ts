/**
 * What the public sees is what was approved: a published item keeps the linked content it was published with.
 * Editing any row it links to — its legal basis (#1), its target groups, its municipal unit, its municipality —
 * or any row of the adopted plan leaves every public answer byte-identical (lists, items, the calendar feed,
 * results, plans), also after the read model is rebuilt, until an approver publishes the item again; the review
 * panel says what changed and offers that, to approvers only.
 */
import type { Core } from '@strapi/strapi';
import { staffLogin, startStrapi, stopStrapi, type Staff } from './helpers/strapi';
import { api, get, post, reviewPath, save } from './helpers/requests';
import { publicPlan, type PublicPlan } from './helpers/public-plan';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

let strapi: Core.Strapi;
let fixture: PublicPlan;
let admin: Staff;

beforeAll(async () => {
  strapi = await startStrapi();
  fixture = await publicPlan(strapi);
  admin = await staffLogin(strapi);
});
afterAll(stopStrapi);

/** Every public answer about the fixture, as text. */
async function publicAnswers() {
  const { slug, programmeSlug, event, plan } = fixture;
  const urls = [
    `/support-programmes?municipality=${slug}`,
    `/support-programmes?municipality=${slug}&locale=en`,
    `/support-programmes/${programmeSlug}`,
    `/support-programmes/${programmeSlug}?locale=en`,
    `/engagement-activities?municipality=${slug}`,
    `/engagement-activities/${event}`,
    `/engagement-activities/calendar.ics?municipality=${slug}`,
    `/results?municipality=${slug}`,
    `/plans?municipality=${slug}`,
    `/plans/${plan}`,
    `/plans/${plan}/versions/1`,
  ];
  const answers: Record<string, string> = {};
  for (const url of urls) {
    const res = await api(url);
    expect({ url, status: res.status }).toEqual({ url, status: 200 });
    answers[url] = res.text;
  }
  return answers;
}

/** Every kind of linked row edited through the admin, as its keepers would. */
async function editLinkedRows() {
  const { planner } = fixture;
  const edits = [
    await save(planner, 'policy-document', fixture.legalBasis, {
      title: 'Sociālā uzņēmuma likums (grozīts)',
      url: 'https://evil.example.com/phish',
    }),
    await save(planner, 'municipal-unit', fixture.unit, { name: 'Pārdēvēta nodaļa' }),
    await save(planner, 'indicator', fixture.indicator, { target: 99999 }),
    await save(planner, 'goal', fixture.goal, { title: 'Pavisam cits mērķis' }),
    await save(admin, 'target-group', fixture.group, { name: 'Pārdēvēta grupa', nameEn: 'Renamed group' }),
    await save(admin, 'municipality', fixture.municipality, { name: 'Pārdēvēts novads' }),
  ];
  expect(edits.map((res) => res.status)).toEqual(edits.map(() => 200));
}

describe('linked rows edited after publication', () => {
  let before: Record<string, string>;

  beforeAll(async () => {
    before = await publicAnswers();
    await editLinkedRows();
  });

  it('leave every public answer byte-identical', async () => {
    const programme = JSON.parse(before[`/support-programmes/${fixture.programmeSlug}`]).data;
    expect(programme.legalBasis).toEqual([{ title: 'Sociālā uzņēmuma likums', url: 'https://likumi.lv/ta/id/294536' }]);
    const after = await publicAnswers();
    expect(after).toEqual(before);
    // they were answered anew (each edit emptied the response cache), not kept from before
    const fresh = await api(`/support-programmes/${fixture.programmeSlug}`);
    expect(fresh.text).toBe(before[`/support-programmes/${fixture.programmeSlug}`]);
  });

  it('stay unpublished when the read model is rebuilt from scratch', async () => {
    await getService(strapi, 'read-model').rebuild({ reason: 'test' });
    expect(await publicAnswers()).toEqual(before);
  });

  it('are named in the review panel as linked content changed since publication', async () => {
    const programme = (await get(fixture.approver, reviewPath('support-programme', fixture.programme))).body.data;
    const changed = (programme.linkedChanges as { locale: string; relation: string }[]).map(
      (c) => `${c.locale}:${c.relation}`,
    );
    expect(changed.sort()).toEqual(
      ['en:legalBasis', 'en:municipality', 'en:targetGroups', 'lv:legalBasis', 'lv:municipality', 'lv:targetGroups'].sort(),
    );
    const legal = programme.linkedChanges.find((c: any) => c.locale === 'lv' && c.relation === 'legalBasis');
    expect(legal).toMatchObject({
      published: [{ title: 'Sociālā uzņēmuma likums', url: 'https://likumi.lv/ta/id/294536' }],
      now: [{ title: 'Sociālā uzņēmuma likums (grozīts)', url: 'https://evil.example.com/phish' }],
    });
    const event = (await get(fixture.approver, reviewPath('engagement-activity', fixture.event))).body.data;
    expect(event.linkedChanges.map((c: { relation: string }) => c.relation).sort()).toEqual([
      'municipality',
      'responsibleUnit',
      'targetGroups',
    ]);
  });

  it('reach the public only when an approver publishes the item again', async () => {
    const refused = await post(fixture.planner, reviewPath('support-programme', fixture.programme, 'republish'));
    expect(refused.status).toBe(403);
    expect(await publicAnswers()).toEqual(before);

    const republished = await post(fixture.approver, reviewPath('support-programme', fixture.programme, 'republish'));
    expect(republished.status).toBe(200);
    expect(republished.body.data.linkedChanges).toEqual([]);
    const now = JSON.parse((await api(`/support-programmes/${fixture.programmeSlug}`)).text).data;
    expect(now.legalBasis).toEqual([{ title: 'Sociālā uzņēmuma likums (grozīts)', url: 'https://evil.example.com/phish' }]);
    expect(now.municipality.name).toBe('Pārdēvēts novads');
    expect(now.targetGroups.map((g: { name: string }) => g.name)).toEqual(['Pārdēvēta grupa']);
    const english = JSON.parse((await api(`/support-programmes/${fixture.programmeSlug}?locale=en`)).text).data;
    expect(english.targetGroups.map((g: { name: string }) => g.name)).toEqual(['Renamed group']);

    // the republication is recorded; the other items and the adopted plan still show what was published
    const history = (await get(fixture.approver, reviewPath('support-programme', fixture.programme))).body.data.history;
    expect(history.map((e: { action: string }) => e.action).slice(-1)).toEqual(['publish']);
    const after = await publicAnswers();
    for (const url of [
      `/engagement-activities/${fixture.event}`,
      `/results?municipality=${fixture.slug}`,
      `/plans/${fixture.plan}/versions/1`,
    ])
      expect(after[url]).toBe(before[url]);
  });

  it('refuses to publish again what is not published', async () => {
    const res = await post(admin, reviewPath('support-programme', 'x'.repeat(24), 'republish'));
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['publishedAt']);
  });
});
