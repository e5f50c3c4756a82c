/**
 * Output safety without a running Strapi: the iCalendar writer against hostile values in every property, the URL
 * and calendar-date rules of common/rules on every field and parameter they cover (found from the model and the
 * zod schemas, so a new field or parameter is covered or the test says which is not), and the PUBLIC_URL setting.
 */
import { z } from 'zod';
import { fold, textValue, toICalendar, uriValue } from '../src/plugins/se-planning/server/src/public-api/icalendar';
import { model } from '../src/plugins/se-planning/server/src/content-types/model';
import { url as urlAttribute } from '../src/plugins/se-planning/server/src/content-types/attributes';
import { calendarFields, checkRow, nonexistentDates } from '../src/plugins/se-planning/common/rules/worksheet-rules';
import {
  isCalendarDate,
  isExistingDay,
  isHttpUrl,
  urlMessages,
} from '../src/plugins/se-planning/common/rules/primitives';
import * as publicQuery from '../src/plugins/se-planning/common/rules/public-query';
import { queryIssues } from '../src/plugins/se-planning/common/rules/public-query';
import { publicUrl } from '../src/public-url';
import pluginsConfig from '../config/plugins';
import type { ModelName } from '../src/plugins/se-planning/common/model-names';

/** Content lines `NAME[;param=…]:value` (RFC 5545 §3.1) or a fold continuation (a space first). */
const CONTENT_LINE = /^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=[^";:,\x00-\x1f\x7f]*)*:/;
const physicalLines = (feed: string) => feed.replace(/\r\n$/, '').split(/\r\n|\r|\n/);
const unfolded = (feed: string) => feed.replace(/\r\n /g, '').split('\r\n');
/** A TEXT value read back (RFC 5545 §3.3.11). */
const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const INJECTION = '\r\nATTACH:https://evil.example/x.exe\rATTACH:cr\nATTACH:lf\u2028ATTACH:ls\u0085ATTACH:nel';
const CONTROLS = '\u0000\u0001\u0007\b\t\u000b\u000c\u001b\u007f\u0080\u009f';

describe('the iCalendar feed with hostile values in every property', () => {
  const hostileEvent = {
    documentId: `abc${INJECTION}`,
    slug: `slug${INJECTION}`,
    title: `Virsraksts; ar, zīmēm \\ ${INJECTION}${CONTROLS}`,
    description: `Apraksts${INJECTION}${CONTROLS} ${'ļoti garš teksts ar garumzīmēm ūņķģ '.repeat(8)}`,
    place: `Vieta${INJECTION}`,
    startsAt: '2027-03-10T10:00:00.000Z',
    endsAt: '2027-03-10T12:00:00.000Z',
    registrationUrl: `https://x.lv/a${INJECTION}${CONTROLS} b`,
    publishedAt: '2027-01-01T00:00:00.000Z',
  };
  const feed = toICalendar([hostileEvent, { ...hostileEvent, registrationUrl: null }], {
    name: `Kalendārs${INJECTION}`,
    publicUrl: 'https://portals.parauga-novads.lv/su/',
  });

  it('has no line that starts a property the data chose', () => {
    for (const line of physicalLines(feed)) expect(line).not.toMatch(/^ATTACH/);
    const names = unfolded(feed)
      .filter(Boolean)
      .map((line) => line.split(/[;:]/)[0]);
    expect([...new Set(names)].sort()).toEqual(
      [
        'BEGIN',
        'CALSCALE',
        'DESCRIPTION',
        'DTEND',
        'DTSTAMP',
        'DTSTART',
        'END',
        'LOCATION',
        'METHOD',
        'PRODID',
        'SUMMARY',
        'UID',
        'URL',
        'VERSION',
        'X-WR-CALNAME',
        'X-WR-TIMEZONE',
      ].sort(),
    );
    expect(unfolded(feed).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('is valid iCalendar lines: CR LF only as line ends, no control character, at most 75 octets', () => {
    expect(feed.endsWith('\r\n')).toBe(true);
    const body = feed.replace(/\r\n/g, '');
    expect(body).not.toMatch(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/);
    for (const line of physicalLines(feed)) {
      expect({ line, valid: CONTENT_LINE.test(line) || line.startsWith(' ') }).toEqual({ line, valid: true });
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('escapes TEXT values and keeps what they say, line breaks included', () => {
    const summary = unfolded(feed).find((line) => line.startsWith('SUMMARY:'))!;
    expect(unescape(summary.slice('SUMMARY:'.length))).toBe(
      'Virsraksts; ar, zīmēm \\ \nATTACH:https://evil.example/x.exe\nATTACH:cr\nATTACH:lf\nATTACH:ls\nATTACH:nel \n\n',
    );
    const description = unfolded(feed).find((line) => line.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('ļoti garš teksts ar garumzīmēm ūņķģ');
    expect(unfolded(feed)).toContain(
      'LOCATION:Vieta\\nATTACH:https://evil.example/x.exe\\nATTACH:cr\\nATTACH:lf\\nATTACH:ls\\nATTACH:nel',
    );
    expect(unfolded(feed)[5]).toMatch(/^X-WR-CALNAME:Kalendārs\\nATTACH/);
  });

  it('keeps URIs and UIDs free of controls and whitespace, and builds links from the public URL', () => {
    const lines = unfolded(feed);
    const urls = lines.filter((line) => line.startsWith('URL:'));
    expect(urls[0]).toBe(
      'URL:https://x.lv/aATTACH:https://evil.example/x.exeATTACH:crATTACH:lfATTACH:lsATTACH:nel%20b',
    );
    expect(urls[1]).toBe(
      'URL:https://portals.parauga-novads.lv/su/api/engagement-activities/' +
        encodeURIComponent('slugATTACH:https://evil.example/x.exeATTACH:crATTACH:lfATTACH:lsATTACH:nel'),
    );
    for (const line of lines.filter((l) => /^(URL|UID):/.test(l))) expect(line).not.toMatch(/\s/);
    expect(lines.filter((line) => line.startsWith('UID:'))[0]).toMatch(/^UID:abcATTACH.*@portals\.parauga-novads\.lv$/);
  });

  it('escapes per RFC 5545 and drops controls', () => {
    expect(textValue('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    // TAB becomes a space, VT and FF line breaks, every other control is dropped
    expect(textValue(`x${CONTROLS}y`)).toBe('x \\n\\ny');
    expect(textValue('\\n')).toBe('\\\\n'); // a literal backslash-n stays literal
    expect(uriValue(' https://x.lv/a\r\nb\tc d ')).toBe('https://x.lv/abc%20d');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'ūņķģ ž '.repeat(40)}🙂${'a'.repeat(100)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((part) => part.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\ufffd');
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
  });
});

/** The model's URL fields: every attribute made with `url()` in content-types/model.ts. */
const urlFields = model.flatMap((entry) =>
  Object.entries(entry.attributes)
    .filter(([, attribute]) => JSON.stringify(attribute) === JSON.stringify(urlAttribute()))
    .map(([field]) => [entry.singularName, field] as [ModelName, string]),
);

describe('URL fields refuse control characters and whitespace', () => {
  it('finds the URL fields of the model', () => {
    expect(urlFields).toEqual(
      expect.arrayContaining([
        ['municipality', 'website'],
        ['organisation', 'website'],
        ['policy-document', 'url'],
        ['engagement-activity', 'registrationUrl'],
        ['support-programme', 'websiteUrl'],
      ]),
    );
  });

  const hostile = [
    'https://x.lv/a\r\nATTACH:https://evil.example/x.exe',
    'https://x.lv/a\nb',
    'https://x.lv/a\rb',
    'https://x.lv/\tpieteikties',
    'https://x.lv/a b',
    'https://x.lv/a\u00a0b',
    'https://x.lv/a\u2028b',
    'https://x.lv/a\u0000b',
    'https://x.lv/a\u001bb',
    'https://x.lv/a\u007fb',
    'https://x.lv/a\u0085b',
    'https://x.lv/a\u009fb',
    'https://x.lv/a\u200bb',
    'https://x.lv/a\u202eb',
    'https://x.lv/a\n',
    '\thttps://x.lv/a',
    '\r\n',
  ];
  it.each(urlFields)('%s.%s refuses every control character and whitespace inside, in Latvian', (type, field) => {
    for (const value of hostile) {
      const { errors } = checkRow(type, { [field]: value });
      expect({ value, errors }).toEqual({ value, errors: [{ path: [field], message: urlMessages.unsafe }] });
    }
  });

  it.each(urlFields)('%s.%s still takes a good URL, one with spaces around it, and no URL', (type, field) => {
    for (const value of ['https://www.parauga-novads.lv/pieteikties?id=5&x=%20', ' https://x.lv/a ', '', null]) {
      expect(checkRow(type, { [field]: value }).errors.filter((e) => e.path[0] === field)).toEqual([]);
    }
    expect(checkRow(type, { [field]: 'parauga-novads.lv' }).errors).toEqual([
      { path: [field], message: urlMessages.malformed },
    ]);
  });

  it('isHttpUrl refuses what the URL parser would silently clean', () => {
    expect(new URL('https://x.lv/a\r\nb').href).toBe('https://x.lv/ab');
    expect(isHttpUrl('https://x.lv/a\r\nb')).toBe(false);
    expect(isHttpUrl('https://x.lv/ab')).toBe(true);
  });
});

describe('days that do not exist', () => {
  it.each([
    ['2028-02-29', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2027-12-31', true],
    ['2027-02-30', false],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-04-31', false],
    ['2027-01-00', false],
    ['2027-1-01', false],
  ])('isCalendarDate(%s) is %s', (value, real) => {
    expect(isCalendarDate(value)).toBe(real);
  });

  it('judges a date-time by its day, and leaves other values to Strapi', () => {
    expect(isExistingDay('2027-02-30T10:00:00.000Z')).toBe(false);
    expect(isExistingDay('2027-02-28T10:00:00.000Z')).toBe(true);
    expect(isExistingDay('2027-02-28T25:00:00.000Z')).toBe(false);
    expect(isExistingDay(new Date())).toBe(true);
    expect(isExistingDay(1_800_000_000_000)).toBe(true);
    expect(isExistingDay(null)).toBe(true);
  });

  const modelDates = Object.fromEntries(
    model
      .map((entry) => [
        entry.singularName,
        Object.entries(entry.attributes)
          .filter(([, attribute]) => attribute.type === 'date' || attribute.type === 'datetime')
          .map(([field]) => field),
      ])
      .filter(([, fields]) => fields.length > 0),
  );

  it('knows every date and date-time field of the model', () => {
    expect(calendarFields).toEqual(modelDates);
  });

  it.each(Object.entries(modelDates) as [ModelName, string[]][])(
    '%s: a day that does not exist is an error naming the field, on the input and on a row',
    (type, fields) => {
      for (const field of fields) {
        const expected = [{ path: [field], message: 'Nederīgs datums: tādas dienas kalendārā nav' }];
        expect(nonexistentDates(type, { [field]: '2027-02-30' })).toEqual(expected);
        expect(checkRow(type, { [field]: '2026-02-29' }).errors).toEqual(expect.arrayContaining(expected));
        expect(nonexistentDates(type, { [field]: '2028-02-29' })).toEqual([]);
      }
    },
  );

  /** Every public query schema, and each of its parameters that takes a date (by its documented pattern). */
  const dateParameters = (Object.entries(publicQuery) as [string, unknown][])
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .flatMap(([name, schema]) => {
      const { properties = {} } = z.toJSONSchema(schema, { io: 'input' }) as {
        properties?: Record<string, { pattern?: string }>;
      };
      return Object.entries(properties)
        .filter(([, property]) => property.pattern === '^\\d{4}-\\d{2}-\\d{2}$')
        .map(([parameter]) => [name, parameter, schema] as const);
    });

  it('finds the date parameters of the public API', () => {
    expect(dateParameters.map(([name, parameter]) => `${name}.${parameter}`).sort()).toEqual([
      'activityCalendarQuery.from',
      'activityCalendarQuery.to',
      'activityListQuery.from',
      'activityListQuery.to',
    ]);
  });

  it.each(dateParameters)('%s refuses %s on a day that does not exist, naming it', (_name, parameter, schema) => {
    for (const value of ['2027-02-30', '2027-13-01', '2026-02-29']) {
      const result = schema.safeParse({ [parameter]: value });
      expect(result.success).toBe(false);
      expect(queryIssues(result.error!)).toEqual([
        { path: [parameter], message: 'Nederīgs datums: tādas dienas kalendārā nav' },
      ]);
    }
    expect(schema.safeParse({ [parameter]: '2028-02-29' }).success).toBe(true);
    expect(queryIssues(schema.safeParse({ [parameter]: '29.02.2028' }).error!)).toEqual([
      { path: [parameter], message: 'Datums formātā GGGG-MM-DD' },
    ]);
  });
});

describe('PUBLIC_URL', () => {
  it('defaults to http://localhost:$PORT outside production', () => {
    expect(publicUrl(undefined, { port: 8080, nodeEnv: 'development' })).toBe('http://localhost:8080');
    expect(publicUrl('', { port: 1337, nodeEnv: 'test' })).toBe('http://localhost:1337');
  });

  it('is required in production', () => {
    expect(() => publicUrl(undefined, { port: 1337, nodeEnv: 'production' })).toThrow(
      /PUBLIC_URL must be set in production/,
    );
    expect(() => publicUrl('  ', { port: 1337, nodeEnv: 'production' })).toThrow(/PUBLIC_URL must be set/);
  });

  it('is normalised: lower-case host, no default port, no final slash; a path is kept', () => {
    expect(publicUrl('https://Portals.Parauga-Novads.LV:443/', { port: 1, nodeEnv: 'production' })).toBe(
      'https://portals.parauga-novads.lv',
    );
    expect(publicUrl('https://x.lv/su/', { port: 1, nodeEnv: 'production' })).toBe('https://x.lv/su');
    expect(publicUrl('http://10.0.0.5:8080', { port: 1, nodeEnv: 'production' })).toBe('http://10.0.0.5:8080');
  });

  it.each([
    ['portals.parauga-novads.lv', /not an absolute URL/],
    ['ftp://x.lv', /not an http\(s\)/],
    ['https://user:pw@x.lv', /user name or password/],
    ['https://x.lv/?a=1', /query or a fragment/],
    ['https://x.lv/#top', /query or a fragment/],
    ['https://x.lv/a\r\nb', /spaces or control characters/],
    ['https://x.lv/a b', /spaces or control characters/],
  ])('refuses %j with a message naming the variable', (value, why) => {
    expect(() => publicUrl(value, { port: 1337, nodeEnv: 'development' })).toThrow(why);
    expect(() => publicUrl(value, { port: 1337, nodeEnv: 'development' })).toThrow(/^PUBLIC_URL: /);
  });

  describe('in the configuration', () => {
    const original = process.env.NODE_ENV;
    afterEach(() => {
      process.env.NODE_ENV = original;
    });
    const envOf = (values: Record<string, string>) =>
      Object.assign((key: string, fallback?: string) => values[key] ?? fallback, {
        int: (key: string, fallback: number) => (values[key] ? Number(values[key]) : fallback),
        bool: (key: string, fallback: boolean) => (values[key] ? values[key] === 'true' : fallback),
      });
    const config = (values: Record<string, string>) =>
      pluginsConfig({ env: envOf({ JWT_SECRET: 'a-real-secret', ...values }) } as never)['se-planning'].config;

    it('stops the start in production without PUBLIC_URL', () => {
      process.env.NODE_ENV = 'production';
      expect(() => config({})).toThrow(/PUBLIC_URL must be set in production/);
      expect(config({ PUBLIC_URL: 'https://portals.parauga-novads.lv/' }).publicUrl).toBe(
        'https://portals.parauga-novads.lv',
      );
    });

    it('follows PORT in development', () => {
      process.env.NODE_ENV = 'development';
      expect(config({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    });
  });
});
