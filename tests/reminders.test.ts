/**
 * Deadline reminders by e-mail to a local SMTP sink: #7 activities and #11 monitoring activities due within 14 days
 * or overdue and not done reach their responsible unit's e-mail, or the municipality's planners when the unit has
 * none; done, cancelled and far-away rows are left out; each reminder goes out once (a second run the same day sends
 * nothing, a later day sends only what became overdue).
 */
import type { Core } from '@strapi/strapi';
import { addStaff, docs, makePlan, staffLogin, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { addDays } from '../src/plugins/se-planning/server/src/operations/due-items';
import { latvianDate } from '../src/plugins/se-planning/server/src/operations/reminder-message';
import { REMINDERS_JOB } from '../src/plugins/se-planning/server/src/operations/reminders';
import { rigaToday } from '../src/plugins/se-planning/common/programme-state';
import { ROLES } from '../src/plugins/se-planning/server/src/access/staff-roles';
import nodemailer from '@strapi/provider-email-nodemailer';

let sink: SmtpSink;
let strapi: Core.Strapi;
const today = rigaToday();
const day = (offset: number) => addDays(today, offset);

beforeAll(async () => {
  sink = await startSmtpSink();
  Object.assign(process.env, sink.env, { EMAIL_FROM: 'portals@parauga-novads.lv' });
  strapi = await startStrapi();
});
afterAll(async () => {
  await stopStrapi();
  await sink?.stop();
  for (const key of [...Object.keys(sink?.env ?? {}), 'EMAIL_FROM']) delete process.env[key];
});

it('is off unless SE_PLANNING_REMINDERS=true: nothing is scheduled in tests', () => {
  expect(strapi.config.get('plugin::se-planning.reminders')).toEqual({
    enabled: false,
    at: '07:00',
    rule: '',
    horizonDays: 14,
  });
  expect(getService(strapi, 'reminders').jobs()).toEqual([]);
  expect(getService(strapi, 'reminders').job().rule).toBe('0 0 7 * * *');
  expect(strapi.cron.jobs.filter((job: { name: string | null }) => job.name?.startsWith('se-planning:'))).toEqual([]);
});

it('e-mails each responsible recipient once about what is due or overdue, and not again', async () => {
  const { municipality, unit: unitWithoutEmail, plan } = await makePlan(strapi);
  const unitEmail = `${unique('nodala')}@tests.lv`.toLowerCase();
  const unit = (
    await docs(strapi, 'municipal-unit').create({
      data: { name: 'Sociālais dienests', contactEmail: unitEmail, municipality },
    })
  ).documentId;
  const planners = [
    await staffLogin(strapi, { roles: [ROLES.editor.code] }),
    await staffLogin(strapi, { roles: [ROLES.editor.code] }),
  ];
  const approver = await staffLogin(strapi, { roles: [ROLES.approver.code] });
  await addStaff(strapi, municipality, ...planners.map((p) => p.user.id), approver.user.id);
  const planTitle = (await docs(strapi, 'plan').findOne({ documentId: plan })).title as string;
  const municipalityName = (await docs(strapi, 'municipality').findOne({ documentId: municipality })).name as string;

  const goal = (await docs(strapi, 'goal').create({ data: { plan, title: 'Vairāk sociālo uzņēmumu' } })).documentId;
  const task = (await docs(strapi, 'task').create({ data: { plan, goal, title: 'Grantu programma' } })).documentId;
  const activity = async (title: string, endsOn: string, executionStatus: string) =>
    docs(strapi, 'activity').create({
      data: { plan, task, title: unique(title), startsOn: day(-40), endsOn, executionStatus, responsibleUnit: unit },
    });
  const monitoring = async (title: string, deadline: string, done: boolean, responsibleUnit?: string) =>
    docs(strapi, 'monitoring-activity').create({
      data: { plan, title: unique(title), deadline, done, ...(responsibleUnit ? { responsibleUnit } : {}) },
    });
  const soon = await activity('Seminārs', day(3), 'planned');
  const late = await activity('Konkurss', day(-2), 'in_progress');
  await activity('Izpildīts seminārs', day(-5), 'done');
  await activity('Atcelts seminārs', day(-5), 'cancelled');
  await activity('Tāls seminārs', day(30), 'planned');
  const edge = await monitoring('Risku analīze', day(14), false, unitWithoutEmail);
  const overdue = await monitoring('Plāna pārskatīšana', day(-10), false);
  await monitoring('Izpildīta kampaņa', day(-1), true);
  const later = await monitoring('Tāla kampaņa', day(15), false);

  const scheduled = getService(strapi, 'scheduled-jobs');
  // the reminders job under a name of this file's own: the day's run record of the real one is shared by the run's
  // test files (tests/scheduled-jobs.test.ts fires it in two instances)
  const job = { ...getService(strapi, 'reminders').job(), name: unique(REMINDERS_JOB) };
  expect(await scheduled.fire(job)).toBe('ran');
  expect(await scheduled.ranOn(job.name, today)).toBe(true);

  const item = (row: { title: string }, worksheet: string, deadline: string) =>
    `- "${row.title}" — darba lapa ${worksheet}; termiņš ${latvianDate(deadline)}; ` +
    `plāns "${planTitle}" (${municipalityName})`;
  const unitMails = sink.to(unitEmail);
  expect(unitMails.map((mail) => [mail.from, mail.envelopeTo, mail.subject])).toEqual([
    ['portals@parauga-novads.lv', [unitEmail], 'Atgādinājums par termiņiem (nokavēti: 1, tuvojas: 1)'],
  ]);
  const unitText = unitMails[0].text;
  expect(unitText).toContain(
    'Nokavētie termiņi (termiņš pagājis, nav atzīmēts kā izpildīts):\n' +
      `${item(late, '#7 "Rīcības plāna sagatavošana"', day(-2))}; atbildīgā struktūrvienība: Sociālais dienests\n\n` +
      'Termiņš tuvāko 14 dienu laikā:\n' +
      `${item(soon, '#7 "Rīcības plāna sagatavošana"', day(3))}; atbildīgā struktūrvienība: Sociālais dienests\n\n`,
  );
  expect(unitText).toMatch(/^Labdien!/);
  expect(unitText).not.toMatch(/Izpildīts seminārs|Atcelts seminārs|Tāls seminārs|Risku analīze|Plāna pārskatīšana/);

  const monitoringSheet = '#11 "Ieviešanas uzraudzība un atbildības sadalījums"';
  for (const planner of planners) {
    const mails = sink.to(planner.user.email);
    expect(mails.map((mail) => mail.subject)).toEqual(['Atgādinājums par termiņiem (nokavēti: 1, tuvojas: 1)']);
    expect(mails[0].text).toContain(
      `Nokavētie termiņi (termiņš pagājis, nav atzīmēts kā izpildīts):\n${item(overdue, monitoringSheet, day(-10))}\n\n` +
        `Termiņš tuvāko 14 dienu laikā:\n${item(edge, monitoringSheet, day(14))}; ` +
        'atbildīgā struktūrvienība: Attīstības nodaļa\n\n',
    );
    expect(mails[0].text).not.toMatch(/Izpildīta kampaņa|Tāla kampaņa|Seminārs|Konkurss/);
  }
  expect(sink.to(approver.user.email)).toEqual([]); // planners are there: approvers are not reminded

  // the same day again: the day's run is recorded, and the reminders themselves are too
  const mine = () => [unitEmail, ...planners.map((p) => p.user.email)].flatMap((address) => sink.to(address)).length;
  expect(await scheduled.fire(job)).toBe('already-done');
  await getService(strapi, 'reminders').send(today);
  expect(mine()).toBe(3);

  // four days later the seminar is overdue (reminded once more, as overdue) and the far campaign is within 14 days
  await getService(strapi, 'reminders').send(day(4));
  expect(sink.to(unitEmail).map((mail) => mail.subject)).toEqual([
    'Atgādinājums par termiņiem (nokavēti: 1, tuvojas: 1)',
    'Atgādinājums par termiņiem (nokavēti: 1)',
  ]);
  expect(sink.to(unitEmail)[1].text).toContain(
    `Nokavētie termiņi (termiņš pagājis, nav atzīmēts kā izpildīts):\n${item(soon, '#7 "Rīcības plāna sagatavošana"', day(3))}`,
  );
  for (const planner of planners) {
    const [, second] = sink.to(planner.user.email);
    expect(second.subject).toBe('Atgādinājums par termiņiem (tuvojas: 1)');
    expect(second.text).toContain(`Termiņš tuvāko 14 dienu laikā:\n${item(later, monitoringSheet, day(15))}\n\n`);
    expect(second.text).not.toMatch(/Risku analīze|Plāna pārskatīšana/);
  }
  expect(mine()).toBe(6);
  await getService(strapi, 'reminders').send(day(4));
  expect(mine()).toBe(6);
});

it('keeps a reminder whose mail was refused for the next run', async () => {
  const { municipality, plan } = await makePlan(strapi);
  const unitEmail = `${unique('dienests')}@tests.lv`.toLowerCase();
  const responsibleUnit = (
    await docs(strapi, 'municipal-unit').create({
      data: { name: 'Izglītības pārvalde', contactEmail: unitEmail, municipality },
    })
  ).documentId;
  await docs(strapi, 'monitoring-activity').create({
    data: { plan, title: unique('Kampaņa'), deadline: day(2), done: false, responsibleUnit },
  });
  const provider = strapi.plugin('email').provider;
  const closed = await startSmtpSink();
  await closed.stop(); // nothing listens on its port any more
  const error = jest.spyOn(strapi.log, 'error').mockImplementation(() => undefined as never);
  try {
    const refused = { host: '127.0.0.1', port: closed.port, secure: false };
    strapi.plugin('email').provider = nodemailer.init(refused as never, {
      defaultFrom: 'portals@parauga-novads.lv',
      defaultReplyTo: 'portals@parauga-novads.lv',
    });
    const result = await getService(strapi, 'reminders').send(day(1));
    expect(result.failed).toBeGreaterThanOrEqual(1);
    expect(error.mock.calls.map(([line]) => String(line))).toContainEqual(
      expect.stringMatching(new RegExp(`^\\[se-planning\\] e-pastu ${unitEmail} neizdevās nosūtīt`)),
    );
    expect(sink.to(unitEmail)).toEqual([]);
  } finally {
    error.mockRestore();
    strapi.plugin('email').provider = provider;
  }
  await getService(strapi, 'reminders').send(day(1));
  expect(sink.to(unitEmail).map((mail) => mail.subject)).toEqual(['Atgādinājums par termiņiem (tuvojas: 1)']);
});
