/** Public, read-only list for the municipality websites (shared vocabulary). */
export default {
  routes: [
    { method: 'GET', path: '/target-groups', handler: 'target-group.find', config: { auth: false, policies: [] } },
  ],
};
