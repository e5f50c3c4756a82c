/**
 * Scheduled work runs once a day across instances: the day's run record (every database), a PostgreSQL advisory lock
 * while a run is under way, and two portal instances whose cron fires the reminders job at the same moment sending
 * each reminder once.
 */
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import { docs, makePlan, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { startInstance, stopInstances } from './helpers/instances';
import { eventually } from './helpers/requests';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';
import { getService } from '../src/plugins/se-planning/server/src/get-service';
import { lockKeyOf } from '../src/plugins/se-planning/server/src/operations/scheduled';
import { SCHEDULED_RUN } from '../src/plugins/se-planning/server/src/operations/models';
import { REMINDERS_JOB } from '../src/plugins/se-planning/server/src/operations/reminders';
import { addDays } from '../src/plugins/se-planning/server/src/operations/due-items';
import { rigaToday } from '../src/plugins/se-planning/common/programme-state';

const onPostgres = process.env.DATABASE_URL ? it : it.skip;
const today = rigaToday();

let strapi: Core.Strapi;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  Object.assign(process.env, sink.env);
  strapi = await startStrapi();
});
afterAll(async () => {
  await stopInstances();
  await stopStrapi();
  await sink?.stop();
  for (const key of Object.keys(sink?.env ?? {})) delete process.env[key];
});

const scheduled = () => getService(strapi, 'scheduled-jobs');
const runsOf = (job: string) => strapi.db.query(SCHEDULED_RUN as never).findMany({ where: { job } });

it('runs a job once a day: a second firing the same day does nothing, the next day runs again', async () => {
  const job = unique('darbs');
  let runs = 0;
  const work = async () => {
    runs += 1;
  };
  expect(await scheduled().runOnce(job, today, work)).toBe('ran');
  expect(await scheduled().runOnce(job, today, work)).toBe('already-done');
  expect(await scheduled().runOnce(job, addDays(today, 1), work)).toBe('ran');
  expect(runs).toBe(2);
  expect(((await runsOf(job)) as { day: string }[]).map((run) => run.day).sort()).toEqual([today, addDays(today, 1)]);
});

it('skips a firing while the same job still runs in this process', async () => {
  const job = unique('darbs');
  let release!: () => void;
  const first = scheduled().runOnce(job, today, () => new Promise<void>((resolve) => (release = resolve)));
  await eventually(async () => release !== undefined);
  expect(await scheduled().runOnce(job, today, async () => undefined)).toBe('running-elsewhere');
  release();
  expect(await first).toBe('ran');
  expect(await runsOf(job)).toHaveLength(1);
});

it('records no run when the work fails, so the next firing tries again (the failure in the log)', async () => {
  const name = unique('darbs');
  const error = jest.spyOn(strapi.log, 'error').mockImplementation(() => undefined as never);
  try {
    const failing = { name, rule: '0 0 7 * * *', run: async () => Promise.reject(new Error('SMTP nav pieejams')) };
    expect(await scheduled().fire(failing)).toBe('failed');
    expect(error.mock.calls.map(([line]) => String(line))).toEqual([
      `[se-planning] ieplānotais darbs ${name} (${today}) neizdevās: SMTP nav pieejams`,
    ]);
  } finally {
    error.mockRestore();
  }
  expect(await runsOf(name)).toEqual([]);
  expect(await scheduled().fire({ name, rule: '0 0 7 * * *', run: async () => undefined })).toBe('ran');
});

onPostgres('skips a firing while another connection holds the job’s advisory lock', async () => {
  const job = unique('darbs');
  const other = new Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query('begin');
    await other.query('select pg_advisory_xact_lock($1, $2)', [0x5e11, lockKeyOf(job)]);
    expect(await scheduled().runOnce(job, today, async () => undefined)).toBe('running-elsewhere');
    expect(await runsOf(job)).toEqual([]);
    await other.query('commit');
    expect(await scheduled().runOnce(job, today, async () => undefined)).toBe('ran');
  } finally {
    await other.end();
  }
});

onPostgres(
  'two instances firing the reminders at the same moment send each reminder once',
  async () => {
    // this file's own recipient and row; the job's day record of today is this file's to start from
    const { municipality, plan } = await makePlan(strapi);
    const unitEmail = `${unique('nodala')}@tests.lv`.toLowerCase();
    const responsibleUnit = (
      await docs(strapi, 'municipal-unit').create({
        data: { name: 'Sociālais dienests', contactEmail: unitEmail, municipality },
      })
    ).documentId;
    const title = unique('Uzraudzības sanāksme');
    await docs(strapi, 'monitoring-activity').create({
      data: { plan, title, deadline: addDays(today, 2), done: false, responsibleUnit },
    });
    await strapi.db.query(SCHEDULED_RUN as never).deleteMany({ where: { job: REMINDERS_JOB, day: today } });

    // one firing each, at the same moment, once both are up
    const at = new Date(Math.ceil((Date.now() + 75000) / 1000) * 1000);
    const env = {
      ...sink.env,
      SE_PLANNING_REMINDERS: 'true',
      SE_PLANNING_REMINDERS_CRON: at.toISOString(),
      LOG_LEVEL: 'info',
    };
    const instances = await Promise.all([startInstance('reminders-a', env), startInstance('reminders-b', env)]);
    if (Date.now() > at.getTime() - 2000) throw new Error('the instances took longer to start than the firing allows');

    // each instance's one firing: its outcome, or 'failed' (e.g. two runs at once meeting the reminders' unique index)
    const outcome = (log: string) => {
      const line = log.match(new RegExp(`ieplānotais darbs ${REMINDERS_JOB} \\(${today}\\)(?:: ([a-z-]+)| neizdevās)`));
      return line ? (line[1] ?? 'failed') : undefined;
    };
    await eventually(
      async () => instances.every((instance) => outcome(instance.log())),
      at.getTime() - Date.now() + 60000,
    );
    // one ran; the other found it running (the lock) or, had it fired a moment later, done (the record)
    const [first, second] = instances.map((instance) => outcome(instance.log())).sort();
    expect(['already-done ran', 'ran running-elsewhere']).toContain(`${first} ${second}`);
    expect(
      await runsOf(REMINDERS_JOB).then((runs) => (runs as { day: string }[]).filter((run) => run.day === today)),
    ).toHaveLength(1);

    const mails = sink.to(unitEmail);
    expect(mails.map((mail) => mail.subject)).toEqual(['Atgādinājums par termiņiem (tuvojas: 1)']);
    expect(mails[0].text).toContain(`"${title}" — darba lapa #11`);
  },
  240000,
);
