/**
 * The open data sets the portal publishes for the national open-data portal (data.gov.lv), declared once: each
 * data set's columns in order, with their type (Frictionless Table Schema names) and a Latvian and English
 * description. The CSV header, the JSON `columns`, the DCAT-AP catalogue and the README's column tables are all
 * made from these lists (tests/open-data.test.ts holds the README to them).
 */
import type { Label } from './vocabulary';

export type OpenDataType = 'string' | 'integer' | 'number' | 'date' | 'datetime' | 'array';
export type OpenDataColumn = {
  name: string;
  type: OpenDataType;
  description: Label;
  /** Only in the JSON distribution (a list of records a CSV cell cannot hold). */
  jsonOnly?: true;
};

const column = (name: string, type: OpenDataType, lv: string, en: string, jsonOnly?: true): OpenDataColumn => ({
  name,
  type,
  description: { lv, en },
  ...(jsonOnly && { jsonOnly }),
});

export const OPEN_DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** CSV cells of an `array` column: the items joined by this. */
export const CSV_LIST_SEPARATOR = ';';

/** One row per published support programme. */
export const programmeColumns = [
  column('documentId', 'string', 'Programmas pastāvīgais identifikators', "The programme's stable identifier"),
  column('slug', 'string', 'Programmas adreses identifikators', "The programme's address identifier"),
  column('locale', 'string', 'Tekstu valoda (lv vai en)', 'Language of the texts (lv or en)'),
  column('title', 'string', 'Nosaukums', 'Title'),
  column('summary', 'string', 'Īss apraksts', 'Summary'),
  column('description', 'string', 'Apraksts', 'Description'),
  column('kind', 'string', 'Atbalsta veida atslēga', 'Kind of support (key)'),
  column('kindLabel', 'string', 'Atbalsta veids', 'Kind of support'),
  column(
    'state',
    'string',
    'Stāvoklis šodien: upcoming, open, closed, ongoing',
    "Today's state: upcoming, open, closed, ongoing",
  ),
  column('stateLabel', 'string', 'Stāvoklis šodien', "Today's state"),
  column('municipality', 'string', 'Pašvaldības identifikators (slug)', 'Municipality (slug)'),
  column('municipalityName', 'string', 'Pašvaldība', 'Municipality'),
  column('implementer', 'string', 'Īstenotājs', 'Implementer'),
  column('targetGroups', 'array', 'Mērķa grupu identifikatori (slug)', 'Target groups (slugs)'),
  column('targetGroupNames', 'array', 'Mērķa grupas', 'Target groups'),
  column('eligibility', 'string', 'Kas var pieteikties', 'Eligibility'),
  column('amountMin', 'number', 'Mazākā summa, EUR', 'Minimum amount, EUR'),
  column('amountMax', 'number', 'Lielākā summa, EUR', 'Maximum amount, EUR'),
  column('totalBudget', 'number', 'Kopējais budžets, EUR', 'Total budget, EUR'),
  column('currency', 'string', 'Valūta', 'Currency'),
  column('opensOn', 'date', 'Pieteikšanās sākums', 'Applications open'),
  column('closesOn', 'date', 'Pieteikšanās beigas', 'Applications close'),
  column('howToApply', 'string', 'Kā pieteikties', 'How to apply'),
  column('websiteUrl', 'string', 'Tīmekļa vietne', 'Website'),
  column('contactEmail', 'string', 'E-pasts', 'E-mail'),
  column('contactPhone', 'string', 'Tālrunis', 'Phone'),
  column('legalBasis', 'array', 'Tiesiskais pamats (dokumentu nosaukumi)', 'Legal basis (document titles)'),
  column('publishedAt', 'datetime', 'Publicēts', 'Published'),
  column('url', 'string', 'Programmas lapa portālā', "The programme's page on the portal"),
] as const satisfies readonly OpenDataColumn[];

/** One row per indicator of an adopted plan's latest adopted version; JSON rows add the measurements. */
export const resultColumns = [
  column('municipality', 'string', 'Pašvaldības identifikators (slug)', 'Municipality (slug)'),
  column('municipalityName', 'string', 'Pašvaldība', 'Municipality'),
  column('planDocumentId', 'string', 'Plāna identifikators', "The plan's identifier"),
  column('planTitle', 'string', 'Plāna nosaukums', "The plan's title"),
  column('periodStartYear', 'integer', 'Plāna perioda sākuma gads', "The plan period's first year"),
  column('periodEndYear', 'integer', 'Plāna perioda beigu gads', "The plan period's last year"),
  column('goalDocumentId', 'string', 'Mērķa identifikators', "The goal's identifier"),
  column('goalTitle', 'string', 'Mērķis, ko rādītājs mēra', 'The goal the indicator measures'),
  column('indicatorDocumentId', 'string', 'Rādītāja identifikators', "The indicator's identifier"),
  column('indicatorTitle', 'string', 'Rādītājs', 'Indicator'),
  column('kind', 'string', 'Rādītāja veida atslēga', 'Kind of indicator (key)'),
  column('kindLabel', 'string', 'Rādītāja veids', 'Kind of indicator'),
  column('unit', 'string', 'Mērvienība', 'Unit'),
  column('baseline', 'number', 'Sākotnējā vērtība', 'Baseline'),
  column('target', 'number', 'Mērķa vērtība', 'Target'),
  column('targetText', 'string', 'Mērķis vārdos', 'Target in words'),
  column('targetDate', 'date', 'Mērķa termiņš', 'Target date'),
  column('latestValue', 'number', 'Pēdējā izmērītā vērtība', 'Latest measured value'),
  column('latestQualitativeValue', 'string', 'Pēdējais kvalitatīvais novērtējums', 'Latest qualitative value'),
  column('latestMeasuredOn', 'date', 'Pēdējā mērījuma datums', 'Date of the latest measurement'),
  column('measurementCount', 'integer', 'Publicēto mērījumu skaits', 'Number of published measurements'),
  column(
    'measurements',
    'array',
    'Publicētie mērījumi pēc datuma: measuredOn, value, qualitativeValue',
    'Published measurements by date: measuredOn, value, qualitativeValue',
    true,
  ),
] as const satisfies readonly OpenDataColumn[];

export type ProgrammeColumn = (typeof programmeColumns)[number]['name'];
export type ResultColumn = (typeof resultColumns)[number]['name'];

/** The data sets, as the catalogue and the endpoints name them (`/api/open-data/<file>.csv|.json`). */
export const openDataSets = {
  programmes: {
    file: 'support-programmes',
    columns: programmeColumns,
    title: { lv: 'Sociālās uzņēmējdarbības atbalsta programmas', en: 'Support programmes for social enterprises' },
    description: {
      lv: 'Pašvaldību publicētās atbalsta programmas sociālajiem uzņēmumiem: veids, mērķa grupas, summas, pieteikšanās termiņi un kontakti. Viena rinda katrai programmai.',
      en: 'Support programmes for social enterprises published by the municipalities: kind, target groups, amounts, application windows and contacts. One row per programme.',
    },
    keywords: {
      lv: ['sociālā uzņēmējdarbība', 'atbalsta programmas', 'granti', 'pašvaldības'],
      en: ['social entrepreneurship', 'support programmes', 'grants', 'municipalities'],
    },
    /** EU data theme (publications.europa.eu authority table). */
    theme: 'ECON',
  },
  results: {
    file: 'results',
    columns: resultColumns,
    title: {
      lv: 'Sociālās uzņēmējdarbības rīcības plānu rezultāti',
      en: 'Results of the social entrepreneurship action plans',
    },
    description: {
      lv: 'Pieņemto pašvaldību rīcības plānu rādītāji: sākotnējā vērtība, mērķis, termiņš un publicētie mērījumi. Viena rinda katram rādītājam.',
      en: "Indicators of the municipalities' adopted action plans: baseline, target, target date and the published measurements. One row per indicator.",
    },
    keywords: {
      lv: ['sociālā uzņēmējdarbība', 'rīcības plāni', 'rādītāji', 'pašvaldības'],
      en: ['social entrepreneurship', 'action plans', 'indicators', 'municipalities'],
    },
    theme: 'GOVE',
  },
} as const;
export type OpenDataSetName = keyof typeof openDataSets;

/** The columns a data set's CSV has, in order. */
export const csvColumns = (columns: readonly OpenDataColumn[]) => columns.filter((c) => !c.jsonOnly);

/** A data set's columns as a Markdown table (README, "Open data"). */
export const columnTable = (columns: readonly OpenDataColumn[]) =>
  [
    '| column | type | description | apraksts |',
    '| --- | --- | --- | --- |',
    ...columns.map(
      (c) =>
        `| \`${c.name}\` | ${c.type}${c.jsonOnly ? ' (JSON only)' : ''} | ${c.description.en} | ${c.description.lv} |`,
    ),
  ].join('\n');
