/**
 * The public API answered at the HTTP server, before Koa. The public routes (src/api/*: anonymous GETs without
 * policies, src/public-routes.ts) do nothing a middleware between them and the server needs to see, so once Koa
 * has answered a route — which is where the headers every answer of that route goes out with are learnt:
 * security headers, CSP, CORS for that Origin, Cache-Control, the content type — a GET of it without credentials
 * is answered here: from the response cache when it keeps the answer (src/middlewares/public-cache.ts), else by
 * the route's own controller, its answer then kept as the middleware would keep it. Each is counted in the same
 * rate limit, given its ETag (304 for If-None-Match) and logged like every request (src/edge/request-log.ts, a
 * listener ahead of this one). Everything else — the first request of a route and Origin, HEAD of an answer not
 * kept, an error (but the database unreachable: its 503 is answered here), an unknown path — goes through Koa as
 * before, and an answer given here is the answer Koa would give. The residents' website's pages and feeds
 * (src/site/) are answered here the same way, from the response cache only: a page not kept is rendered by Koa.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Core } from '@strapi/strapi';
import { getService } from '../plugins/se-planning/server/src/get-service';
import type { AnswerHeaders } from '../plugins/se-planning/server/src/public-api/cache';
import { clientKey } from './client-key';
import { etagOf, publicCacheKey } from '../middlewares/public-cache';
import { markCounted, publicLimiterOf, rateLimitHeaders } from './public-rate-limiter';
import { isSiteRead, siteAnswerKind, SITE_ANSWER_KINDS } from '../site/paths';
import { isDatabaseUnavailable } from './database-unavailable';
import { noteUnavailable, unavailableBody, unavailableHeaders } from './unavailable-answer';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;
type Controller = (ctx: PublicContext) => Promise<void> | void;
/** What the public controllers read and write of Koa's context. */
type PublicContext = { query: unknown; params: Record<string, string>; type: string; body: unknown };
type PublicRoute = { path: string; pattern: RegExp; names: string[]; controller: () => Controller };

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
  'x-request-id',
]);

/** Headers of a route's content, not sent with an error. */
const CONTENT_HEADERS = new Set(['content-type', 'content-disposition', 'cache-control', 'link']);

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

/** A route's path (`/plans/:documentId/versions/:number`) as a pattern over the request path, in Koa's way. */
function patternOf(prefix: string, path: string) {
  const names: string[] = [];
  const source = `${prefix}${path}`
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+?)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}/?$`, 'i'), names };
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The public routes of the app's APIs, in their declared order. */
function publicRoutes(strapi: Core.Strapi, prefix: string): PublicRoute[] {
  return Object.entries(strapi.apis).flatMap(([api, definition]) =>
    Object.values((definition as { routes: Record<string, { routes: any[] }> }).routes).flatMap((router) =>
      router.routes
        .filter(
          (route) =>
            route.method === 'GET' &&
            route.config?.auth === false &&
            !route.config?.policies?.length &&
            !route.config?.middlewares?.length,
        )
        .map((route) => {
          const [controllerName, action] = String(route.handler).split('.');
          return {
            path: route.path as string,
            ...patternOf(prefix, route.path as string),
            controller: () =>
              (strapi.controller(`api::${api}.${controllerName}` as never) as unknown as Record<string, Controller>)[
                action
              ],
          };
        }),
    ),
  );
}

/** Puts the edge in front of Koa on the app's HTTP server. */
export function answerPublicReadsFirst(strapi: Core.Strapi) {
  const server = strapi.server.httpServer;
  const app = strapi.server.app;
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const cache = () => getService(strapi, 'public-cache');
  const koa = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const routes = publicRoutes(strapi, prefix);
  /** The headers each route's answers go out with, per Origin ('' for none), as Koa gave them. */
  const learnt = new Map<string, AnswerHeaders>();

  /** The request as Koa reads it: its own `path`, `querystring`, `query` (Strapi's parser) and `ip`. */
  const koaRequest = (req: IncomingMessage) => {
    const request = Object.create(app.request) as {
      req: IncomingMessage;
      app: typeof app;
      path: string;
      querystring: string;
      query: unknown;
      ip: string;
    };
    request.req = req;
    request.app = app;
    return request;
  };

  const routeOf = (path: string) => {
    for (const route of routes) {
      const match = route.pattern.exec(path);
      if (match)
        return { route, params: Object.fromEntries(route.names.map((name, i) => [name, decode(match[i + 1])])) };
    }
    return undefined;
  };

  /** Learns the headers of a route's answer Koa sent (a 200 the public cache middleware handled). */
  const learn = (headersKey: string, res: ServerResponse) =>
    res.once('finish', () => {
      if (res.statusCode !== 200 || !res.getHeader('x-cache')) return;
      const headers: AnswerHeaders = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined && !OWN_HEADERS.has(name)) headers[name] = value;
      }
      // a handful of Origins per route (the allowed websites and none): beyond that Koa answers the rest
      if (learnt.size < (routes.length + SITE_ANSWER_KINDS) * 16 || learnt.has(headersKey))
        learnt.set(headersKey, headers);
    });

  /** Sends an answer with its route's headers, its ETag and the client's rate-limit state. */
  function send(
    req: IncomingMessage,
    res: ServerResponse,
    answer: { bytes: Buffer; etag: string; hit: boolean },
    headers: AnswerHeaders,
    rate: Record<string, string> | undefined,
  ) {
    const fresh = isFresh(req.headers, answer.etag);
    res.statusCode = fresh ? 304 : 200;
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    for (const [name, value] of Object.entries(rate ?? {})) res.setHeader(name, value);
    res.setHeader('ETag', answer.etag);
    res.setHeader('X-Cache', answer.hit ? 'hit' : 'miss');
    if (fresh) {
      res.removeHeader('content-type');
      res.end();
    } else {
      res.setHeader('Content-Length', answer.bytes.length);
      res.end(req.method === 'HEAD' ? undefined : answer.bytes);
    }
  }

  /** The 503 of a request the database could not answer, with its route's headers but not its content's. */
  function sendUnavailable(
    req: IncomingMessage,
    res: ServerResponse,
    headers: AnswerHeaders,
    rate: Record<string, string> | undefined,
  ) {
    res.statusCode = 503;
    for (const [name, value] of Object.entries(headers)) {
      if (!CONTENT_HEADERS.has(name)) res.setHeader(name, value);
    }
    for (const [name, value] of Object.entries({ ...rate, ...unavailableHeaders() })) res.setHeader(name, value);
    const bytes = Buffer.from(JSON.stringify(unavailableBody()));
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', bytes.length);
    res.end(bytes);
  }

  /** Answers the request here if it can; false leaves it to Koa. */
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const request = koaRequest(req);
    if (req.headers.authorization) return false;
    const apiPath = request.path.startsWith(`${prefix}/`);
    // the residents' website's pages and feeds (src/site/): answered here from the cache only
    const sitePath = !apiPath && isSiteRead(request.path);
    if (!apiPath && !sitePath) return false;
    const found = apiPath ? routeOf(request.path) : undefined;
    if (apiPath && !found) return false;
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : '';
    const headersKey = `${found ? found.route.path : siteAnswerKind(request.path)}\n${origin}`;
    const headers = learnt.get(headersKey);
    if (!headers) {
      learn(headersKey, res);
      return false;
    }
    const key = publicCacheKey(request.path, request.querystring);
    const kept = cache().enabled() ? cache().sendable(key) : undefined;
    // HEAD of an answer not kept: Koa (it answers HEAD by running GET); a site page not kept: Koa renders it
    if (!kept && (req.method === 'HEAD' || !found)) return false;

    const limiter = publicLimiterOf(app);
    const decision = limiter?.hit(clientKey(request.ip));
    if (decision) markCounted(req, decision);
    // over the limit: Koa answers the refusal (429, in Strapi's error shape), counting nothing again
    if (decision && !decision.allowed) return false;
    const rate = limiter && decision ? rateLimitHeaders(limiter.settings, decision) : undefined;
    if (kept) {
      send(req, res, { ...kept, hit: true }, headers, rate);
      return true;
    }

    if (!found) return false;
    const since = cache().generation();
    const ctx: PublicContext = { query: request.query, params: found.params, type: '', body: undefined };
    try {
      await found.route.controller()(ctx);
    } catch (error) {
      // the database away: answered here as Koa would (src/middlewares/database-unavailable.ts), not tried again
      // through Koa, which would wait for the pool a second time
      if (isDatabaseUnavailable(error)) {
        noteUnavailable(strapi, `${req.method} ${request.path}`, error as Error);
        sendUnavailable(req, res, headers, rate);
        return true;
      }
      // a 400 or a 404: Koa answers it again, in Strapi's error shape
      return false;
    }
    const body =
      typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : JSON.stringify(ctx.body ?? null);
    const etag = etagOf(body);
    if (cache().enabled())
      cache().set(key, { status: 200, type: String(headers['content-type'] ?? ''), body, etag }, since);
    send(req, res, { bytes: Buffer.isBuffer(body) ? body : Buffer.from(body), etag, hit: false }, headers, rate);
    return true;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    answer(req, res).then(
      (answered) => {
        if (!answered) for (const listener of koa) listener.call(server, req, res);
      },
      (error: Error) => {
        strapi.log.error(`[edge] ${req.method} ${req.url}: ${error.message}`);
        if (!res.headersSent) for (const listener of koa) listener.call(server, req, res);
      },
    );
  });
}
