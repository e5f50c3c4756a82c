/**
 * Open data for the national open-data portal (data.gov.lv): the support programmes and the results of adopted
 * plans as CSV and JSON (CC BY 4.0), the programmes as CommonGrants JSON, and the DCAT-AP catalogue it harvests.
 */
import { publicReads } from '../../../public-routes';

export default publicReads([
  ['/open-data/catalog.jsonld', 'open-data.catalog'],
  ['/open-data/support-programmes.csv', 'open-data.programmesCsv'],
  ['/open-data/support-programmes.json', 'open-data.programmesJson'],
  ['/open-data/support-programmes.commongrants.json', 'open-data.programmesCommonGrants'],
  ['/open-data/results.csv', 'open-data.resultsCsv'],
  ['/open-data/results.json', 'open-data.resultsJson'],
]);
