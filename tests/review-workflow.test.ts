/**
 * The editorial workflow through the admin HTTP API: submit → approve (four eyes) → publish,
 * changes requested with a comment, edits sending approved content back to draft while the
 * published version stays live, publishing refused on every path for unapproved content, the
 * append-only history, the review queue and the plan's adoption.
 */
import type { Core } from '@strapi/strapi';
import {
  adoptPlan,
  publishedCount,
  docs,
  http,
  makePlan,
  rejection,
  staffLogin,
  startStrapi,
  stopStrapi,
  uid,
  type Staff,
} from './helpers/strapi';
import { cm, as, post, put, reviewPath, save } from './helpers/requests';

let strapi: Core.Strapi;
let editor: Staff;
let approver: Staff;

beforeAll(async () => {
  strapi = await startStrapi();
  editor = await staffLogin(strapi, { firstname: 'Pēteris' });
  approver = await staffLogin(strapi, { firstname: 'Inese' });
});
afterAll(stopStrapi);

async function draftProgramme(staff: Staff, title = 'Mentoringa programma jaunajiem uzņēmējiem') {
  const { plan } = await makePlan(strapi);
  const res = await post(staff, `${cm('support-programme')}?locale=lv`, { plan, title, kind: 'mentoring' });
  expect(res.status).toBe(201);
  return { plan, documentId: res.body.data.documentId as string };
}

describe('review lifecycle of a support programme', () => {
  it('goes draft → submitted → approved → published, with every step in the history', async () => {
    const { documentId } = await draftProgramme(editor);
    expect(
      (await http(strapi).get(reviewPath('support-programme', documentId)).set(as(editor))).body.data.reviewState,
    ).toBe('draft');

    const refused = await post(approver, `${cm('support-programme')}/${documentId}/actions/publish?locale=lv`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/tikai apstiprinātu saturu.*Melnraksts/);
    expect(await publishedCount(strapi, 'support-programme', documentId)).toBe(0);

    expect((await post(editor, reviewPath('support-programme', documentId, 'submit'))).body.data.reviewState).toBe(
      'submitted',
    );

    const ownApproval = await post(editor, reviewPath('support-programme', documentId, 'approve'));
    expect(ownApproval.status).toBe(403);
    expect(ownApproval.body.error.message).toMatch(/Četru acu princips/);

    const approved = await post(approver, reviewPath('support-programme', documentId, 'approve'), { comment: 'Labi' });
    expect(approved.status).toBe(200);
    expect(approved.body.data.reviewState).toBe('approved');

    const published = await post(approver, `${cm('support-programme')}/${documentId}/actions/publish?locale=lv`);
    expect(published.status).toBe(200);
    expect(await publishedCount(strapi, 'support-programme', documentId)).toBe(1);

    const history = (await http(strapi).get(reviewPath('support-programme', documentId)).set(as(editor))).body.data
      .history;
    expect(history.map((e: any) => [e.action, e.fromState, e.toState, e.actorName])).toEqual([
      ['submit', 'draft', 'submitted', 'Pēteris Darbinieks'],
      ['approve', 'submitted', 'approved', 'Inese Darbinieks'],
      ['publish', 'approved', 'approved', 'Inese Darbinieks'],
    ]);
    expect(history[1].comment).toBe('Labi');
    expect(history.every((e: any) => e.at)).toBe(true);
  });

  it('tells the submitter (in the log in development) what became of their item, naming it', async () => {
    const info = jest.spyOn(strapi.log, 'info');
    const mails = () =>
      info.mock.calls.map(([line]) => String(line)).filter((line) => line.startsWith('[se-planning] e-pasts'));
    const title = 'Mentorings sociālajiem uzņēmējiem Kalnciemā';
    const { documentId } = await draftProgramme(editor, title);
    try {
      await post(editor, reviewPath('support-programme', documentId, 'submit'));
      expect(mails()).toEqual([]); // submitting tells nobody yet
      await post(approver, reviewPath('support-programme', documentId, 'request-changes'), {
        comment: ' Pievienojiet kontaktus ',
      });
      await post(editor, reviewPath('support-programme', documentId, 'submit'));
      await post(approver, reviewPath('support-programme', documentId, 'approve'));
      expect(mails()).toEqual([
        `[se-planning] e-pasts ${editor.user.email}: Nepieciešami labojumi: ${title} — ` +
          `Jūsu iesniegtais ieraksts "${title}" ir izskatīts: Nepieciešami labojumi.\n` +
          'Komentārs: Pievienojiet kontaktus\nIzskatīja: Inese Darbinieks',
        `[se-planning] e-pasts ${editor.user.email}: Apstiprināts: ${title} — ` +
          `Jūsu iesniegtais ieraksts "${title}" ir izskatīts: Apstiprināts.\nIzskatīja: Inese Darbinieks`,
      ]);
    } finally {
      info.mockRestore();
    }
  });

  it('sends an item back with a required comment, then takes it again', async () => {
    const { documentId } = await draftProgramme(editor);
    await post(editor, reviewPath('support-programme', documentId, 'submit'));
    const noComment = await post(approver, reviewPath('support-programme', documentId, 'request-changes'), {
      comment: ' ',
    });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.details.errors[0].path).toEqual(['comment']);

    const sentBack = await post(approver, reviewPath('support-programme', documentId, 'request-changes'), {
      comment: 'Precizējiet atbalsta summu',
    });
    expect(sentBack.body.data.reviewState).toBe('changes_requested');
    expect((await post(approver, reviewPath('support-programme', documentId, 'approve'))).status).toBe(400);
    expect((await post(editor, reviewPath('support-programme', documentId, 'submit'))).body.data.reviewState).toBe(
      'submitted',
    );
  });

  it('starts a new draft when approved content is edited; the published version stays live until approved', async () => {
    const { documentId } = await draftProgramme(editor, 'Telpu programma');
    await post(editor, reviewPath('support-programme', documentId, 'submit'));
    await post(approver, reviewPath('support-programme', documentId, 'approve'));
    expect((await post(approver, `${cm('support-programme')}/${documentId}/actions/publish?locale=lv`)).status).toBe(
      200,
    );

    // saving unchanged content (the Content Manager saves before it publishes) keeps the approval
    const same = await save(editor, 'support-programme', documentId, { title: 'Telpu programma' }, 'lv');
    expect(same.status).toBe(200);
    expect(
      (await http(strapi).get(reviewPath('support-programme', documentId)).set(as(editor))).body.data.reviewState,
    ).toBe('approved');

    const edited = await save(editor, 'support-programme', documentId, { title: 'Bezmaksas telpas' }, 'lv');
    expect(edited.status).toBe(200);
    const state = (await http(strapi).get(reviewPath('support-programme', documentId)).set(as(editor))).body.data;
    expect(state.reviewState).toBe('draft');
    expect(state.history.at(-1)).toMatchObject({ action: 'edited', fromState: 'approved', toState: 'draft' });

    const live = await docs(strapi, 'support-programme').findOne({ documentId, locale: 'lv', status: 'published' });
    expect(live.title).toBe('Telpu programma');
    expect((await post(approver, `${cm('support-programme')}/${documentId}/actions/publish?locale=lv`)).status).toBe(
      400,
    );
    expect(
      (await docs(strapi, 'support-programme').findOne({ documentId, locale: 'lv', status: 'published' })).title,
    ).toBe('Telpu programma');
  });

  it('ignores a review state sent with an editor’s save', async () => {
    const { plan } = await makePlan(strapi);
    const res = await post(editor, `${cm('support-programme')}?locale=lv`, {
      plan,
      title: 'Pašapstiprināta programma',
      kind: 'grant',
      reviewState: 'approved',
    });
    expect(res.status).toBe(201);
    const row = await strapi.db
      .query(uid('support-programme'))
      .findOne({ where: { documentId: res.body.data.documentId } });
    expect(row.reviewState).toBe('draft');
  });

  it('relaxes the four-eyes rule only when the setting allows self-approval', async () => {
    const { documentId } = await draftProgramme(editor);
    await post(editor, reviewPath('support-programme', documentId, 'submit'));
    strapi.config.set('plugin::se-planning.allowSelfApproval', true);
    try {
      expect((await post(editor, reviewPath('support-programme', documentId, 'approve'))).status).toBe(200);
    } finally {
      strapi.config.set('plugin::se-planning.allowSelfApproval', false);
    }
  });
});

describe('publishing is refused for unapproved content on every path', () => {
  it('refuses a script publishing a draft, and a create straight to published', async () => {
    const { plan } = await makePlan(strapi);
    const draft = await docs(strapi, 'engagement-activity').create({
      locale: 'lv',
      data: { plan, title: 'Informatīvā diena' },
    });
    const viaPublish = await rejection(() =>
      docs(strapi, 'engagement-activity').publish({ documentId: draft.documentId }),
    );
    expect(viaPublish.details.errors[0].path).toEqual(['reviewState']);
    const viaCreate = await rejection(() =>
      docs(strapi, 'engagement-activity').create({
        locale: 'lv',
        status: 'published',
        data: { plan, title: 'Ideju konkurss' },
      }),
    );
    expect(viaCreate.name).toBe('ValidationError');
    expect(await strapi.db.query(uid('engagement-activity')).count({ where: { plan: { documentId: plan } } })).toBe(1);
  });

  it('refuses publishing a measurement that is not approved', async () => {
    const { plan } = await makePlan(strapi);
    const goal = await docs(strapi, 'goal').create({ data: { plan, title: 'Mērķis' } });
    const indicator = await docs(strapi, 'indicator').create({
      data: { plan, goal: goal.documentId, title: 'Sociālo uzņēmumu skaits', kind: 'quantitative', target: 12 },
    });
    const res = await post(editor, cm('measurement'), {
      plan,
      indicator: indicator.documentId,
      measuredOn: '2026-06-30',
      value: 9,
    });
    expect(res.status).toBe(201);
    const publish = await post(approver, `${cm('measurement')}/${res.body.data.documentId}/actions/publish`);
    expect(publish.status).toBe(400);
  });
});

describe('history, queue and adoption', () => {
  it('keeps the history append-only', async () => {
    const { documentId } = await draftProgramme(editor);
    await post(editor, reviewPath('support-programme', documentId, 'submit'));
    const [event] = await strapi.db.query(uid('review-event')).findMany({ where: { targetDocumentId: documentId } });
    const forged = await rejection(() =>
      docs(strapi, 'review-event').update({ documentId: event.documentId, data: { comment: 'x' } }),
    );
    expect(forged.name).toBe('PolicyError');
    await rejection(() => docs(strapi, 'review-event').delete({ documentId: event.documentId }));
    await rejection(() =>
      docs(strapi, 'review-event').create({
        data: { targetType: 'plan', targetDocumentId: 'x', action: 'approve', at: new Date() },
      }),
    );
    expect(await strapi.db.query(uid('review-event')).count({ where: { targetDocumentId: documentId } })).toBe(1);
  });

  it('lists submitted items in the review queue', async () => {
    const { documentId } = await draftProgramme(editor, 'Gaida apstiprinājumu');
    await post(editor, reviewPath('support-programme', documentId, 'submit'));
    const queue = await http(strapi).get('/se-planning/review/queue').set(as(approver));
    expect(queue.status).toBe(200);
    expect(queue.body.data).toContainEqual(
      expect.objectContaining({
        type: 'support-programme',
        documentId,
        title: 'Gaida apstiprinājumu',
        submittedById: editor.user.id,
      }),
    );
  });

  it('adopts a plan only through the council decision, never by a save', async () => {
    const { plan } = await makePlan(strapi);
    const saved = await put(editor, `${cm('plan')}/${plan}`, { planStatus: 'adopted', councilDecisionNumber: '1/1' });
    expect(saved.status).toBe(400);
    expect(saved.body.error.details.errors[0].path).toEqual(['planStatus']);
    const stored = await docs(strapi, 'plan').findOne({ documentId: plan });
    expect([stored.planStatus, stored.councilDecisionNumber]).toEqual(['drafting', null]);
  });

  it('adopts an approved plan with the council decision’s number and date', async () => {
    const { plan } = await makePlan(strapi);
    const early = await post(approver, `/se-planning/plans/${plan}/adopt`, {
      councilDecisionNumber: '12/5',
      councilDecisionDate: '2024-12-18',
    });
    expect(early.status).toBe(400);
    const missing = await post(approver, `/se-planning/plans/${plan}/adopt`, { councilDecisionDate: '18.12.2024' });
    expect(missing.body.error.details.errors.map((e: any) => e.path[0])).toEqual([
      'councilDecisionNumber',
      'councilDecisionDate',
    ]);

    await post(editor, reviewPath('plan', plan, 'submit'));
    await post(approver, reviewPath('plan', plan, 'approve'));
    const adopted = await post(approver, `/se-planning/plans/${plan}/adopt`, {
      councilDecisionNumber: '12/5',
      councilDecisionDate: '2024-12-18',
    });
    expect(adopted.status).toBe(200);
    const stored = await docs(strapi, 'plan').findOne({ documentId: plan });
    expect(stored).toMatchObject({
      planStatus: 'adopted',
      councilDecisionNumber: '12/5',
      councilDecisionDate: '2024-12-18',
    });
    const history = (await http(strapi).get(reviewPath('plan', plan)).set(as(editor))).body.data.history;
    expect(history.at(-1)).toMatchObject({ action: 'adopt', comment: expect.stringContaining('12/5') });
  });

  it('archives an adopted plan only by the archive command, recorded in the history', async () => {
    const { plan } = await makePlan(strapi);
    const early = await post(approver, `/se-planning/plans/${plan}/archive`);
    expect(early.status).toBe(400);
    expect(early.body.error.details.errors[0].path).toEqual(['planStatus']);
    await adoptPlan(strapi, plan);
    const planner = await staffLogin(strapi, { roles: ['se-planning-editor'] });
    expect((await post(planner, `/se-planning/plans/${plan}/archive`)).status).toBe(403);
    const archived = await post(approver, `/se-planning/plans/${plan}/archive`);
    expect(archived.status).toBe(200);
    expect((await docs(strapi, 'plan').findOne({ documentId: plan })).planStatus).toBe('archived');
    const history = (await http(strapi).get(reviewPath('plan', plan)).set(as(editor))).body.data.history;
    expect(history.at(-1)).toMatchObject({ action: 'archive', actorName: 'Inese Darbinieks' });
    expect((await post(approver, `/se-planning/plans/${plan}/archive`)).status).toBe(400);
  });

  it('answers 404 for an unknown item and for a type that is not reviewed', async () => {
    expect((await post(editor, reviewPath('support-programme', 'nav-tada', 'submit'))).status).toBe(404);
    expect((await post(editor, reviewPath('risk', 'nav-tada', 'submit'))).status).toBe(404);
  });
});
