/** Public results: indicators of adopted plans with their targets and approved measurements. */
import { publicReads } from '../../../public-routes';

export default publicReads([['/results', 'result.find']]);
