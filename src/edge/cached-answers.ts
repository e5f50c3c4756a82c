/**
 * The public API's kept answers, sent at the HTTP server before Koa: a GET or HEAD of `/api/…` without
 * credentials whose answer the response cache keeps (src/middlewares/public-cache.ts, the plugin's
 * public-cache service) is answered here with the same bytes and the same headers the full middleware chain gave
 * it — security headers, CSP, CORS (per Origin), Cache-Control, ETag, 304 for If-None-Match — counted in the same
 * rate limit and logged as Strapi logs a request. Anything else, and any answer whose headers are not known yet
 * (the first request of each URL and Origin), goes through Koa as before, which is also where those headers are
 * learnt. Nothing is answered here that Koa would not answer the same way from the cache.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';
import { getService } from '../plugins/se-planning/server/src/get-service';
import type { AnswerHeaders } from '../plugins/se-planning/server/src/public-api/cache';
import { clientKey } from './client-key';
import { publicCacheKey } from '../middlewares/public-cache';
import { markCounted, publicLimiterOf, rateLimitHeaders } from './public-rate-limiter';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Headers that belong to one response, never sent again. */
const OWN_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'etag',
  'x-cache',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'retry-after',
]);

/** Whether the client has this version (If-None-Match), as Koa's `ctx.fresh` decides it. */
export function isFresh(headers: IncomingMessage['headers'], etag: string) {
  const noneMatch = headers['if-none-match'];
  if (!noneMatch) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(String(headers['cache-control'] ?? ''))) return false;
  if (noneMatch.trim() === '*') return true;
  return noneMatch
    .split(',')
    .map((token) => token.trim())
    .some((token) => token === etag || `W/${token}` === etag || token === `W/${etag}`);
}

/** Puts the edge in front of Koa on the app's HTTP server. */
export function answerKeptAnswersFirst(strapi: Core.Strapi) {
  const server = strapi.server.httpServer;
  const app = strapi.server.app;
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const cache = () => getService(strapi, 'public-cache');
  const koa = server.listeners('request') as Listener[];
  server.removeAllListeners('request');

  /** The request as Koa reads it (its own `path`, `querystring` and `ip`, with the proxy settings). */
  const koaRequest = (req: IncomingMessage) => {
    const request = Object.create(app.request) as {
      req: IncomingMessage;
      app: typeof app;
      path: string;
      querystring: string;
      ip: string;
    };
    request.req = req;
    request.app = app;
    return request;
  };

  /** Learns the headers of an answer Koa sent from, or into, the cache. */
  const learn = (key: string, origin: string, res: ServerResponse) =>
    res.once('finish', () => {
      if (res.statusCode !== 200 || !res.getHeader('x-cache')) return;
      const headers: AnswerHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !OWN_HEADERS.has(name)) headers[name] = value;
      }
      cache().keepHeaders(key, origin, headers);
    });

  function answer(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const request = koaRequest(req);
    if (!request.path.startsWith(`${prefix}/`) || req.headers.authorization || !cache().enabled()) return false;
    const key = publicCacheKey(request.path, request.querystring);
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : '';
    const kept = cache().sendable(key, origin);
    if (!kept) {
      learn(key, origin, res);
      return false;
    }
    const started = Date.now();
    const limiter = publicLimiterOf(app);
    const decision = limiter?.hit(clientKey(request.ip));
    if (decision && !decision.allowed) {
      // Koa answers the refusal (429, in Strapi's error shape), counting nothing again
      markCounted(req, decision);
      return false;
    }
    const fresh = isFresh(req.headers, kept.etag);
    res.statusCode = fresh ? 304 : 200;
    for (const [name, value] of Object.entries(kept.headers)) res.setHeader(name, value);
    if (limiter && decision) for (const [name, value] of Object.entries(rateLimitHeaders(limiter.settings, decision))) res.setHeader(name, value);
    res.setHeader('ETag', kept.etag);
    res.setHeader('X-Cache', 'hit');
    if (fresh) {
      res.removeHeader('content-type');
      res.end();
    } else {
      res.setHeader('Content-Length', kept.bytes.length);
      res.end(req.method === 'HEAD' ? undefined : kept.bytes);
    }
    // as strapi::logger logs every request
    strapi.log.http(`${req.method} ${req.url} (${Math.ceil(Date.now() - started)} ms) ${res.statusCode}`);
    return true;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!answer(req, res)) for (const listener of koa) listener.call(server, req, res);
  });
}
