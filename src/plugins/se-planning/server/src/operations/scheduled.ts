/**
 * Daily jobs that run once across instances. Each job is registered with Strapi's cron (only where
 * `server.cron.enabled`, as Strapi's own `server.cron.tasks`) and every firing goes through `runOnce`: on
 * PostgreSQL under a transaction-level advisory lock (`pg_try_advisory_xact_lock`), so of several instances firing
 * together one runs and the others skip; then, on every database, the day's run record (se_scheduled_runs): an
 * instance firing later the same day finds it and does nothing. A run that fails leaves no record, so the next
 * firing (another instance's, or the next day's) tries again.
 */
import type { Core } from '@strapi/strapi';
import { createHash } from 'crypto';
import { hostname } from 'os';
import { rigaToday } from '../../../common/programme-state';
import { SCHEDULED_RUN } from './models';

/** The first half of every advisory lock key the plugin takes (the second is the job's). */
const LOCK_NAMESPACE = 0x5e11;

/** A job's lock key: a stable 32-bit number from its name. */
export const lockKeyOf = (job: string) => createHash('sha1').update(job).digest().readInt32BE(0);

export type RunOutcome = 'ran' | 'already-done' | 'running-elsewhere';

export type ScheduledJob = {
  name: string;
  /** A Strapi cron rule (a cron expression, or an ISO date and time for one run); in Europe/Riga. */
  rule: string;
  run: (day: string) => Promise<void>;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const runs = () => strapi.db.query(SCHEDULED_RUN as never);
  /** Jobs this process is running now: a firing while the previous one still runs is skipped. */
  const runningHere = new Set<string>();

  async function recordedRun(job: string, day: string, work: () => Promise<void>): Promise<RunOutcome> {
    if (await runs().findOne({ where: { job, day } })) return 'already-done';
    const startedAt = new Date().toISOString();
    await work();
    await runs().create({
      data: { job, day, startedAt, finishedAt: new Date().toISOString(), instance: `${hostname()}:${process.pid}` },
    });
    return 'ran';
  }

  /** Runs `work` for `day` unless it ran (or is running) for that day on any instance. */
  async function runOnce(job: string, day: string, work: () => Promise<void>): Promise<RunOutcome> {
    if (runningHere.has(job)) return 'running-elsewhere';
    runningHere.add(job);
    try {
      if (strapi.db.dialect.client !== 'postgres') return await recordedRun(job, day, work);
      // The lock lives as long as this transaction, on a connection of its own; the work writes through the pool
      // (each write committed at once), so its records are visible before the lock is let go.
      return await strapi.db.connection.transaction(async (trx) => {
        const result = await trx.raw('select pg_try_advisory_xact_lock(?, ?) as locked', [
          LOCK_NAMESPACE,
          lockKeyOf(job),
        ]);
        if (!result.rows[0].locked) return 'running-elsewhere';
        return recordedRun(job, day, work);
      });
    } finally {
      runningHere.delete(job);
    }
  }

  /** One firing of a job: today's run in Riga, once; a failure is logged (and retried by the next firing). */
  async function fire(job: ScheduledJob, at = new Date()): Promise<RunOutcome | 'failed'> {
    const day = rigaToday(at);
    try {
      const outcome = await runOnce(job.name, day, () => job.run(day));
      strapi.log.info(`[se-planning] ieplānotais darbs ${job.name} (${day}): ${outcome}`);
      return outcome;
    } catch (error) {
      strapi.log.error(`[se-planning] ieplānotais darbs ${job.name} (${day}) neizdevās: ${(error as Error).message}`);
      return 'failed';
    }
  }

  return {
    runOnce,
    fire,
    /** Whether the day's run of a job is recorded. */
    async ranOn(job: string, day: string) {
      return (await runs().count({ where: { job, day } })) > 0;
    },
    /** Registers the jobs with Strapi's cron, where cron is enabled (`server.cron.enabled`). */
    schedule(jobs: ScheduledJob[]) {
      if (!strapi.config.get('server.cron.enabled', false)) {
        if (jobs.length)
          strapi.log.info(`[se-planning] cron izslēgts (server.cron.enabled): ${jobs.length} darbi netiek plānoti`);
        return;
      }
      for (const job of jobs) {
        strapi.cron.add({
          [`se-planning:${job.name}`]: {
            task: async (_: unknown, at?: unknown) => fire(job, at instanceof Date ? at : new Date()),
            options: { rule: job.rule, tz: 'Europe/Riga' },
          },
        });
      }
    },
  };
};
