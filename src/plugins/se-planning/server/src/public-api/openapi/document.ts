/** The OpenAPI 3.1 document of the public API, served at GET /api/openapi.json. */
import { paths, tags } from './paths';
import { responses } from './responses';
import { schemas } from './schemas';

/** Raise on a change that breaks clients (a removed or renamed field or parameter). */
const VERSION = '1.0.0';

const description = [
  'Public, read-only API for municipality websites and social enterprises: support programmes, engagement',
  'activities (also as an iCalendar feed), municipalities, target groups and the results of adopted plans.',
  'No authentication; only approved and published content. Lists answer `{ data, meta: { pagination, facets } }`,',
  'items `{ data }`, errors `{ data: null, error }`. An unknown parameter or an invalid value is a 400 that names',
  'the parameter. Answers carry an ETag and may be cached for 60 seconds.',
  '',
  'Publiska, tikai lasāma API pašvaldību tīmekļa vietnēm un sociālajiem uzņēmumiem: atbalsta programmas,',
  'sabiedrības iesaistes aktivitātes (arī iCalendar formātā), pašvaldības, mērķa grupas un pieņemto plānu',
  'rezultāti. Autentifikācija nav vajadzīga; redzams tikai apstiprināts un publicēts saturs. Nezināms parametrs',
  'vai nederīga vērtība dod kļūdu 400, kas nosauc parametru; kļūdu teksti ir latviski.',
].join('\n');

export const buildDocument = () => ({
  openapi: '3.1.0',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: {
    title:
      'Social entrepreneurship planning portal: public API / Sociālās uzņēmējdarbības plānošanas portāls: publiskā API',
    version: VERSION,
    description,
  },
  servers: [{ url: '/api', description: 'This server / šis serveris' }],
  tags,
  paths,
  components: { schemas, responses },
});
