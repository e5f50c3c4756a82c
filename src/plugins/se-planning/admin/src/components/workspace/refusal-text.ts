/** What the workspace says when the server refused a write: a stale revision (409) in words, else the server's message. */
import type { ServerError } from '../../server-error';
import type { MessageKey } from '../../translate';

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

export const refusalText = (error: ServerError, t: T) =>
  error.status === 409
    ? t('workspace.conflict')
    : (error.message ?? t('error.status', { status: error.status ?? '—' }));
