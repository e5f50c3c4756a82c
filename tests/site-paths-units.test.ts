/** The website's addresses (src/site/paths.ts): every page's address reads back as that page; what is not the site's stays not. */
import { isSitePath, pageAt, pathOf, sections, type Section, type SitePage } from '../src/site/paths';

const pages: SitePage[] = [
  ...(Object.keys(sections) as Section[]).flatMap((section) =>
    (['lv', 'en'] as const).map((locale): SitePage => ({ kind: 'section', section, locale })),
  ),
  { kind: 'programme', slug: 'grantu-programma-2026', locale: 'lv' },
  { kind: 'programme', slug: 'grantu-programma-2026', locale: 'en' },
  { kind: 'activity', slug: 'ideju-konkurss', locale: 'en' },
  { kind: 'municipality', slug: 'parauga-novads', locale: 'lv' },
  { kind: 'municipality', slug: 'parauga-novads', locale: 'en' },
];

describe('site addresses', () => {
  it.each(pages.map((page) => [pathOf(page), page]))('%s reads back as its page', (path, page) => {
    expect(pageAt(path as string)).toEqual({ page });
    expect(pageAt(`${path}/`.replace('//', '/'))).toEqual({ page });
  });

  it('Latvian addresses in the method’s words; English under /en', () => {
    expect(pathOf({ kind: 'section', section: 'programmes', locale: 'lv' })).toBe('/programmas');
    expect(pathOf({ kind: 'section', section: 'activities', locale: 'lv' })).toBe('/pasakumi');
    expect(pathOf({ kind: 'section', section: 'results', locale: 'lv' })).toBe('/rezultati');
    expect(pathOf({ kind: 'section', section: 'accessibility', locale: 'lv' })).toBe('/pieklustamiba');
    expect(pathOf({ kind: 'section', section: 'home', locale: 'en' })).toBe('/en');
    expect(pageAt('/en/pasakumi/x')).toEqual({
      page: { kind: 'activity', slug: 'x', locale: 'en' },
      redirect: '/en/events/x',
    });
  });

  it.each([
    '/admin',
    '/api/support-programmes',
    '/uploads/a.png',
    '/_health',
    '/en/admin',
    '/programmas/a/b',
    '/Parauga',
    '/%E0%A4%A',
    '/se-planning/plans',
    '/sitemap-0.xml',
    '/sitemap-x.xml',
  ])('%s is not the site’s', (path) => {
    expect(isSitePath(path)).toBe(false);
  });

  it.each([
    '/robots.txt',
    '/sitemap.xml',
    '/sitemap-1.xml',
    '/embed.js',
    '/embed/programmas',
    '/programmas/atom.xml',
    '/en/programmes/atom.xml',
  ])('%s is the site’s', (path) => {
    expect(isSitePath(path)).toBe(true);
  });
});
