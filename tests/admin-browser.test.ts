/**
 * As a new user would: the built admin, in a real browser (Debian chromium via playwright-core),
 * logged in with the demo staff login, shows the plugin's menu link and plans page in Latvian and
 * the demo plan's worksheets in the Content Manager; and when a request fails, says so where its
 * answer would have been (with the server's message and a retry) instead of showing nothing. Beside a published
 * programme whose legal basis changed since publication, the review panel says what changed; an approver publishes
 * it again from there (the public then gets the new linked content), a planner cannot. A plan's panel lists its
 * adopted versions.
 * Needs `npm run build` (.ci/run does it) and `apt-get install -y chromium`.
 */
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { eventually, launchBrowser, logIn as logInAt, startDemoAdmin } from './helpers/browser';
import { fieldLabels } from '../src/plugins/se-planning/common/field-labels';
import { programmeKinds } from '../src/plugins/se-planning/common/vocabulary';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { publicPlan, type PublicPlan } from './helpers/public-plan';
import { api } from './helpers/requests';
import { addStaff, docs, makePlan, stopStrapi } from './helpers/strapi';

const ROOT = path.resolve(__dirname, '..');

let strapi: Core.Strapi;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  ({ strapi, base } = await startDemoAdmin());
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

const logIn = (target: Page, email: string) => logInAt(target, base, email);

/** A fresh browser session for one demo staff member; `prepare` can route its requests before it logs in. */
async function sessionOf(email: string, prepare?: (context: BrowserContext) => Promise<unknown>) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await prepare?.(context);
  const staffPage = await context.newPage();
  await logIn(staffPage, email);
  return staffPage;
}

/**
 * A logged-in page per demo staff member, kept for the tests that need no fresh session of their own: Strapi allows
 * an email five logins in five minutes (admin rate limit), and this file logs the demo staff in more often than that.
 * Closed with the browser.
 */
const kept = new Map<string, Promise<Page>>();
const keptSessionOf = (email: string) => {
  if (!kept.has(email)) kept.set(email, sessionOf(email));
  return kept.get(email)!;
};

/** Answers a request as the server does when it fails: Strapi's error shape. */
const failWith = (status: number, name: string, message: string) => (route: Route) =>
  route.fulfill({
    status,
    contentType: 'application/json',
    body: JSON.stringify({ data: null, error: { status, name, message, details: {} } }),
  });

const shot = (target: Page, name: string) => target.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', name), fullPage: true });
/** The review panel alone (the Content Manager scrolls inside the page, so a page shot cuts it off). */
const panelShot = async (target: Page, name: string) => {
  const size = target.viewportSize();
  await target.setViewportSize({ width: 1400, height: 2400 });
  await target.getByTestId('review-panel').screenshot({ path: path.join(ROOT, 'tests', 'artifacts', name) });
  if (size) await target.setViewportSize(size);
};

describe('the admin with the demo data', () => {
  it('logs in with the demo staff login and shows the plugin menu link in Latvian', async () => {
    await logIn(page, 'admin@parauga-novads.lv');
  });

  it('lists the demo plans with each worksheet’s row count', async () => {
    await page.getByRole('link', { name: 'Sociālās uzņēmējdarbības plāns' }).click();
    await page.getByRole('heading', { name: 'Rīcības plāni', level: 1 }).waitFor({ timeout: 30_000 });
    const card = page.locator('[data-testid^="plan-"]').filter({ hasText: 'Parauga novads' });
    await card.waitFor();
    expect(await card.getByTestId('count-risk').innerText()).toBe('6');
    expect(await card.getByTestId('count-monitoring-activity').innerText()).toBe('6');
    expect(Number(await card.getByTestId('count-goal').innerText())).toBeGreaterThan(0);
    await expect(card.getByText('#10 Ieviešanas risku identifikācija un prevencija').count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'admin-plans.png'), fullPage: true });
  });

  it('shows the SMART check of every goal of the plan, with the gaps to close', async () => {
    const card = page.locator('[data-testid^="plan-"]').filter({ hasText: 'Parauga novads' });
    await card.getByTestId('checks-link').click();
    await page.getByRole('heading', { name: 'Mērķu SMART pārbaude (#6)' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid^="smart-"]').count()).toBe(3);
    const firstGoal = page.locator('[data-testid^="smart-"]').first();
    for (const criterion of ['Skaidrs', 'Izmērāms', 'Sasniedzams', 'Atbilstošs', 'Laikā ierobežots']) {
      await firstGoal.getByText(criterion, { exact: true }).waitFor();
    }
    await expect(page.getByTestId('gaps').innerText()).resolves.toContain('Atjaunināšanas biežums nav zināms');
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'admin-checks.png'), fullPage: true });
    await page.getByRole('link', { name: '← Visi plāni' }).click();
    await page.getByRole('heading', { name: 'Rīcības plāni', level: 1 }).waitFor();
  });

  it('opens the plan’s risks in the Content Manager from the count', async () => {
    const card = page.locator('[data-testid^="plan-"]').filter({ hasText: 'Parauga novads' });
    await card.getByTestId('count-risk').click();
    await page.getByRole('heading', { name: 'Riski (#10)' }).waitFor({ timeout: 30_000 });
    await page.getByText('Finansējuma trūkums vai nestabilitāte').first().waitFor();
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'admin-risks.png'), fullPage: true });
  });

  it('edits a risk with Latvian field labels and the worksheet’s Latvian risk levels', async () => {
    await page.getByText('Finansējuma trūkums vai nestabilitāte').first().click();
    await page.getByText('Risku faktors').first().waitFor({ timeout: 30_000 });
    const level = page.getByRole('combobox', { name: 'Riska līmenis' });
    await expect(level.innerText()).resolves.toContain('vidējs');
    await level.click();
    await page.getByRole('option', { name: 'augsts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'admin-risk-edit.png'), fullPage: true });
  });

  it('shows a fixed-list field whose list it does not know as an error in the field, never another list', async () => {
    // The schema the Content Manager gets names a list that does not exist (a misspelt or removed one).
    let rewritten = 0;
    const staff = await sessionOf('admin@parauga-novads.lv', (context) =>
      context.route('**/content-manager/init', async (route) => {
        const response = await route.fetch();
        const body = await response.json();
        for (const type of body.data.contentTypes) {
          if (type.uid === 'plugin::se-planning.risk') {
            type.attributes.level.options = { vocabulary: 'riskLevel' };
            rewritten += 1;
          }
        }
        await route.fulfill({ response, json: body });
      }),
    );
    const logged: string[] = [];
    staff.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    const risk = await docs(strapi, 'risk').findFirst({ locale: 'lv', status: 'draft' });
    await staff.goto(
      `${base}/admin/content-manager/collection-types/plugin::se-planning.risk/${risk.documentId}?plugins[i18n][locale]=lv`,
    );
    const levelLabel = fieldLabels.risk.level.lv;
    await staff.getByText(fieldLabels.risk.factor.lv).first().waitFor({ timeout: 30_000 });
    expect(rewritten).toBeGreaterThan(0);
    await staff.getByText('Nezināms fiksētais saraksts laukam “level” ("riskLevel")').waitFor();
    await expect(staff.getByText(levelLabel, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(staff.getByRole('combobox', { name: levelLabel }).count()).resolves.toBe(0);
    await expect(staff.getByText('vidējs').count()).resolves.toBe(0);
    expect(logged.join('\n')).toContain('unknown fixed list for field level: "riskLevel"');
    await shot(staff, 'admin-choice-unknown-list.png');
    await staff.context().close();
  });
});

describe('the review workflow with the demo accounts', () => {
  let programme: { documentId: string; title: string; kind: keyof typeof programmeKinds };
  const editUrl = () =>
    `${base}/admin/content-manager/collection-types/plugin::se-planning.support-programme/${programme.documentId}?plugins[i18n][locale]=lv`;

  beforeAll(async () => {
    const drafts = await docs(strapi, 'support-programme').findMany({
      locale: 'lv',
      status: 'draft',
      filters: { plan: { municipality: { slug: 'parauga-novads' } } },
    });
    const published = await docs(strapi, 'support-programme').findMany({ locale: 'lv', status: 'published' });
    programme = drafts.find((d: { documentId: string }) => !published.some((p: any) => p.documentId === d.documentId));
    expect(programme).toBeTruthy();
  });

  it('shows why the review panel could not load, with a retry that loads it', async () => {
    const planner = await sessionOf('planotajs@parauga-novads.lv');
    const reviewUrl = `**/se-planning/review/support-programme/${programme.documentId}`;
    await planner.route(reviewUrl, failWith(500, 'InternalServerError', 'Internal Server Error'));
    await planner.goto(editUrl());
    const panel = planner.getByTestId('review-panel');
    await panel.waitFor({ timeout: 30_000 });
    // (the loader is an alert too: wait for the error, not whichever alert shows first)
    const alert = panel.getByRole('alert').filter({ hasText: 'Izskatīšanas statusu neizdevās ielādēt.' });
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.innerText()).resolves.toContain('Izskatīšanas statusu neizdevās ielādēt.');
    await expect(alert.innerText()).resolves.toContain('Servera atbilde (500): Internal Server Error');
    await expect(panel.getByTestId('review-state').count()).resolves.toBe(0);
    // The programme's own fixed list (support types), not the risk levels, in the field beside it.
    const kind = planner.getByRole('combobox', { name: fieldLabels['support-programme'].kind.lv });
    await expect(kind.innerText()).resolves.toContain(programmeKinds[programme.kind].lv);
    await shot(planner, 'admin-review-panel-error.png');

    await planner.unroute(reviewUrl);
    await panel.getByRole('button', { name: 'Mēģināt vēlreiz' }).click();
    await panel
      .getByTestId('review-state')
      .filter({ hasText: /melnraksts/i })
      .waitFor({ timeout: 15_000 });
    await expect(panel.getByRole('alert').count()).resolves.toBe(0);
    await planner.context().close();
  });

  it('lets the Parauga planner submit a draft programme from the panel beside it; a stale tab shows the server’s refusal', async () => {
    const planner = await sessionOf('planotajs@parauga-novads.lv');
    const stale = await planner.context().newPage();
    await stale.goto(editUrl());
    const stalePanel = stale.getByTestId('review-panel');
    await stalePanel
      .getByTestId('review-state')
      .filter({ hasText: /melnraksts/i })
      .waitFor({ timeout: 30_000 });

    await planner.goto(editUrl());
    const panel = planner.getByTestId('review-panel');
    await panel.waitFor({ timeout: 30_000 });
    await expect(panel.getByTestId('review-state').innerText()).resolves.toMatch(/melnraksts/i);
    await expect(panel.getByRole('button', { name: 'Apstiprināt' }).count()).resolves.toBe(0);
    await panel.getByRole('button', { name: 'Iesniegt izskatīšanai' }).click();
    await panel
      .getByTestId('review-state')
      .filter({ hasText: /iesniegts izskatīšanai/i })
      .waitFor({ timeout: 15_000 });

    // The other tab still offers "submit"; the server refuses, and the panel says what the server said.
    const [refusal] = await Promise.all([
      stale.waitForResponse((response) => response.url().endsWith('/submit')),
      stalePanel.getByRole('button', { name: 'Iesniegt izskatīšanai' }).click(),
    ]);
    expect(refusal.status()).toBe(400);
    const { error } = await refusal.json();
    expect(error.message).toMatch(/\S/);
    const shown = stalePanel.getByTestId('review-action-error');
    await shown.waitFor({ timeout: 15_000 });
    await expect(shown.innerText()).resolves.toContain(`Servera atbilde (400): ${error.message}`);
    // …and shows the state as it is now.
    await stalePanel
      .getByTestId('review-state')
      .filter({ hasText: /iesniegts izskatīšanai/i })
      .waitFor({ timeout: 15_000 });
    await shot(stale, 'admin-review-refused.png');
    await planner.context().close();
  });

  it('shows the queue’s error instead of "nothing waits", and the waiting item once it loads', async () => {
    const approver = await sessionOf('apstiprinatajs@parauga-novads.lv');
    const queueUrl = '**/se-planning/review/queue';
    await approver.route(queueUrl, failWith(500, 'InternalServerError', 'Internal Server Error'));
    await approver.goto(`${base}/admin/plugins/se-planning/review`);
    await approver.getByRole('heading', { name: 'Izskatīšanas rinda', level: 1 }).waitFor({ timeout: 30_000 });
    const alert = approver.getByRole('alert').filter({ hasText: 'Izskatīšanas rindu neizdevās ielādēt.' });
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.innerText()).resolves.toContain('Servera atbilde (500): Internal Server Error');
    await expect(approver.getByText('Nekas negaida izskatīšanu').count()).resolves.toBe(0);
    await shot(approver, 'admin-queue-error.png');

    // An answer that is not Strapi's (a proxy's HTML page): still an error, with nothing made up.
    await approver.unroute(queueUrl);
    await approver.route(queueUrl, (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<html>Bad Gateway</html>' }),
    );
    await approver.getByRole('button', { name: 'Mēģināt vēlreiz' }).click();
    await alert.filter({ hasText: 'Serveris neatbildēja vai tā atbildi nevarēja nolasīt.' }).waitFor();
    await expect(approver.getByText('Nekas negaida izskatīšanu').count()).resolves.toBe(0);

    await approver.unroute(queueUrl);
    await approver.getByRole('button', { name: 'Mēģināt vēlreiz' }).click();
    await approver.getByRole('link', { name: programme.title }).waitFor({ timeout: 15_000 });
    await expect(approver.getByTestId('load-error').count()).resolves.toBe(0);

    // With nothing waiting, it says so.
    await approver.route(queueUrl, (route) => route.fulfill({ status: 200, json: { data: [] } }));
    await approver.reload();
    await approver.getByText('Nekas negaida izskatīšanu').waitFor({ timeout: 30_000 });
    await expect(approver.getByTestId('queue-item').count()).resolves.toBe(0);
    await approver.context().close();
  });

  it('hides it from the Kaimiņu approver', async () => {
    const neighbour = await sessionOf('apstiprinatajs@kaiminu-novads.lv');
    await neighbour.goto(`${base}/admin/plugins/se-planning/review`);
    await neighbour.getByRole('heading', { name: 'Izskatīšanas rinda', level: 1 }).waitFor({ timeout: 30_000 });
    await expect(neighbour.getByText(programme.title).count()).resolves.toBe(0);
    await neighbour.context().close();
  });

  it('lets the Parauga approver approve it from the queue and publish it; the history shows every step', async () => {
    const approver = await sessionOf('apstiprinatajs@parauga-novads.lv');
    await approver.goto(`${base}/admin/plugins/se-planning/review`);
    await approver.getByRole('link', { name: programme.title }).click();
    const panel = approver.getByTestId('review-panel');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByRole('button', { name: 'Apstiprināt' }).click();
    await panel
      .getByTestId('review-state')
      .filter({ hasText: /apstiprināts/i })
      .waitFor({ timeout: 15_000 });
    await approver.getByRole('button', { name: 'Publish' }).click();
    await eventually(() =>
      docs(strapi, 'support-programme').findOne({
        documentId: programme.documentId,
        locale: 'lv',
        status: 'published',
      }),
    );
    await approver.reload();
    await panel.waitFor({ timeout: 30_000 });
    await eventually(async () => (await panel.getByTestId('review-event').count()) === 3);
    await approver.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'admin-review.png'), fullPage: true });
    await approver.context().close();
  });
});

type LegalBasis = { title: string; url: string | null };
/** A legal basis as the review panel names it: its title, then its address. */
const named = (row: LegalBasis) => [row.title, row.url].filter(Boolean).join(' ');
/** An element's text as read, its line breaks and spacing as single spaces. */
const textOf = async (target: Locator) => (await target.innerText()).replace(/\s+/g, ' ').trim();

describe('linked content changed since publication, beside a published programme', () => {
  const legalBasisLabel = fieldLabels['support-programme'].legalBasis.lv;
  // A published programme of its own (in lv and en, its plan adopted), where the demo planner and approver also
  // work: editing a demo policy document would also send the adopted demo plan back to draft, which other tests read.
  let fixture: PublicPlan;
  let demoStaff: number[];
  let demoPlanBefore: { reviewState: string; events: number };
  let programme: { documentId: string; slug: string; locales: string[] };
  /** The programme's legal basis as it was published. */
  let basis: { documentId: string; title: string; url: string | null };
  let changed: LegalBasis;
  /** The programme's legal basis as the public API answered before the change. */
  let publicBefore: LegalBasis[];
  const editUrl = () =>
    `${base}/admin/content-manager/collection-types/plugin::se-planning.support-programme/${programme.documentId}?plugins[i18n][locale]=lv`;
  const publicLegalBasis = async (): Promise<LegalBasis[]> => {
    const res = await api(`/support-programmes/${programme.slug}`);
    expect(res.status).toBe(200);
    return res.body.data.legalBasis.map(({ title, url }: LegalBasis) => ({ title, url }));
  };
  const demoPlanNow = async () => {
    const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
    const review = getService(strapi, 'review');
    return {
      reviewState: (await review.state('plan', plan.documentId)).reviewState,
      events: (await review.history('plan', plan.documentId)).length,
    };
  };

  beforeAll(async () => {
    demoPlanBefore = await demoPlanNow();
    fixture = await publicPlan(strapi);
    demoStaff = (
      await strapi.db.query('admin::user').findMany({
        where: { email: { $in: ['planotajs@parauga-novads.lv', 'apstiprinatajs@parauga-novads.lv'] } },
      })
    ).map((user: { id: number }) => user.id);
    expect(demoStaff).toHaveLength(2);
    await addStaff(strapi, fixture.municipality, ...demoStaff);
    programme = { documentId: fixture.programme, slug: fixture.programmeSlug, locales: ['lv', 'en'] };
    const row = await docs(strapi, 'policy-document').findOne({ documentId: fixture.legalBasis });
    basis = { documentId: row.documentId, title: row.title, url: row.url ?? null };
    // it starts published, approved, with nothing changed since
    const review = getService(strapi, 'review');
    expect((await review.state('support-programme', programme.documentId)).reviewState).toBe('approved');
    expect((await review.publication('support-programme', programme.documentId)).linkedChanges).toEqual([]);
    publicBefore = await publicLegalBasis();
    expect(publicBefore).toEqual([{ title: basis.title, url: basis.url }]);

    // the policy document's keeper changes it as a script would (not through the panel's item)
    changed = {
      title: `${basis.title} (grozījumi, kas stājas spēkā 2027. gada 1. janvārī)`,
      url: 'https://likumi.lv/ta/id/999999-grozijumi-socialo-uznemumu-likuma',
    };
    await docs(strapi, 'policy-document').update({ documentId: basis.documentId, data: { ...changed } });
  });

  afterAll(async () => {
    // the demo logins as they were: working for the demo municipalities only; the demo plan untouched
    if (fixture && demoStaff)
      await docs(strapi, 'municipality').update({
        documentId: fixture.municipality,
        data: { staff: { disconnect: demoStaff.map((id) => ({ id })) } },
      });
    if (demoPlanBefore) expect(await demoPlanNow()).toEqual(demoPlanBefore);
  });

  const boxTitle = 'Saistītais saturs mainīts kopš publicēšanas';
  /**
   * What the panel must say of the change: once for both languages (the legal basis is not translated), Latvian
   * first, and only the row that changed, removed and added, each labelled in words.
   */
  const expectedChange = () =>
    `${legalBasisLabel} — valodās ${programme.locales.join(', ')} ` +
    `Noņemts: ${named({ title: basis.title, url: basis.url })} Pievienots: ${named(changed)}`;
  /** The box as the planner and the approver both see it: a labelled region with a heading and one change. */
  const expectBox = async (panel: Locator) => {
    const box = panel.getByTestId('linked-changes');
    await box.waitFor({ timeout: 30_000 });
    await expect(panel.getByRole('region', { name: boxTitle }).getAttribute('data-testid')).resolves.toBe(
      'linked-changes',
    );
    await expect(box.getByRole('heading', { name: boxTitle, level: 3 }).count()).resolves.toBe(1);
    const changes = box.getByRole('list').first().getByRole('listitem');
    await expect(changes.count()).resolves.toBe(1);
    await expect(textOf(changes.first())).resolves.toBe(expectedChange());
    // the addresses are links; no bare arrow, no language in brackets after the field's own "(#1)"
    await expect(box.getByRole('link', { name: changed.url! }).getAttribute('href')).resolves.toBe(changed.url);
    const text = await textOf(box);
    expect(text).not.toContain('→');
    expect(text).not.toMatch(/\) \(/);
    expect(text).not.toContain('(en)');
    return { box, text };
  };

  it('shows the demo planner what changed, without the republish button', async () => {
    // the public still sees what was published
    expect(await publicLegalBasis()).toEqual(publicBefore);
    const planner = await keptSessionOf('planotajs@parauga-novads.lv');
    await planner.goto(editUrl());
    const panel = planner.getByTestId('review-panel');
    const { box, text } = await expectBox(panel);
    await expect(box.getByRole('button').count()).resolves.toBe(0);
    await expect(panel.getByRole('button', { name: 'Publicēt atkārtoti' }).count()).resolves.toBe(0);
    expect(text).toContain('Atkārtoti publicēt var darbinieks ar tiesībām "Publicēt apstiprināto".');
    await expect(panel.getByTestId('review-state').innerText()).resolves.toMatch(/apstiprināts/i);
    await shot(planner, 'admin-linked-changes-planner.png');
    await panelShot(planner, 'admin-linked-changes-planner-panel.png');
  });

  it('lets the demo approver publish it again from the panel: the box goes, the public gets the new legal basis', async () => {
    const approver = await keptSessionOf('apstiprinatajs@parauga-novads.lv');
    await approver.goto(editUrl());
    const panel = approver.getByTestId('review-panel');
    const { box, text } = await expectBox(panel);
    const events = await panel.getByTestId('review-event').count();
    const button = box.getByRole('button', { name: 'Publicēt atkārtoti', exact: true });
    await expect(button.count()).resolves.toBe(1);
    expect(text).not.toContain('Atkārtoti publicēt var darbinieks ar tiesībām');
    await shot(approver, 'admin-linked-changes-approver.png');
    await panelShot(approver, 'admin-linked-changes-approver-panel.png');

    // The button only asks first: nothing is sent until the approver confirms, and cancelling sends nothing.
    const republishUrl = `/se-planning/review/support-programme/${programme.documentId}/republish`;
    const sent: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().endsWith(republishUrl)) sent.push(request.url());
    };
    approver.on('request', onRequest);
    const dialog = approver.getByRole('alertdialog', { name: 'Publicēt atkārtoti?' });
    await button.click();
    await dialog.waitFor({ timeout: 15_000 });
    await expect(textOf(dialog)).resolves.toContain(
      'Sabiedrība uzreiz redzēs jauno saistīto saturu visās publicētajās valodās.',
    );
    // (once it and its overlay have finished opening)
    await dialog.evaluate((element) =>
      Promise.all(
        [...element.getAnimations(), ...(element.parentElement?.getAnimations() ?? [])].map(
          (animation: { finished: Promise<unknown> }) => animation.finished,
        ),
      ),
    );
    await shot(approver, 'admin-linked-changes-confirm.png');
    await dialog.getByRole('button', { name: 'Atcelt' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await expect(box.count()).resolves.toBe(1);
    await button.click();
    await dialog.waitFor({ timeout: 15_000 });
    approver.off('request', onRequest);
    expect(sent).toEqual([]);
    // still the published legal basis until the approver confirms
    expect(await publicLegalBasis()).toEqual(publicBefore);

    const [answer] = await Promise.all([
      approver.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().endsWith(republishUrl),
      ),
      dialog.getByRole('button', { name: 'Publicēt tagad' }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await approver.getByText('Publicēts atkārtoti').first().waitFor({ timeout: 15_000 });
    // recorded in the history as a publication (one per published language) by the approver
    await eventually(
      async () => (await panel.getByTestId('review-event').count()) === events + programme.locales.length,
    );
    await expect(box.count()).resolves.toBe(0);
    await expect(panel.getByTestId('review-state').innerText()).resolves.toMatch(/apstiprināts/i);
    const newest = await panel.getByTestId('review-event').first().innerText();
    expect(newest).toContain('Publicēts');
    expect(newest).toContain('Inese Apstiprinātāja');
    await shot(approver, 'admin-linked-changes-republished.png');
    await panelShot(approver, 'admin-linked-changes-republished-panel.png');

    const now = await publicLegalBasis();
    expect(now).toContainEqual(changed);
    expect(now).not.toContainEqual({ title: basis.title, url: basis.url });
    expect(now).toHaveLength(publicBefore.length);

    // and it stays gone when the page is opened again
    await approver.reload();
    await panel.getByTestId('review-state').waitFor({ timeout: 30_000 });
    await expect(panel.getByTestId('linked-changes').count()).resolves.toBe(0);
  });
});

describe('the plan’s lifecycle commands beside the adopted demo plan', () => {
  const planUrl = async () => {
    const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
    return `${base}/admin/content-manager/collection-types/plugin::se-planning.plan/${plan.documentId}`;
  };

  it('offers the approver "Grozīt plānu" (with its reason) and "Arhivēt plānu", and the planner neither', async () => {
    const approver = await keptSessionOf('apstiprinatajs@parauga-novads.lv');
    await approver.goto(await planUrl());
    const panel = approver.getByTestId('review-panel');
    await panel.getByRole('button', { name: 'Grozīt plānu' }).waitFor({ timeout: 30_000 });
    await expect(panel.getByRole('button', { name: 'Arhivēt plānu' }).count()).resolves.toBe(1);
    await expect(panel.getByText('Grozījumu iemesls').count()).resolves.toBe(1);
    // the plan's status is shown, never typed in: it moves by these commands
    const status = approver.locator('[name="planStatus"]').first();
    await status.waitFor({ timeout: 30_000 });
    await expect(status.isDisabled()).resolves.toBe(true);

    const planner = await keptSessionOf('planotajs@parauga-novads.lv');
    await planner.goto(await planUrl());
    await planner.getByTestId('review-panel').getByTestId('review-state').waitFor({ timeout: 30_000 });
    await expect(planner.getByRole('button', { name: 'Grozīt plānu' }).count()).resolves.toBe(0);
    await expect(planner.getByRole('button', { name: 'Arhivēt plānu' }).count()).resolves.toBe(0);
  });
  it('lists the plan’s adopted versions with their council decisions, to the planner too', async () => {
    const plan = await docs(strapi, 'plan').findFirst({ filters: { municipality: { slug: 'parauga-novads' } } });
    expect(plan.councilDecisionNumber).toMatch(/\S/);
    const planner = await keptSessionOf('planotajs@parauga-novads.lv');
    await planner.goto(await planUrl());
    const versions = planner.getByTestId('review-panel').getByTestId('plan-versions');
    await versions.waitFor({ timeout: 30_000 });
    // (the heading is shown in capitals, its text is not)
    await expect(
      versions.getByRole('heading', { name: 'Pieņemtās versijas', exact: true, level: 3 }).count(),
    ).resolves.toBe(1);
    // the decision date as a date in the admin's language (Latvian: "2024. gada 18. decembris"), not as stored
    const day = await planner.evaluate(
      (stored) =>
        new Intl.DateTimeFormat('lv', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${stored}T00:00:00Z`)),
      plan.councilDecisionDate as string,
    );
    expect(day).toMatch(new RegExp(`^${plan.councilDecisionDate.slice(0, 4)}\\. gada \\d{1,2}\\. \\p{L}+$`, 'u'));
    const items = versions.getByRole('list').getByRole('listitem');
    await expect(items.count()).resolves.toBe(1);
    await expect(textOf(items.first())).resolves.toBe(
      `1. versija — domes lēmums Nr. ${plan.councilDecisionNumber}, ${day}`,
    );
    expect(await versions.innerText()).not.toContain(plan.councilDecisionDate);
    await shot(planner, 'admin-plan-versions.png');
    await panelShot(planner, 'admin-plan-versions-panel.png');
  });
});

describe('saving in the Content Manager through the write guard', () => {
  it('saves a goal with tasks under it (its inverse relations read-only, its revision sent back by the form)', async () => {
    // a plan of its own (the demo plan stays as the other tests know it), where the demo planner also works
    const { plan: planId, municipality } = await makePlan(strapi);
    const plannerUser = await strapi.db
      .query('admin::user')
      .findOne({ where: { email: 'planotajs@parauga-novads.lv' } });
    await addStaff(strapi, municipality, plannerUser.id);
    const plan = { documentId: planId };
    const goal = await docs(strapi, 'goal').create({
      data: { title: 'Pārlūkā labojams mērķis', plan: plan.documentId },
    });
    await docs(strapi, 'task').create({
      data: { title: 'Uzdevums zem mērķa', plan: plan.documentId, goal: goal.documentId },
    });
    const planner = await keptSessionOf('planotajs@parauga-novads.lv');
    await planner.goto(`${base}/admin/content-manager/collection-types/plugin::se-planning.goal/${goal.documentId}`);
    const title = planner.getByRole('textbox', { name: 'Stratēģiskais mērķis' });
    await title.waitFor({ timeout: 30_000 });
    await title.fill('Pārlūkā labots mērķis');
    await planner.getByRole('button', { name: 'Save' }).click();
    await eventually(
      async () =>
        (await docs(strapi, 'goal').findOne({ documentId: goal.documentId })).title === 'Pārlūkā labots mērķis',
    );
    const saved = await docs(strapi, 'goal').findOne({ documentId: goal.documentId, populate: { tasks: true } });
    expect(saved.tasks.map((t: { title: string }) => t.title)).toEqual(['Uzdevums zem mērķa']);
  });
});
