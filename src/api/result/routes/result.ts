/**
 * Public results: indicators of adopted plans with their targets and approved measurements.
 * No authentication.
 */
export default {
  routes: [{ method: 'GET', path: '/results', handler: 'result.find', config: { auth: false, policies: [] } }],
};
