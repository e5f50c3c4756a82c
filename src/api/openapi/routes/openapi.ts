/** The OpenAPI 3.1 document of the public API (built by the se-planning plugin's `openapi` service). */
import { publicReads } from '../../../public-routes';

export default publicReads([['/openapi.json', 'openapi.document']]);
