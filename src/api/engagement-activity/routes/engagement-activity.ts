/** Public engagement activities (events, competitions, info days) and their iCalendar feed. */
import { publicReads } from '../../../public-routes';

export default publicReads([
  ['/engagement-activities', 'engagement-activity.find'],
  // before /:slugOrDocumentId, which would take "calendar.ics" for a slug
  ['/engagement-activities/calendar.ics', 'engagement-activity.calendar'],
  ['/engagement-activities/:slugOrDocumentId', 'engagement-activity.findOne'],
]);
