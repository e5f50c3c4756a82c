/**
 * What makes the site findable beside its pages: robots.txt, sitemap.xml (an index of sitemap files listing every
 * page in both languages, each with its other-language alternate) and an Atom feed of the newest published programmes per language.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../plugins/se-planning/server/src/get-service';
import type { Locale } from '../plugins/se-planning/server/src/publication/render';
import type { SitemapItem } from '../plugins/se-planning/server/src/public-api/sitemap';
import type { SiteData } from './data';
import { absolute } from './layout';
import { messages } from './messages';
import { atomPath, pathOf, sections, siteFiles, siteLocales, sitemapPath, type Section, type SitePage } from './paths';

/** Text for XML: the five special characters escaped, characters XML 1.0 forbids dropped. */
export const xml = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export const robotsTxt = (publicUrl: string) =>
  ['User-agent: *', 'Allow: /', 'Disallow: /admin', '', `Sitemap: ${absolute(publicUrl, siteFiles.sitemap)}`, ''].join(
    '\n',
  );

/** One <url> with its alternates in every language. */
function entry(publicUrl: string, pages: Record<Locale, SitePage>) {
  const alternates = siteLocales
    .map(
      (locale) =>
        `<xhtml:link rel="alternate" hreflang="${locale}" href="${xml(absolute(publicUrl, pathOf(pages[locale])))}"/>`,
    )
    .join('');
  return siteLocales.map(
    (locale) => `<url><loc>${xml(absolute(publicUrl, pathOf(pages[locale])))}</loc>${alternates}</url>`,
  );
}

const byLocale = (page: (locale: Locale) => SitePage) =>
  Object.fromEntries(siteLocales.map((locale) => [locale, page(locale)])) as Record<Locale, SitePage>;

/** At most this many addresses in one sitemap file (the protocol allows 50,000). */
export const SITEMAP_SIZE = 25_000;

/** Every address of the site, each as a <url> with its other-language alternate. */
async function sitemapUrls(strapi: Core.Strapi, data: SiteData, publicUrl: string) {
  const sitemap = getService(strapi, 'public-sitemap');
  const [programmes, activities, municipalities] = await Promise.all([
    sitemap.programmes(),
    sitemap.activities(),
    data.municipalities('lv'),
  ]);
  const items = (kind: 'programme' | 'activity', list: SitemapItem[]) =>
    list.flatMap((item) =>
      entry(
        publicUrl,
        byLocale((locale) => ({ kind, slug: item.slugs[locale] ?? item.slugs.lv ?? item.documentId, locale })),
      ),
    );
  return [
    ...(Object.keys(sections) as Section[]).flatMap((section) =>
      entry(
        publicUrl,
        byLocale((locale) => ({ kind: 'section', section, locale })),
      ),
    ),
    ...municipalities.flatMap((m) =>
      entry(
        publicUrl,
        byLocale((locale) => ({ kind: 'municipality', slug: m.slug, locale })),
      ),
    ),
    ...items('programme', programmes),
    ...items('activity', activities),
  ];
}

/** sitemap.xml: the index of the site's sitemap files (sitemap-1.xml, …), each at most SITEMAP_SIZE addresses. */
export async function sitemapIndexXml(strapi: Core.Strapi, data: SiteData, publicUrl: string) {
  const count = Math.max(1, Math.ceil((await sitemapUrls(strapi, data, publicUrl)).length / SITEMAP_SIZE));
  const files = Array.from(
    { length: count },
    (_, n) => `<sitemap><loc>${xml(absolute(publicUrl, sitemapPath(n + 1)))}</loc></sitemap>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    files.join('\n') +
    '\n</sitemapindex>\n'
  );
}

/** One sitemap file (numbered from 1), or null when there is no such file. */
export async function sitemapXml(strapi: Core.Strapi, data: SiteData, publicUrl: string, number: number) {
  const urls = (await sitemapUrls(strapi, data, publicUrl)).slice((number - 1) * SITEMAP_SIZE, number * SITEMAP_SIZE);
  if (number < 1 || (urls.length === 0 && number > 1)) return null;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

/** How many programmes the feed carries (the newest first). */
const FEED_SIZE = 50;

export async function atomXml(data: SiteData, publicUrl: string, locale: Locale) {
  const t = messages[locale];
  const list = await data.programmes({ locale, sort: 'publishedAt:desc', pageSize: FEED_SIZE });
  const self = absolute(publicUrl, atomPath(locale));
  const updated = list.data.map((p) => p.publishedAt).find(Boolean) ?? new Date(0).toISOString();
  const entries = list.data.map((programme) => {
    const link = absolute(publicUrl, pathOf({ kind: 'programme', slug: programme.slug, locale }));
    return [
      '<entry>',
      `<id>${xml(`urn:se-planning:support-programme:${programme.documentId}`)}</id>`,
      `<title>${xml(programme.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `<updated>${xml(programme.publishedAt ?? updated)}</updated>`,
      programme.publishedAt ? `<published>${xml(programme.publishedAt)}</published>` : '',
      programme.municipality ? `<author><name>${xml(programme.municipality.name)}</name></author>` : '',
      `<category term="${xml(programme.kind.key)}" label="${xml(programme.kind.label)}"/>`,
      programme.summary ? `<summary>${xml(programme.summary)}</summary>` : '',
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${xml(self)}</id>`,
    `<title>${xml(`${t.programmesTitle} — ${t.siteName}`)}</title>`,
    `<updated>${xml(updated)}</updated>`,
    `<author><name>${xml(t.siteName)}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(absolute(publicUrl, pathOf({ kind: 'section', section: 'programmes', locale })))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
