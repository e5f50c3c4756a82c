/**
 * How the site answers a request: the page its path names (pageAt), its feeds and files; invalid filter values
 * are a 400 page naming each one, an unknown item or address a 404 page. Answers are cached like the API's
 * (src/middlewares/public-cache.ts) — that middleware sits before this one.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Locale } from '../plugins/se-planning/server/src/publication/render';
import { siteData, type SiteData } from './data';
import { viewOf, type View } from './layout';
import { atomPath, pageAt, siteFiles, siteLocales, sitemapNumberOf, stylesheetPath, type SitePage } from './paths';
import { cssHash, siteCss } from './styles';
import { atomXml, robotsTxt, sitemapIndexXml, sitemapXml } from './feeds';
import { embedFragment, embedLocale, embedScript } from './embed';
import type { FormParams } from './components';
import { homePage } from './pages/home';
import { programmePage, programmeParams, programmesPage } from './pages/programmes';
import { activitiesPage, activityPage, activityParams } from './pages/activities';
import { resultParams, resultsPage } from './pages/results';
import { municipalityPage } from './pages/municipality';
import { accessibilityPage, dataPage } from './pages/about';
import { badRequestPage, notFoundPage, type QueryIssue } from './pages/errors';

type Context = {
  method: string;
  path: string;
  querystring: string;
  query: Record<string, unknown>;
  status: number;
  type: string;
  body: unknown;
  set(name: string, value: string): void;
  redirect(url: string): void;
};

const YEAR = 365 * 24 * 3600;

/** The form's values of the named parameters (empty ones left out; others, like utm_source, ignored). */
function formParams(query: Record<string, unknown>, names: readonly string[]): FormParams {
  const params: FormParams = {};
  for (const name of names) {
    const raw = query[name];
    const values = (Array.isArray(raw) ? raw : [raw]).filter(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    if (values.length) params[name] = values.map((value) => value.trim());
  }
  return params;
}

async function render(view: View, data: SiteData, page: SitePage, query: Record<string, unknown>): Promise<string> {
  switch (page.kind) {
    case 'programme':
      return programmePage(view, data, page.slug);
    case 'activity':
      return activityPage(view, data, page.slug);
    case 'municipality':
      return municipalityPage(view, data, page.slug);
    case 'section':
      switch (page.section) {
        case 'home':
          return homePage(view, data);
        case 'programmes':
          return programmesPage(view, data, formParams(query, programmeParams));
        case 'activities':
          return activitiesPage(view, data, formParams(query, activityParams));
        case 'results':
          return resultsPage(view, data, formParams(query, resultParams));
        case 'accessibility':
          return accessibilityPage(view);
        case 'data':
          return dataPage(view);
      }
  }
}

const publicUrlOf = (strapi: Core.Strapi) => strapi.config.get('plugin::se-planning.publicUrl') as string;

/** The language of an address that is not a page (a 404's page is in the language its path starts with). */
export const localeOfPath = (path: string): Locale => (path === '/en' || path.startsWith('/en/') ? 'en' : 'lv');

/** The 404 page, for any address of the site that names nothing. */
export function answerNotFound(strapi: Core.Strapi, ctx: Context) {
  const locale = localeOfPath(ctx.path);
  ctx.status = 404;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = notFoundPage(viewOf({ kind: 'section', section: 'home', locale }, publicUrlOf(strapi)));
}

/** Answers the request when it is the site's; false when it is not (the API, the admin, uploads …). */
export async function answerSite(strapi: Core.Strapi, ctx: Context): Promise<boolean> {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
  const { path } = ctx;
  const publicUrl = publicUrlOf(strapi);
  const data = siteData(strapi);
  const send = (type: string, body: string) => {
    ctx.status = 200;
    ctx.type = type;
    ctx.body = body;
  };

  if (path.startsWith('/assets/site-')) {
    if (path !== stylesheetPath(cssHash)) return false;
    ctx.set('Cache-Control', `public, max-age=${YEAR}, immutable`);
    send('text/css; charset=utf-8', siteCss);
    return true;
  }
  if (path === siteFiles.embed) {
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    send('text/javascript; charset=utf-8', embedScript);
    return true;
  }
  if (path === siteFiles.robots) {
    send('text/plain; charset=utf-8', robotsTxt(publicUrl));
    return true;
  }
  const feedLocale = siteLocales.find((locale) => atomPath(locale) === path);
  const sitemapNumber = sitemapNumberOf(path);
  const page = pageAt(path);
  if (!feedLocale && !page && sitemapNumber === null && path !== siteFiles.sitemap && path !== siteFiles.embedFragment)
    return false;

  const view = viewOf(
    page?.page ?? { kind: 'section', section: 'home', locale: feedLocale ?? 'lv' },
    publicUrl,
    ctx.querystring,
  );
  try {
    if (path === siteFiles.sitemap)
      send('application/xml; charset=utf-8', await sitemapIndexXml(strapi, data, publicUrl));
    else if (sitemapNumber !== null) {
      const file = await sitemapXml(strapi, data, publicUrl, sitemapNumber);
      if (file === null) throw new errors.NotFoundError('Nav tāda sitemap faila');
      send('application/xml; charset=utf-8', file);
    } else if (feedLocale) send('application/atom+xml; charset=utf-8', await atomXml(data, publicUrl, feedLocale));
    else if (path === siteFiles.embedFragment) {
      // public data for any website's embed: readable from every origin, never with credentials
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
      const municipality = typeof ctx.query.municipality === 'string' ? ctx.query.municipality : '';
      send('text/html; charset=utf-8', await embedFragment(data, publicUrl, municipality, embedLocale(ctx.query.lang)));
    } else if (page!.redirect) {
      ctx.status = 301;
      ctx.redirect(`${page!.redirect}${ctx.querystring ? `?${ctx.querystring}` : ''}`);
    } else send('text/html; charset=utf-8', await render(view, data, page!.page, ctx.query));
  } catch (error) {
    if (error instanceof errors.ValidationError) {
      const issues = ((error.details as { errors?: QueryIssue[] })?.errors ?? []).map(({ path, message }) => ({
        path,
        message,
      }));
      ctx.status = 400;
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = badRequestPage(view, issues);
      return true;
    }
    if (error instanceof errors.NotFoundError) {
      answerNotFound(strapi, ctx);
      return true;
    }
    throw error;
  }
  return true;
}
