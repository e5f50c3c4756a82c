/**
 * The public API's routes are all the same kind: anonymous, read-only GETs (only approved and published content,
 * decided by the se-planning plugin's public services). Each API lists its paths and handlers; this adds the rest.
 */
export const publicReads = (routes: [path: string, handler: string][]) => ({
  routes: routes.map(([path, handler]) => ({ method: 'GET', path, handler, config: { auth: false, policies: [] } })),
});
