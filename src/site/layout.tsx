/**
 * The frame of every page: the document's language, its title and description, Open Graph, the canonical address
 * and its other-language alternate, schema.org JSON-LD, a skip link, the header with the main navigation and the
 * language switch, the main landmark and the footer. No script: every page works without JavaScript.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Locale } from '../plugins/se-planning/server/src/publication/render';
import { messages, type Messages } from './messages';
import { atomPath, inLocale, pathOf, stylesheetPath, type Section, type SitePage } from './paths';
import { cssHash } from './styles';

/** What every page is rendered with. */
export type View = { locale: Locale; t: Messages; page: SitePage; publicUrl: string; querystring: string };

export const viewOf = (page: SitePage, publicUrl: string, querystring = ''): View => ({
  locale: page.locale,
  t: messages[page.locale],
  page,
  publicUrl,
  querystring,
});

/** An address on this site for links: the path (below PUBLIC_URL's path, if it has one). */
export const href = (view: View, page: SitePage) =>
  `${new URL(view.publicUrl).pathname.replace(/\/$/, '')}${pathOf(page)}`;
/** The absolute address (canonical links, feeds, JSON-LD, the embed). */
export const absolute = (publicUrl: string, path: string) => `${publicUrl.replace(/\/$/, '')}${path}`;

const NAV: Section[] = ['home', 'programmes', 'activities', 'results'];
const FOOTER: Section[] = ['accessibility', 'data'];

type Head = { title: string; description: string; jsonLd?: object | object[]; ogType?: 'website' | 'article' };

/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const sectionOf = (page: SitePage): Section | null =>
  page.kind === 'section'
    ? page.section
    : page.kind === 'programme'
      ? 'programmes'
      : page.kind === 'activity'
        ? 'activities'
        : null;

/** Links to sections, the one this page is in marked as current. */
const SectionLinks = ({ view, sections }: { view: View; sections: Section[] }) => (
  <>
    {sections.map((section) => (
      <li key={section}>
        <a
          href={href(view, { kind: 'section', section, locale: view.locale })}
          aria-current={sectionOf(view.page) === section ? 'page' : undefined}
        >
          {view.t.nav[section]}
        </a>
      </li>
    ))}
  </>
);

function Document({ view, head, children }: { view: View; head: Head; children: ReactNode }) {
  const { t, locale, page, publicUrl } = view;
  const other: Locale = locale === 'lv' ? 'en' : 'lv';
  const canonical = absolute(publicUrl, pathOf(page));
  const base = new URL(publicUrl).pathname.replace(/\/$/, '');
  const title = page.kind === 'section' && page.section === 'home' ? t.siteName : `${head.title} — ${t.siteName}`;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={head.description} />
        <link rel="canonical" href={canonical} />
        <link rel="alternate" hrefLang="lv" href={absolute(publicUrl, pathOf(inLocale(page, 'lv')))} />
        <link rel="alternate" hrefLang="en" href={absolute(publicUrl, pathOf(inLocale(page, 'en')))} />
        <link rel="alternate" hrefLang="x-default" href={absolute(publicUrl, pathOf(inLocale(page, 'lv')))} />
        <link rel="alternate" type="application/atom+xml" title={t.feed} href={`${base}${atomPath(locale)}`} />
        <link rel="stylesheet" href={`${base}${stylesheetPath(cssHash)}`} />
        <meta property="og:site_name" content={t.siteName} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={locale === 'lv' ? 'lv_LV' : 'en_GB'} />
        <meta property="og:locale:alternate" content={other === 'lv' ? 'lv_LV' : 'en_GB'} />
        {head.jsonLd && (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(head.jsonLd) }} />
        )}
      </head>
      <body>
        <a className="skip" href="#saturs">
          {t.skipLink}
        </a>
        <header className="site">
          <div className="wrap bar">
            <a className="brand" href={href(view, { kind: 'section', section: 'home', locale })}>
              {t.siteName}
            </a>
            <nav aria-label={t.mainNav}>
              <ul>
                <SectionLinks view={view} sections={NAV} />
                <li>
                  <a
                    className="lang"
                    href={`${href(view, inLocale(page, other))}${view.querystring ? `?${view.querystring}` : ''}`}
                    hrefLang={other}
                    lang={other}
                  >
                    {messages[locale].otherLanguageName}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="saturs" tabIndex={-1}>
          <div className="wrap">{children}</div>
        </main>
        <footer className="site">
          <nav className="wrap" aria-label={t.footerNav}>
            <ul>
              <SectionLinks view={view} sections={FOOTER} />
              <li>
                <a href={`${base}${atomPath(locale)}`}>{t.feed}</a>
              </li>
              <li>
                <a href={`${base}/api/openapi.json`}>API (OpenAPI)</a>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  );
}

/** A whole page as HTML text. */
export const renderPage = (view: View, head: Head, body: ReactNode) =>
  `<!doctype html>${renderToStaticMarkup(
    <Document view={view} head={head}>
      {body}
    </Document>,
  )}`;

/** A fragment (the embed) as HTML text. */
export const renderFragment = (node: ReactNode) => renderToStaticMarkup(<>{node}</>);
