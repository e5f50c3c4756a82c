/**
 * The residents' website's addresses, declared once: each page's path segment per language (Latvian at the root,
 * English under /en), how a request path is read back into a page, and which paths belong to the site (the
 * response cache and the security headers ask). The admin stays at /admin, the API at /api.
 */
import type { Locale } from '../plugins/se-planning/server/src/publication/render';

export const siteLocales = ['lv', 'en'] as const satisfies readonly Locale[];

/** The pages with a fixed address; `null` is the home page. */
export const sections = {
  home: { lv: null, en: null },
  programmes: { lv: 'programmas', en: 'programmes' },
  activities: { lv: 'pasakumi', en: 'events' },
  results: { lv: 'rezultati', en: 'results' },
  accessibility: { lv: 'pieklustamiba', en: 'accessibility' },
  data: { lv: 'dati', en: 'data' },
} as const satisfies Record<string, Record<Locale, string | null>>;
export type Section = keyof typeof sections;

/** A page of the site: a section, a detail page of a catalogue (by slug), or a municipality's page. */
export type SitePage =
  | { kind: 'section'; section: Section; locale: Locale }
  | { kind: 'programme' | 'activity'; slug: string; locale: Locale }
  | { kind: 'municipality'; slug: string; locale: Locale };

/** The feeds and files the site serves beside its pages (no language prefix). */
export const siteFiles = {
  robots: '/robots.txt',
  sitemap: '/sitemap.xml',
  embed: '/embed.js',
  embedFragment: '/embed/programmas',
} as const;
/** The Atom feed of newly published programmes, per language. */
export const atomPath = (locale: Locale) => `${prefixOf(locale)}/${sections.programmes[locale]}/atom.xml`;
/** The n-th sitemap file (from 1), listed by sitemap.xml. */
export const sitemapPath = (number: number) => `/sitemap-${number}.xml`;
/** The number of the sitemap file a path names, or null. */
export const sitemapNumberOf = (path: string) => {
  const match = /^\/sitemap-([1-9]\d{0,4})\.xml$/.exec(path);
  return match ? Number(match[1]) : null;
};
/** The stylesheet, under its content's hash (cached for a year; a new stylesheet is a new address). */
export const stylesheetPath = (hash: string) => `/assets/site-${hash}.css`;

/** What a municipality's slug can never be: the paths the application itself answers at its root. */
const RESERVED = new Set<string | null>([
  'admin',
  'api',
  'uploads',
  'assets',
  'embed',
  'en',
  'se-planning',
  'content-manager',
  'content-type-builder',
  'i18n',
  'upload',
  'users-permissions',
  'email',
  'documentation',
  '_health',
  ...Object.values(sections).flatMap((segments): (string | null)[] => Object.values(segments)),
]);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const prefixOf = (locale: Locale) => (locale === 'en' ? '/en' : '');

/** The address of a page (a path below PUBLIC_URL). */
export function pathOf(page: SitePage): string {
  const prefix = prefixOf(page.locale);
  switch (page.kind) {
    case 'section': {
      const segment = sections[page.section][page.locale];
      return segment === null ? prefix || '/' : `${prefix}/${segment}`;
    }
    case 'programme':
      return `${prefix}/${sections.programmes[page.locale]}/${encodeURIComponent(page.slug)}`;
    case 'activity':
      return `${prefix}/${sections.activities[page.locale]}/${encodeURIComponent(page.slug)}`;
    case 'municipality':
      return `${prefix}/${page.slug}`;
  }
}

/** The same page in another language (the language switch, `hreflang` alternates). */
export const inLocale = (page: SitePage, locale: Locale): SitePage => ({ ...page, locale });

/**
 * The page a request path asks for, or null when the path is not the site's. English pages also answer at the
 * Latvian segment (`/en/programmas` → `redirect` to `/en/programmes`).
 */
export function pageAt(path: string): { page: SitePage; redirect?: string } | null {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  let segments: string[];
  try {
    segments = trimmed.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
  let locale: Locale = 'lv';
  if (segments[0] === 'en') {
    locale = 'en';
    segments = segments.slice(1);
  }
  if (segments.length === 1 && segments[0] === '') segments = [];
  if (segments.length === 0) return { page: { kind: 'section', section: 'home', locale } };
  if (segments.length > 2) return null;
  const [first, second] = segments;
  for (const [section, names] of Object.entries(sections) as [Section, Record<Locale, string | null>][]) {
    const own = names[locale];
    const other = locale === 'en' ? names.lv : null;
    if (first !== own && first !== other) continue;
    const page: SitePage | null =
      second === undefined
        ? { kind: 'section', section, locale }
        : section === 'programmes' && SLUG.test(second)
          ? { kind: 'programme', slug: second, locale }
          : section === 'activities' && SLUG.test(second)
            ? { kind: 'activity', slug: second, locale }
            : null;
    if (!page) return null;
    return first === own ? { page } : { page, redirect: pathOf(page) };
  }
  if (second === undefined && SLUG.test(first) && !RESERVED.has(first))
    return { page: { kind: 'municipality', slug: first, locale } };
  return null;
}

/** The site's files that never change while the app runs (the stylesheet, the embed script): not cached per data. */
export const isConstantSiteFile = (path: string) => path.startsWith('/assets/site-') || path === siteFiles.embed;

/** Whether a GET of this path is answered by the site (its pages, feeds and files). */
export function isSitePath(path: string) {
  if (isConstantSiteFile(path)) return true;
  if ((Object.values(siteFiles) as string[]).includes(path)) return true;
  if (siteLocales.some((locale) => path === atomPath(locale))) return true;
  if (sitemapNumberOf(path) !== null) return true;
  return pageAt(path) !== null;
}

/**
 * What kind of answer a site path gets, for the headers it goes out with (src/edge/public-answers.ts learns them
 * per kind): every page alike; each feed, the sitemap files and the embed's fragment their own.
 */
export function siteAnswerKind(path: string): string {
  if (sitemapNumberOf(path) !== null) return 'site:sitemap-file';
  if (pageAt(path)) return 'site:page';
  return `site:${path}`;
}
/** How many kinds siteAnswerKind gives (pages, sitemap files, the sitemap index, the Atom feeds, the fragment). */
export const SITE_ANSWER_KINDS = 3 + siteLocales.length + 1;

/** The site's answers that follow the data (pages, feeds, sitemap, the embed's fragment): cached, rate-limited. */
export const isSiteRead = (path: string) => isSitePath(path) && !isConstantSiteFile(path);
