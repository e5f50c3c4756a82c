/**
 * One log line per request, written when its answer is finished (or the client went away): at the HTTP server,
 * so every request is in it, whoever answers — the public answers before Koa (src/edge/public-answers.ts), Koa's
 * routes, its errors, a probe. It replaces `strapi::logger` (config/middlewares.ts leaves that out), so no request
 * is logged twice.
 *
 * - `json` (LOG_FORMAT, src/log-format.ts; the default with NODE_ENV=production): one JSON object per line on stdout,
 *   `{"time","level","msg":"request","method","path","status","durationMs","requestId"}`, whatever LOG_LEVEL says.
 * - `text` (the default elsewhere, or LOG_FORMAT=text): Strapi's own line, `GET /api/x (3 ms) 200`, at its `http`
 *   level (shown with LOG_LEVEL=http).
 *
 * The path is logged without its query string (a search's words are the visitor's own); no address, user or
 * header is. Each request gets its id (src/edge/request-id.ts), logged and sent back as `X-Request-Id`.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';
import type { LogFormat } from '../log-format';

export type RequestRecord = {
  time: string;
  level: 'info' | 'error';
  msg: 'request';
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
  /** only when the client went away before the answer was finished */
  aborted?: true;
};

const MAX_PATH = 2048;

/** The request's path: no query string, no fragment, at most MAX_PATH characters. */
export function pathOf(url: string | undefined): string {
  const path = (url ?? '').split(/[?#]/, 1)[0] || '/';
  return path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path;
}

export function requestRecord(
  req: Pick<IncomingMessage, 'method' | 'url'>,
  status: number,
  durationMs: number,
  requestId: string,
  aborted: boolean,
  now = new Date(),
): RequestRecord {
  return {
    time: now.toISOString(),
    level: status >= 500 ? 'error' : 'info',
    msg: 'request',
    method: req.method ?? '',
    path: pathOf(req.url),
    status,
    durationMs: Math.round(durationMs * 10) / 10,
    requestId,
    ...(aborted ? { aborted: true as const } : {}),
  };
}

/**
 * Puts the request log on the app's HTTP server, ahead of every other request listener. Call it after anything
 * that replaces the server's listeners (src/edge/public-answers.ts does, in bootstrap).
 */
export function logRequests(strapi: Core.Strapi, format: LogFormat) {
  const write =
    format === 'json'
      ? (record: RequestRecord) => process.stdout.write(`${JSON.stringify(record)}\n`)
      : (record: RequestRecord) =>
          strapi.log.http(`${record.method} ${record.path} (${Math.ceil(record.durationMs)} ms) ${record.status}`);

  strapi.server.httpServer.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    // what the rest of the request reads as its id
    req.headers[REQUEST_ID_HEADER] = requestId;
    // set as the headers go out, so no answer lacks it: Koa's error handler clears the headers set before
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) this.setHeader('X-Request-Id', requestId);
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse['writeHead'];
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      try {
        write(requestRecord(req, res.statusCode, durationMs, requestId, !res.writableFinished));
      } catch (error) {
        strapi.log.error(`[request-log] ${(error as Error).message}`);
      }
    };
    res.once('finish', done);
    res.once('close', done);
  });
}
