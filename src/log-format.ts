/**
 * The log format, LOG_FORMAT: `json` (the default with NODE_ENV=production) or `text` (the default elsewhere).
 *
 * In JSON every line the server writes on stdout is one JSON object: the request lines (src/edge/request-log.ts)
 * and Strapi's own log lines (`{"time","level","msg"}`, plus `stack` for an error that has one), through the format
 * below, which config/server.ts gives Strapi's logger; Strapi's start-up banner (a table) is left out. In text,
 * Strapi's coloured lines and banner, as in development.
 */
export const LOG_FORMAT_VARIABLE = 'LOG_FORMAT';
export type LogFormat = 'json' | 'text';

/** LOG_FORMAT, or JSON in production and text elsewhere; anything else is refused. */
export function logFormatOf(value: string | undefined, nodeEnv = process.env.NODE_ENV): LogFormat {
  const given = (value ?? '').trim().toLowerCase();
  if (given === '') return nodeEnv === 'production' ? 'json' : 'text';
  if (given === 'json' || given === 'text') return given;
  throw new Error(`${LOG_FORMAT_VARIABLE} must be json or text (it is "${String(value).slice(0, 20)}").`);
}

/** What winston hands a format, and where its transports take the line from (logform's MESSAGE). */
type LogInfo = { level: string; message: unknown; stack?: unknown; [key: symbol]: unknown };
const MESSAGE = Symbol.for('message');

/** A winston format (logform's protocol: `transform(info)` sets the line) writing Strapi's log lines as JSON. */
export function jsonLogFormat(now = () => new Date()) {
  return {
    transform(info: LogInfo) {
      const message = info.message instanceof Error ? info.message.message : info.message;
      const stack = info.stack ?? (info.message instanceof Error ? info.message.stack : undefined);
      info[MESSAGE] = JSON.stringify({
        time: now().toISOString(),
        level: info.level,
        msg: typeof message === 'string' ? message : JSON.stringify(message),
        ...(typeof stack === 'string' ? { stack } : {}),
      });
      return info;
    },
  };
}
