/** OPEN_DATA_PUBLISHER_* (src/open-data-publisher.ts) and the DCAT-AP catalogue's publisher and contact point. */
import { openDataPublisher } from '../src/open-data-publisher';
import { catalogue } from '../src/plugins/se-planning/server/src/public-api/open-data/catalog';

const env = (values: Record<string, string>) => (name: string) => values[name];
const modified = { programmes: '2026-11-30', results: null };
const names = (agent: any) => agent['foaf:name'].map((t: any) => [t['@language'], t['@value']]);

describe('the open data publisher', () => {
  it('is the portal itself when nothing is set', () => {
    expect(openDataPublisher(env({}))).toEqual({});
    const catalog = catalogue('https://portals.example.lv', modified, {});
    expect(names(catalog['dct:publisher'])).toEqual([
      ['lv', 'Sociālās uzņēmējdarbības atbalsta plānošanas portāls'],
      ['en', 'Social entrepreneurship planning portal'],
    ]);
    expect(catalog['dct:publisher']['foaf:homepage']).toEqual({ '@id': 'https://portals.example.lv' });
    expect(catalog['dcat:dataset'][0]['dcat:contactPoint']['vcard:hasEmail']).toBeUndefined();
  });

  it('is the configured organisation, in both languages, with its website and contact e-mail on every data set', () => {
    const publisher = openDataPublisher(
      env({
        OPEN_DATA_PUBLISHER_NAME: ' Parauga novada pašvaldība ',
        OPEN_DATA_PUBLISHER_NAME_EN: 'Parauga Municipality',
        OPEN_DATA_PUBLISHER_URL: 'https://www.parauga-novads.lv',
        OPEN_DATA_CONTACT_EMAIL: 'dati@parauga-novads.lv',
      }),
    );
    const catalog = catalogue('https://portals.example.lv', modified, publisher);
    for (const agent of [catalog['dct:publisher'], ...catalog['dcat:dataset'].map((d: any) => d['dct:publisher'])]) {
      expect(names(agent)).toEqual([
        ['lv', 'Parauga novada pašvaldība'],
        ['en', 'Parauga Municipality'],
      ]);
      expect(agent['foaf:homepage']).toEqual({ '@id': 'https://www.parauga-novads.lv' });
    }
    for (const dataset of catalog['dcat:dataset'])
      expect(dataset['dcat:contactPoint']).toEqual({
        '@type': 'vcard:Organization',
        'vcard:fn': 'Parauga novada pašvaldība',
        'vcard:hasURL': { '@id': 'https://www.parauga-novads.lv' },
        'vcard:hasEmail': { '@id': 'mailto:dati@parauga-novads.lv' },
      });
    // the files stay where the portal serves them
    expect(catalog['dcat:dataset'][0]['dcat:distribution'][0]['dcat:downloadURL']['@id']).toMatch(
      /^https:\/\/portals\.example\.lv\/api\/open-data\//,
    );
  });

  it('keeps the Latvian name in English when no English name is set', () => {
    const catalog = catalogue('https://p.lv', modified, openDataPublisher(env({ OPEN_DATA_PUBLISHER_NAME: 'VARAM' })));
    expect(names(catalog['dct:publisher'])).toEqual([
      ['lv', 'VARAM'],
      ['en', 'VARAM'],
    ]);
  });

  it.each([
    [
      { OPEN_DATA_PUBLISHER_NAME: 'X', OPEN_DATA_PUBLISHER_URL: 'parauga-novads.lv' },
      /OPEN_DATA_PUBLISHER_URL.*absolute/,
    ],
    [{ OPEN_DATA_PUBLISHER_NAME: 'X', OPEN_DATA_PUBLISHER_URL: 'ftp://parauga.lv' }, /OPEN_DATA_PUBLISHER_URL.*http/],
    [{ OPEN_DATA_PUBLISHER_NAME: 'X', OPEN_DATA_CONTACT_EMAIL: 'dati' }, /OPEN_DATA_CONTACT_EMAIL.*e-mail/],
    [{ OPEN_DATA_CONTACT_EMAIL: 'dati@parauga.lv' }, /OPEN_DATA_CONTACT_EMAIL.*without OPEN_DATA_PUBLISHER_NAME/],
  ])('stops the start on a value it could not publish (%j)', (values, message) => {
    expect(() => openDataPublisher(env(values))).toThrow(message);
  });
});
