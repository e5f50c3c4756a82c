/**
 * The open data sets (common/open-data.ts) as files: CSV and JSON of the programmes and of the results, the
 * programmes as CommonGrants JSON, and the DCAT-AP catalogue. Read from the public read model only; every answer
 * states its licence (CC BY 4.0). Absolute addresses come from PUBLIC_URL, never from the request.
 */
import type { Core } from '@strapi/strapi';
import {
  csvColumns,
  OPEN_DATA_LICENSE,
  openDataSets,
  type OpenDataColumn,
  type OpenDataSetName,
} from '../../../../common/open-data';
import { openDataCatalogQuery, openDataQuery, type OpenDataQuery } from '../../../../common/rules/public-query';
import type { Locale } from '../../publication/render';
import { parseQuery } from '../query-errors';
import { catalogue, type Publisher } from './catalog';
import { opportunityList } from './commongrants';
import { csvFile, type CsvValue } from './csv';
import { openProgrammes, programmesModified } from './programme-rows';
import { openResults, resultsModified } from './result-rows';

export type OpenDataFormat = 'csv' | 'json';

const publicUrlOf = (strapi: Core.Strapi) => {
  const url = strapi.config.get('plugin::se-planning.publicUrl');
  if (typeof url !== 'string' || url === '') throw new Error('se-planning: publicUrl (PUBLIC_URL) is not configured');
  return url;
};

function fileOf(set: OpenDataSetName, locale: Locale, rows: Record<string, unknown>[], format: OpenDataFormat) {
  const columns: readonly OpenDataColumn[] = openDataSets[set].columns;
  if (format === 'csv') {
    const header = csvColumns(columns).map((c) => c.name);
    return csvFile(
      header,
      rows.map((row) => header.map((name) => row[name] as CsvValue)),
    );
  }
  return JSON.stringify({
    dataset: openDataSets[set].file,
    title: openDataSets[set].title[locale],
    license: OPEN_DATA_LICENSE.name,
    licenseUrl: OPEN_DATA_LICENSE.url,
    locale,
    columns: columns.map((c) => ({ name: c.name, type: c.type, description: c.description[locale] })),
    data: rows,
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  return {
    /** Every published support programme, one row each. */
    async programmes(format: OpenDataFormat, query: unknown): Promise<string> {
      const { locale } = parseQuery<OpenDataQuery>(openDataQuery, query);
      const programmes = await openProgrammes(knex(), locale, publicUrlOf(strapi));
      return fileOf(
        'programmes',
        locale,
        programmes.map((p) => p.row),
        format,
      );
    },

    /** Every indicator of the adopted plans, one row each (JSON: with its measurements). */
    async results(format: OpenDataFormat, query: unknown): Promise<string> {
      const { locale } = parseQuery<OpenDataQuery>(openDataQuery, query);
      return fileOf('results', locale, await openResults(knex(), locale), format);
    },

    /** The programmes as a CommonGrants list of opportunities. */
    async commonGrants(query: unknown): Promise<string> {
      const { locale } = parseQuery<OpenDataQuery>(openDataQuery, query);
      const list = opportunityList(await openProgrammes(knex(), locale, publicUrlOf(strapi)));
      return JSON.stringify({ ...list, license: OPEN_DATA_LICENSE.name, licenseUrl: OPEN_DATA_LICENSE.url });
    },

    /** The DCAT-AP catalogue of both data sets (JSON-LD). */
    async catalog(query: unknown): Promise<string> {
      parseQuery(openDataCatalogQuery, query);
      const modified = { programmes: await programmesModified(knex()), results: await resultsModified(knex()) };
      const publisher = strapi.config.get('plugin::se-planning.openData.publisher', {}) as Publisher;
      return JSON.stringify(catalogue(publicUrlOf(strapi), modified, publisher));
    },
  };
};
