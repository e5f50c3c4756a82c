/**
 * The public API's routes are all the same kind: anonymous, read-only GETs (only approved and published content,
 * decided by the se-planning plugin's public services). Each API lists its paths and handlers; this adds the rest.
 */
export const publicReads = (routes: [path: string, handler: string][]) => ({
  routes: routes.map(([path, handler]) => ({ method: 'GET', path, handler, config: { auth: false, policies: [] } })),
});

/** A public answer the read model gives as JSON text (stored answers put together, not parsed again). */
export const answerJson = (ctx: { type: string; body: unknown }, json: string) => {
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = json;
};
