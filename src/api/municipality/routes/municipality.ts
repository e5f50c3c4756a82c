/** The municipalities (shared vocabulary) for the websites. */
import { publicReads } from '../../../public-routes';

export default publicReads([['/municipalities', 'municipality.find']]);
