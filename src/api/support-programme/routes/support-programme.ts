/** The support-programme catalogue for the municipality websites and social enterprises. */
import { publicReads } from '../../../public-routes';

export default publicReads([
  ['/support-programmes', 'support-programme.find'],
  ['/support-programmes/:slugOrDocumentId', 'support-programme.findOne'],
]);
