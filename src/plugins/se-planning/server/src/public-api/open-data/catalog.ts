/**
 * The open data as a DCAT-AP catalogue (JSON-LD), for harvesting by the national open-data portal (data.gov.lv):
 * a `dcat:Catalog` with one `dcat:Dataset` per data set (common/open-data.ts), titles, descriptions and keywords
 * in Latvian and English, CC BY 4.0, and a CSV and a JSON distribution each (the programmes also as CommonGrants
 * JSON), every address absolute from PUBLIC_URL; the publisher and contact point as configured.
 */
import { OPEN_DATA_LICENSE, openDataSets, type OpenDataSetName } from '../../../../common/open-data';
import type { Label } from '../../../../common/vocabulary';

const EU = 'http://publications.europa.eu/resource/authority';
const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};
const PORTAL: Label = {
  lv: 'Sociālās uzņēmējdarbības atbalsta plānošanas portāls',
  en: 'Social entrepreneurship planning portal',
};

/** Where the endpoints answer, below PUBLIC_URL. */
export const OPEN_DATA_PATH = '/api/open-data';

const texts = (label: Label) => [
  { '@value': label.lv, '@language': 'lv' },
  { '@value': label.en, '@language': 'en' },
];
const ref = (id: string) => ({ '@id': id });

type Format = { extension: string; title: string; format: string; mediaType: string; conformsTo?: string };
const FORMATS: Record<'csv' | 'json' | 'commongrants', Format> = {
  csv: { extension: 'csv', title: 'CSV', format: 'CSV', mediaType: 'text/csv' },
  json: { extension: 'json', title: 'JSON', format: 'JSON', mediaType: 'application/json' },
  commongrants: {
    extension: 'commongrants.json',
    title: 'CommonGrants JSON',
    format: 'JSON',
    mediaType: 'application/json',
    conformsTo: 'https://commongrants.org/protocol/',
  },
};

export type Modified = Record<OpenDataSetName, string | null>;

/**
 * Who publishes the data (the municipality or the national body running the portal), as configured
 * (OPEN_DATA_PUBLISHER_*); the portal itself at PUBLIC_URL when nothing is.
 */
export type Publisher = { name?: string; nameEn?: string; url?: string; email?: string };

export function catalogue(publicUrl: string, modified: Modified, configured: Publisher = {}) {
  const base = `${publicUrl}${OPEN_DATA_PATH}`;
  const license = ref(OPEN_DATA_LICENSE.url);
  const name: Label = configured.name ? { lv: configured.name, en: configured.nameEn || configured.name } : PORTAL;
  const homepage = configured.url || publicUrl;
  const publisher = { '@type': 'foaf:Agent', 'foaf:name': texts(name), 'foaf:homepage': ref(homepage) };
  const contactPoint = {
    '@type': 'vcard:Organization',
    'vcard:fn': name.lv,
    'vcard:hasURL': ref(homepage),
    ...(configured.email && { 'vcard:hasEmail': ref(`mailto:${configured.email}`) }),
  };
  const distribution = (file: string, format: Format) => {
    const url = `${base}/${file}.${format.extension}`;
    return {
      '@id': url,
      '@type': 'dcat:Distribution',
      'dct:title': format.title,
      'dcat:accessURL': ref(url),
      'dcat:downloadURL': ref(url),
      'dct:format': ref(`${EU}/file-type/${format.format}`),
      'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${format.mediaType}`),
      'dct:license': license,
      ...(format.conformsTo && { 'dct:conformsTo': ref(format.conformsTo) }),
    };
  };
  const dataset = (name: OpenDataSetName) => {
    const set = openDataSets[name];
    const formats =
      name === 'programmes' ? [FORMATS.csv, FORMATS.json, FORMATS.commongrants] : [FORMATS.csv, FORMATS.json];
    return {
      '@id': `${base}/catalog.jsonld#${set.file}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': set.file,
      'dct:title': texts(set.title),
      'dct:description': texts(set.description),
      'dcat:keyword': [
        ...set.keywords.lv.map((word) => ({ '@value': word, '@language': 'lv' })),
        ...set.keywords.en.map((word) => ({ '@value': word, '@language': 'en' })),
      ],
      'dcat:theme': ref(`${EU}/data-theme/${set.theme}`),
      'dct:language': [ref(`${EU}/language/LAV`), ref(`${EU}/language/ENG`)],
      'dct:spatial': ref(`${EU}/country/LVA`),
      'dct:publisher': publisher,
      'dcat:contactPoint': contactPoint,
      'dct:license': license,
      'dct:accessRights': ref(`${EU}/access-right/PUBLIC`),
      ...(modified[name] && { 'dct:modified': { '@value': modified[name], '@type': dateType(modified[name]) } }),
      'dcat:distribution': formats.map((format) => distribution(set.file, format)),
    };
  };
  return {
    '@context': CONTEXT,
    '@id': `${base}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': texts({ lv: `${PORTAL.lv}: atvērtie dati`, en: `${PORTAL.en}: open data` }),
    'dct:description': texts({
      lv: 'Pašvaldību sociālās uzņēmējdarbības atbalsta programmas un rīcības plānu rezultāti kā atvērtie dati (CC BY 4.0).',
      en: "The municipalities' support programmes for social enterprises and the results of their action plans as open data (CC BY 4.0).",
    }),
    'dct:publisher': publisher,
    'foaf:homepage': ref(publicUrl),
    'dct:license': license,
    'dct:language': [ref(`${EU}/language/LAV`), ref(`${EU}/language/ENG`)],
    'dcat:dataset': (Object.keys(openDataSets) as OpenDataSetName[]).map(dataset),
  };
}

const dateType = (value: string) => (value.length > 10 ? 'xsd:dateTime' : 'xsd:date');
