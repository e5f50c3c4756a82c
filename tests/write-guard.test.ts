/**
 * Every write path is checked below the callers: the Document Service (scripts), the Content
 * Manager's admin HTTP API, and publishing. A broken rule answers 400 ValidationError with the
 * field path, and nothing is written (or a partial update leaves the stored row as it was).
 */
import type { Core } from '@strapi/strapi';
import { adminToken, docs, http, makePlan, rejection, startStrapi, stopStrapi, uid, unique } from './helpers/strapi';
import { cm } from './helpers/requests';

let strapi: Core.Strapi;
let token: string;
beforeAll(async () => {
  strapi = await startStrapi();
  token = await adminToken(strapi);
});
afterAll(stopStrapi);

const count = (name: string, plan: string) =>
  strapi.db.query(uid(name)).count({ where: { plan: { documentId: plan } } });

describe('document service (scripts and every other caller)', () => {
  it('rejects a high risk without measures, naming the fields, and writes nothing', async () => {
    const { plan } = await makePlan(strapi);
    const before = await count('risk', plan);
    const error = await rejection(() =>
      docs(strapi, 'risk').create({
        data: { plan, factor: 'Telpu trūkums', level: 'high', preventiveMeasures: 'Nomāt' },
      }),
    );
    expect(error.name).toBe('ValidationError');
    expect(error.details.errors).toEqual([
      expect.objectContaining({ path: ['reactiveAction'], message: expect.stringMatching(/augsta/) }),
    ]);
    expect(await count('risk', plan)).toBe(before);
  });

  it('judges a partial update on its result and keeps the stored row when it is refused', async () => {
    const { plan } = await makePlan(strapi);
    const risk = await docs(strapi, 'risk').create({ data: { plan, factor: 'Sezonalitāte', level: 'low' } });
    await rejection(() => docs(strapi, 'risk').update({ documentId: risk.documentId, data: { level: 'medium' } }));
    const stored = await docs(strapi, 'risk').findOne({ documentId: risk.documentId });
    expect(stored.level).toBe('low');
    const accepted = await docs(strapi, 'risk').update({
      documentId: risk.documentId,
      data: {
        level: 'medium',
        preventiveMeasures: 'Plānot ārpus sezonas',
        reactiveAction: 'Pārcelt pasākumus; atbild Attīstības nodaļa',
      },
    });
    expect(accepted.level).toBe('medium');
  });

  it('rejects a plan whose period ends before it starts, and leaves no pre-filled rows behind', async () => {
    const { municipality } = await makePlan(strapi);
    const title = unique('Nepareizs plāns');
    const error = await rejection(() =>
      docs(strapi, 'plan').create({ data: { title, periodStartYear: 2027, periodEndYear: 2025, municipality } }),
    );
    expect(error.details.errors[0].path).toEqual(['periodEndYear']);
    expect(await strapi.db.query(uid('plan')).count({ where: { title } })).toBe(0);
    expect(await strapi.db.query(uid('risk')).count({ where: { plan: { title } } })).toBe(0);
  });

  it('requires every worksheet row to belong to a plan', async () => {
    const error = await rejection(() =>
      docs(strapi, 'data-source').create({ data: { dataType: 'Iedzīvotāju aptaujas' } }),
    );
    expect(error.details.errors[0].path).toEqual(['plan']);
  });

  it('keeps links inside the plan: a task cannot belong to another plan’s goal', async () => {
    const first = await makePlan(strapi);
    const second = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan: first.plan, title: 'Vairāk sociālo uzņēmumu' } });
    const error = await rejection(() =>
      docs(strapi, 'task').create({ data: { plan: second.plan, goal: goal.documentId, title: 'Grantu programma' } }),
    );
    expect(error.details.errors[0]).toMatchObject({ path: ['goal'], message: expect.stringMatching(/citam plānam/) });
    expect(await count('task', second.plan)).toBe(0);
  });

  it('keeps the responsible unit inside the plan’s municipality', async () => {
    const first = await makePlan(strapi);
    const second = await makePlan(strapi);
    const error = await rejection(() =>
      docs(strapi, 'monitoring-activity').create({
        data: { plan: first.plan, title: 'Ziņojums domei', responsibleUnit: second.unit },
      }),
    );
    expect(error.details.errors[0].path).toEqual(['responsibleUnit']);
  });

  it('requires a number for a measurement of a quantitative indicator, and accepts one', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Darba vietas' } });
    const indicator = await docs(strapi, 'indicator').create({
      data: { plan, goal: goal.documentId, title: 'Radītās darba vietas', kind: 'quantitative', target: 15 },
    });
    const error = await rejection(() =>
      docs(strapi, 'measurement').create({
        data: { plan, indicator: indicator.documentId, measuredOn: '2025-12-31', qualitativeValue: 'vairākas' },
      }),
    );
    expect(error.details.errors[0].path).toEqual(['value']);
    const ok = await docs(strapi, 'measurement').create({
      data: { plan, indicator: indicator.documentId, measuredOn: '2025-12-31', value: 4 },
    });
    expect(Number(ok.value)).toBe(4);
  });

  it('warns but accepts an activity outside the plan period', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis' } });
    const task = await docs(strapi, 'task').create({ data: { plan, goal: goal.documentId, title: 'Uzdevums' } });
    const warn = jest.spyOn(strapi.log, 'warn');
    const activity = await docs(strapi, 'activity').create({
      data: { plan, task: task.documentId, title: 'Seminārs', startsOn: '2024-11-20', endsOn: '2024-11-20' },
    });
    expect(activity.documentId).toBeDefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/startsOn: Datums ir ārpus plāna perioda/));
    warn.mockRestore();
  });

  it('refuses to publish a support programme whose application window is reversed', async () => {
    const { plan } = await makePlan(strapi);
    const error = await rejection(() =>
      docs(strapi, 'support-programme').create({
        locale: 'lv',
        status: 'published',
        data: { plan, title: 'Grants', kind: 'grant', opensOn: '2026-05-01', closesOn: '2026-04-01' },
      }),
    );
    expect(error.details.errors[0].path).toEqual(['closesOn']);
    expect(await count('support-programme', plan)).toBe(0);
  });

  it('fills a missing slug from the title, transliterating Latvian letters', async () => {
    const { plan } = await makePlan(strapi);
    const programme = await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: { plan, title: 'Sociālā uzņēmuma grantu programma', kind: 'grant' },
    });
    expect(programme.slug).toMatch(/^sociala-uznemuma-grantu-programma/);
  });
});

describe('Content Manager admin API', () => {
  it('answers 400 ValidationError with the field path for a medium risk without measures', async () => {
    const { plan } = await makePlan(strapi);
    const before = await count('risk', plan);
    const res = await http(strapi)
      .post(cm('risk'))
      .set('Authorization', `Bearer ${token}`)
      .send({ plan, factor: 'Normatīvo aktu ierobežojumi', level: 'medium' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([
      ['preventiveMeasures'],
      ['reactiveAction'],
    ]);
    expect(await count('risk', plan)).toBe(before);
  });

  it('answers 400 for a negative amount and for a malformed URL on a support programme', async () => {
    const { plan } = await makePlan(strapi);
    for (const [field, value] of [
      ['amountMax', -100],
      ['websiteUrl', 'www.parauga-novads'],
    ] as const) {
      const res = await http(strapi)
        .post(`${cm('support-programme')}?locale=lv`)
        .set('Authorization', `Bearer ${token}`)
        .send({ plan, title: 'Mentoringa programma', kind: 'mentoring', [field]: value });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(field);
    }
    expect(await count('support-programme', plan)).toBe(0);
  });

  it('accepts a valid row through the same path', async () => {
    const { plan, unit } = await makePlan(strapi);
    const res = await http(strapi)
      .post(cm('data-source'))
      .set('Authorization', `Bearer ${token}`)
      .send({ plan, dataType: 'Sociālā dienesta klientu statistika', sourceUnit: unit, updateFrequency: 'unknown' });
    expect(res.status).toBe(201);
    expect(res.body.data.updateFrequency).toBe('unknown');
  });

  it('refuses to publish through the Content Manager when the stored draft breaks a rule', async () => {
    const { plan } = await makePlan(strapi);
    const created = await http(strapi)
      .post(`${cm('engagement-activity')}?locale=lv`)
      .set('Authorization', `Bearer ${token}`)
      .send({ plan, title: 'Ideju konkurss', registrationUrl: 'https://www.parauga-novads.lv/konkurss' });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    // break the draft underneath the API (as an old row or a direct import could), then try to publish
    await strapi.db
      .query(uid('engagement-activity'))
      .updateMany({ where: { documentId }, data: { registrationUrl: 'nav-saite' } });
    const res = await http(strapi)
      .post(`${cm('engagement-activity')}/${documentId}/actions/publish?locale=lv`)
      .set('Authorization', `Bearer ${token}`)
      .send({});
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['registrationUrl']);
    const published = await strapi.db
      .query(uid('engagement-activity'))
      .count({ where: { documentId, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });
});
