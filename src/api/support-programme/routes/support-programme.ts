/**
 * Public, read-only support-programme catalogue for the municipality websites and social
 * enterprises. No authentication; only approved and published content (see the plugin's
 * public-programmes service).
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/support-programmes',
      handler: 'support-programme.find',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/support-programmes/:slugOrDocumentId',
      handler: 'support-programme.findOne',
      config: { auth: false, policies: [] },
    },
  ],
};
