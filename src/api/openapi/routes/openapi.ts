/** The OpenAPI 3.1 document of the public API (built by the se-planning plugin's `openapi` service). */
export default {
  routes: [
    { method: 'GET', path: '/openapi.json', handler: 'openapi.document', config: { auth: false, policies: [] } },
  ],
};
