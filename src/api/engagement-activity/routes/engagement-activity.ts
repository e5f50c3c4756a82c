/**
 * Public engagement activities (events, competitions, info days) and their iCalendar feed.
 * No authentication; only approved and published content.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/engagement-activities',
      handler: 'engagement-activity.find',
      config: { auth: false, policies: [] },
    },
    // before /:slugOrDocumentId, which would take "calendar.ics" for a slug
    {
      method: 'GET',
      path: '/engagement-activities/calendar.ics',
      handler: 'engagement-activity.calendar',
      config: { auth: false, policies: [] },
    },
    {
      method: 'GET',
      path: '/engagement-activities/:slugOrDocumentId',
      handler: 'engagement-activity.findOne',
      config: { auth: false, policies: [] },
    },
  ],
};
