/** Public, read-only list for the municipality websites (shared vocabulary). */
export default {
  routes: [
    { method: 'GET', path: '/municipalities', handler: 'municipality.find', config: { auth: false, policies: [] } },
  ],
};
