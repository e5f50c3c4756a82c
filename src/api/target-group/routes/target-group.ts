/** The target groups (shared vocabulary) for the websites. */
import { publicReads } from '../../../public-routes';

export default publicReads([['/target-groups', 'target-group.find']]);
