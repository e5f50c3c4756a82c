/** Adopted plans and their versions (what changed from one to the next), for the municipality websites. */
import { publicReads } from '../../../public-routes';

export default publicReads([
  ['/plans', 'plan.find'],
  ['/plans/:documentId', 'plan.findOne'],
  ['/plans/:documentId/versions/:number', 'plan.version'],
]);
