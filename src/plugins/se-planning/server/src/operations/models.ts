/**
 * The plugin's tables for scheduled work (not content types: written only by the jobs):
 * - scheduled runs: one row per job and day it ran (Europe/Riga), so a day's run happens once across instances;
 * - reminders sent: one row per worksheet row, kind (upcoming/overdue) and deadline a reminder went out for.
 * Strapi creates and migrates them with the content types' schema sync (`strapi.get('models').add`).
 */
import type { Core } from '@strapi/strapi';

export const SCHEDULED_RUN = 'plugin::se-planning.scheduled-run';
export const REMINDER_SENT = 'plugin::se-planning.reminder-sent';

const models = [
  {
    uid: SCHEDULED_RUN,
    tableName: 'se_scheduled_runs',
    singularName: 'scheduled-run',
    attributes: {
      id: { type: 'increments' },
      job: { type: 'string', column: { notNullable: true } },
      /** The day the run was for, YYYY-MM-DD in Europe/Riga. */
      day: { type: 'string', column: { notNullable: true } },
      startedAt: { type: 'string' },
      finishedAt: { type: 'string' },
      /** Which process ran it (host and pid), for the operator. */
      instance: { type: 'string' },
    },
    indexes: [{ name: 'se_scheduled_runs_job_day_idx', columns: ['job', 'day'], type: 'unique' }],
  },
  {
    uid: REMINDER_SENT,
    tableName: 'se_reminders_sent',
    singularName: 'reminder-sent',
    attributes: {
      id: { type: 'increments' },
      /** The worksheet row's type (`activity`, `monitoring-activity`) and document. */
      contentType: { type: 'string', column: { notNullable: true } },
      targetDocumentId: { type: 'string', column: { notNullable: true } },
      /** `upcoming` or `overdue`. */
      kind: { type: 'string', column: { notNullable: true } },
      /** The deadline the reminder was about: a moved deadline is reminded of again. */
      deadline: { type: 'string', column: { notNullable: true } },
      recipients: { type: 'text' },
      sentAt: { type: 'string' },
    },
    indexes: [
      {
        name: 'se_reminders_sent_target_idx',
        columns: ['content_type', 'target_document_id', 'kind', 'deadline'],
        type: 'unique',
      },
    ],
  },
];

export function registerOperationsModels(strapi: Core.Strapi) {
  for (const definition of models) (strapi.get('models') as { add: (model: unknown) => void }).add(definition);
}
