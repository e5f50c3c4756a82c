/**
 * The residents' website over HTTP, without a browser (and so without JavaScript): every page type answers HTML
 * with the published content in it, the same selection as the API, only what was published, findable (title,
 * description, canonical, hreflang, Open Graph, JSON-LD, sitemap, robots, Atom), cached like the API (ETag, 304,
 * emptied on publication), light (≤ 100 KB with its stylesheet), bad input a 400 page naming the parameter.
 */
import type { Core } from '@strapi/strapi';
import { docs, http, startStrapi, stopStrapi, unique } from './helpers/strapi';
import { api } from './helpers/requests';
import { publicPlan, reviewAndPublish, type PublicPlan } from './helpers/public-plan';
import { searchable } from '../src/plugins/se-planning/common/rules/public-query';
import { messages } from '../src/site/messages';

let strapi: Core.Strapi;
let plan: PublicPlan;
const page = (path: string) => http(strapi).get(path).set('Accept', 'text/html');

/** The text of the HTML's elements without tags (entities decoded as React writes them). */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
/** Every start tag with its attributes (React quotes every attribute value with "). */
const tagsOf = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=/>"]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: Object.fromEntries(
      [...m[2].matchAll(/\s+([^\s=/>"]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), a[2] ?? '']),
    ) as Record<string, string>,
  }));
const linksOf = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
const cardTitles = (html: string) =>
  [...html.matchAll(/<li class="card"><h3><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => textOf(m[1]).trim());

beforeAll(async () => {
  strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  plan = await publicPlan(strapi);
});
afterAll(stopStrapi);

const PAGES = [
  ['home', '/'],
  ['programmes', '/programmas'],
  ['activities', '/pasakumi'],
  ['results', '/rezultati'],
  ['municipality', '/parauga-novads'],
  ['accessibility statement', '/pieklustamiba'],
  ['published data', '/dati'],
  ['home (en)', '/en'],
  ['programmes (en)', '/en/programmes'],
  ['events (en)', '/en/events'],
  ['results (en)', '/en/results'],
  ['accessibility (en)', '/en/accessibility'],
];

describe('the pages', () => {
  it.each(PAGES)(
    '%s (%s) is a whole HTML page in its language, findable, framed by its landmarks',
    async (_name, path) => {
      const res = await page(path);
      expect(res.status).toBe(200);
      expect(res.type).toBe('text/html');
      const html = res.text;
      const lang = path.startsWith('/en') ? 'en' : 'lv';
      expect(html.startsWith('<!doctype html><html lang="' + lang + '">')).toBe(true);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html).toMatch(/<link rel="canonical" href="http:\/\/localhost:\d+\//);
      expect(html).toContain('hrefLang="lv"');
      expect(html).toContain('hrefLang="en"');
      expect(html).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html).toContain(`og:locale" content="${lang === 'lv' ? 'lv_LV' : 'en_GB'}"`);
      expect(html).toContain('<a class="skip" href="#saturs">');
      expect(html).toContain('<main id="saturs"');
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).toMatch(/<header class="site">[\s\S]*<nav aria-label=/);
      expect(html).toMatch(/<footer class="site">/);
      // no script runs on the site: the pages work without JavaScript
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
      expect(res.headers['content-security-policy']).toContain("style-src 'self'");
    },
  );

  it('the programmes page lists the published programmes as the API does, titles in the HTML itself', async () => {
    const html = (await page('/programmas')).text;
    const listed = (await api('/support-programmes')).body.data.map((p: { title: string }) => p.title);
    expect(listed.length).toBeGreaterThan(3);
    expect(cardTitles(html)).toEqual(listed);
    expect(textOf(html)).toContain(messages.lv.found((await api('/support-programmes')).body.meta.pagination.total));
  });

  it('filters by kind and target group as the API does, with each choice’s count, and keeps the choices checked', async () => {
    const query = `kind=grant&targetGroup=seniori`;
    const res = await page(`/programmas?${query}`);
    const fromApi = (await api(`/support-programmes?${query}`)).body;
    expect(fromApi.data.length).toBeGreaterThan(0);
    expect(cardTitles(res.text)).toEqual(fromApi.data.map((p: { title: string }) => p.title));
    const checked = tagsOf(res.text).filter((tag) => tag.name === 'input' && 'checked' in tag.attributes);
    expect(checked.map((tag) => tag.attributes.value).sort()).toEqual(['grant', 'seniori']);
    expect(textOf(res.text)).toContain(`Grants (${fromApi.meta.facets.kind.grant})`);
  });

  it('searches without diacritics: "sociala" finds "sociālā"', async () => {
    const html = (await page('/programmas?q=sociala')).text;
    const titles = cardTitles(html);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => /sociālā/i.test(title))).toBe(true);
    for (const title of titles) expect(title).toBeTruthy();
    expect(titles).toEqual(
      (await api('/support-programmes?q=sociala')).body.data.map((p: { title: string }) => p.title),
    );
    expect(searchable(titles.join(' '))).toContain('sociala');
  });

  it('a programme’s page says who may apply, the amounts, the window and its state, how to apply, and describes it as a GovernmentService', async () => {
    // the demo's open grant round (its address follows the load day's year)
    const [open] = (await api('/support-programmes?municipality=parauga-novads&state=open&kind=grant')).body.data;
    const { data } = (await api(`/support-programmes/${open.slug}`)).body;
    const res = await page(`/programmas/${open.slug}`);
    expect(res.status).toBe(200);
    const text = textOf(res.text);
    for (const words of [
      data.title,
      'Kas var pieteikties',
      'Kā pieteikties',
      'Atbalsta apjoms',
      'Pieteikšanās',
      data.state.label,
      'Tiesiskais pamats',
    ])
      expect(text).toContain(words);
    for (const doc of data.legalBasis) expect(text).toContain(doc.title);
    const [service] = jsonLdOf(res.text);
    expect(service).toMatchObject({ '@context': 'https://schema.org', '@type': 'GovernmentService', name: data.title });
    expect(service.provider).toEqual({ '@type': 'GovernmentOrganization', name: 'Parauga novads' });
    expect(service.url).toMatch(new RegExp(`/programmas/${open.slug}$`));
    expect(res.text).toContain('<meta property="og:type" content="article"/>');
  });

  it('an event’s page has its date, place and audience, and describes it as a schema.org Event', async () => {
    const [first] = (await api('/engagement-activities?from=2000-01-01&sort=startsAt:asc')).body.data.filter(
      (a: { startsAt: string | null }) => a.startsAt,
    );
    const res = await page(`/pasakumi/${first.slug}`);
    expect(res.status).toBe(200);
    expect(textOf(res.text)).toContain(first.title);
    const [event] = jsonLdOf(res.text);
    expect(event).toMatchObject({ '@type': 'Event', name: first.title, startDate: first.startsAt });
    if (first.place) expect(event.location).toMatchObject({ '@type': 'Place', name: first.place });
  });

  it('events are upcoming first and the calendar link asks the feed for the same selection', async () => {
    const res = await page('/pasakumi?municipality=parauga-novads');
    const calendar = linksOf(res.text).find((link) => link.includes('calendar.ics'))!;
    expect(calendar).toMatch(
      /^\/api\/engagement-activities\/calendar\.ics\?municipality=parauga-novads&from=\d{4}-\d\d-\d\d$/,
    );
    const feed = await http(strapi).get(calendar);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar');
    const upcoming = (await api(`/engagement-activities?${calendar.split('?')[1]}`)).body.data;
    expect(cardTitles(res.text)).toEqual(upcoming.map((a: { title: string }) => a.title));
    for (const activity of upcoming) expect(feed.text).toContain(`UID:${activity.documentId}@`);
  });

  it('results show each indicator’s baseline, target and latest value, a chart and its table', async () => {
    const html = (await page(`/rezultati?municipality=${plan.slug}`)).text;
    const text = textOf(html);
    expect(text).toContain('Sociālo uzņēmumu skaits');
    expect(text).toContain('Mērķis: Palielināt sociālo uzņēmumu skaitu par 20%');
    expect(text).toMatch(/Sākotnējā vērtība 10 /);
    expect(text).toMatch(/Mērķa vērtība 12 /);
    expect(text).toMatch(/Jaunākā vērtība 11 /);
    expect(text).toContain('50 % no ceļa līdz mērķim');
    expect(html).toMatch(/<svg[^>]*role="img" aria-label="Mērījumu grafiks: Sociālo uzņēmumu skaits"/);
    expect(html).toMatch(/<caption>Mērījumi<\/caption>[\s\S]*2026\. gada 30\. jūnijs/);
    expect(text).toContain('Domes lēmums: Nr. 7/1, 2026. gada 29. janvāris');
  });

  it('a municipality’s page has its programmes, events and results; an unknown one is a 404 page', async () => {
    const text = textOf((await page(`/${plan.slug}`)).text);
    expect(text).toContain('Granti sociālajiem uzņēmumiem');
    expect(text).toContain('Sociālo uzņēmumu skaits');
    const missing = await page('/nav-tadas-pasvaldibas');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Lapa nav atrasta');
  });

  it('English pages are in English, with the Latvian text where a translation is missing, marked as such', async () => {
    const own = await page(`/en/programmes?municipality=${plan.slug}`);
    expect(textOf(own.text)).toContain('Grants for social enterprises');
    expect(textOf(own.text)).toContain('1 programme found');
    const demo = (await api('/support-programmes?locale=en&pageSize=100')).body.data.find(
      (p: { localeFallback: boolean }) => p.localeFallback,
    );
    if (demo) {
      const res = await page(`/en/programmes/${demo.slug}`);
      expect(res.text).toContain('<h1 lang="lv">');
      expect(textOf(res.text)).toContain('This content is available in Latvian only.');
    }
    // the switch keeps the filters
    const switched = linksOf(own.text).find((link) => link.startsWith('/programmas'));
    expect(switched).toBe(`/programmas?municipality=${plan.slug}`);
    // the Latvian address under /en is the English page's
    const redirect = await page('/en/programmas?kind=grant');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/en/programmes?kind=grant');
  });
});

describe('only what was published', () => {
  it('a draft programme is on no page, feed or sitemap; once published it is on all of them', async () => {
    const title = unique('Melnraksta programma sociālajai uzņēmējdarbībai');
    const slug = unique('melnraksta-programma');
    const draft = (
      await docs(strapi, 'support-programme').create({
        locale: 'lv',
        data: { plan: plan.plan, title, slug, kind: 'grant', opensOn: '2020-01-01', closesOn: '2099-12-31' },
      })
    ).documentId as string;
    const everywhere = async () => {
      const pages = await Promise.all(
        ['/programmas?sort=publishedAt:desc', `/${plan.slug}`, '/programmas/atom.xml', '/sitemap-1.xml'].map((path) =>
          page(path),
        ),
      );
      return pages.map((res) => res.text.includes(title) || res.text.includes(slug));
    };
    expect(await everywhere()).toEqual([false, false, false, false]);
    expect((await page(`/programmas/${slug}`)).status).toBe(404);

    await reviewAndPublish(strapi, 'support-programme', draft);
    expect(await everywhere()).toEqual([true, true, true, true]);
    expect((await page(`/programmas/${slug}`)).status).toBe(200);
    await docs(strapi, 'support-programme').unpublish({ documentId: draft, locale: '*' });
    expect((await page(`/programmas/${slug}`)).status).toBe(404);
  });

  it('no staff data, review notes or internal worksheet appears on any page', async () => {
    const texts = await Promise.all(
      [...PAGES.map(([, path]) => path), `/${plan.slug}`, `/rezultati?municipality=${plan.slug}`, '/sitemap-1.xml'].map(
        async (path) => (await page(path)).text,
      ),
    );
    const risks = (await docs(strapi, 'risk').findMany({ limit: 100 })) as { title?: string; description?: string }[];
    const sources = (await docs(strapi, 'data-source').findMany({ limit: 100 })) as { title?: string }[];
    const users = (await strapi.db.query('admin::user').findMany({})) as { email: string; lastname?: string }[];
    for (const html of texts) {
      for (const user of users) expect(html).not.toContain(user.email);
      expect(html).not.toMatch(/reviewState|reviewComment|Demo-Parole|submittedBy/);
      for (const risk of risks) if (risk.title && risk.title.length > 12) expect(html).not.toContain(risk.title);
      for (const source of sources)
        if (source.title && source.title.length > 12) expect(html).not.toContain(source.title);
    }
    expect(users.length).toBeGreaterThan(0);
  });

  it('what an editor writes is shown as text: no HTML, no script links, no images from elsewhere', async () => {
    const slug = unique('bistama-programma');
    const hostile = (
      await docs(strapi, 'support-programme').create({
        locale: 'lv',
        data: {
          plan: plan.plan,
          title: 'Programma <script>alert(1)</script>',
          slug,
          kind: 'other',
          description:
            'Teksts <img src=x onerror=alert(1)> [saite](javascript:alert(1)) ![attēls](https://example.com/x.png) *slīpraksts*\n\n# Virsraksts',
          eligibility: '<b>treknraksts</b>',
        },
      })
    ).documentId as string;
    await reviewAndPublish(strapi, 'support-programme', hostile);
    const html = (await page(`/programmas/${slug}`)).text;
    const tags = tagsOf(html);
    expect(tags.filter((tag) => ['img', 'b', 'iframe'].includes(tag.name))).toEqual([]);
    expect(tags.filter((tag) => tag.name === 'script').map((tag) => tag.attributes.type)).toEqual([
      'application/ld+json',
    ]);
    expect(tags.filter((tag) => Object.keys(tag.attributes).some((name) => name.startsWith('on')))).toEqual([]);
    expect(tags.filter((tag) => /^\s*javascript:/i.test(tag.attributes.href ?? ''))).toEqual([]);
    // Markdown is Markdown
    expect(html).toContain('<em>slīpraksts</em>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // an editor's "#" heading sits below the page's own headings
    expect(html).toContain('<h3>Virsraksts</h3>');
    await docs(strapi, 'support-programme').unpublish({ documentId: hostile, locale: '*' });
  });
});

describe('bad input', () => {
  it.each([
    ['an unknown kind', '/programmas?kind=dragons', 'kind'],
    ['a state that does not exist', '/programmas?state=maybe', 'state'],
    ['a page that is not a number', '/programmas?page=two', 'page'],
    ['a day that does not exist', '/pasakumi?from=2027-02-30', 'from'],
    ['a period that ends before it starts', '/pasakumi?from=2027-03-01&to=2027-02-01', 'to'],
    ['a one-letter search', '/programmas?q=a', 'q'],
  ])('%s is a 400 page naming the parameter and the reason', async (_name, path, parameter) => {
    const res = await page(path);
    expect(res.status).toBe(400);
    expect(res.type).toBe('text/html');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('Nederīgs pieprasījums');
    expect(res.text).toMatch(new RegExp(`<li><strong>${parameter}</strong>: [^<]{5,}</li>`));
  });

  it('parameters the site does not use (utm_source) are ignored, not refused', async () => {
    expect((await page('/programmas?utm_source=newsletter')).status).toBe(200);
  });

  it('an unknown address is the site’s 404 page in the language of its path; the API and admin keep their own', async () => {
    const lv = await page('/nav/tadas/lapas');
    expect(lv.status).toBe(404);
    expect(lv.text).toContain('<html lang="lv">');
    const en = await page('/en/no/such/page');
    expect(en.status).toBe(404);
    expect(en.text).toContain('Page not found');
    const apiMissing = await http(strapi).get('/api/nothing-here').set('Accept', 'text/html');
    expect(apiMissing.status).toBe(404);
    expect(apiMissing.text).not.toContain('<html');
    expect((await page('/programmas/nav-tadas-programmas')).status).toBe(404);
  });
});

describe('caching, size and the files beside the pages', () => {
  it('answers with an ETag and 304, keeps the page, and empties it when something is published', async () => {
    const path = `/programmas?municipality=${plan.slug}`;
    const first = await page(path);
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['cache-control']).toMatch(/^public, max-age=60/);
    const again = await page(path);
    expect(again.headers['x-cache']).toBe('hit');
    expect((await page(path).set('If-None-Match', first.headers.etag)).status).toBe(304);

    const extra = (
      await docs(strapi, 'support-programme').create({
        locale: 'lv',
        data: { plan: plan.plan, title: unique('Jauna programma'), slug: unique('jauna-programma'), kind: 'training' },
      })
    ).documentId as string;
    await reviewAndPublish(strapi, 'support-programme', extra);
    const after = await page(path);
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.headers.etag).not.toBe(first.headers.etag);
    await docs(strapi, 'support-programme').unpublish({ documentId: extra, locale: '*' });
  });

  it('no page weighs more than 100 KB with its stylesheet (there is no script)', async () => {
    const sizes: Record<string, number> = {};
    const [programme] = (await api('/support-programmes?municipality=parauga-novads&state=open')).body.data;
    for (const [name, path] of [...PAGES, ['programme', `/programmas/${programme.slug}`]]) {
      const res = await page(path);
      const css = res.text.match(/<link rel="stylesheet" href="([^"]+)"/)![1];
      const style = await http(strapi).get(css);
      expect(style.status).toBe(200);
      expect(style.headers['cache-control']).toContain('immutable');
      sizes[name] = Buffer.byteLength(res.text) + Buffer.byteLength(style.text);
    }
    for (const [name, size] of Object.entries(sizes)) expect([name, size < 100 * 1024]).toEqual([name, true]);
  });

  it('robots.txt names the sitemap; the sitemap has every page and every published item in both languages', async () => {
    const robots = await http(strapi).get('/robots.txt');
    expect(robots.type).toBe('text/plain');
    expect(robots.text).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
    expect(robots.text).toContain('Disallow: /admin');
    const index = await http(strapi).get('/sitemap.xml');
    expect(index.type).toBe('application/xml');
    const files = [...index.text.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map(
      (m) => new URL(m[1]).pathname,
    );
    expect(files).toEqual(['/sitemap-1.xml']);
    const sitemap = await http(strapi).get(files[0]);
    expect(sitemap.type).toBe('application/xml');
    expect(sitemap.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect((await http(strapi).get('/sitemap-2.xml')).status).toBe(404);
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const programmes = (await api('/support-programmes?pageSize=100')).body.data;
    const events = (await api('/engagement-activities?pageSize=100')).body.data;
    for (const p of programmes) expect(locs).toContain(`/programmas/${p.slug}`);
    for (const a of events) expect(locs).toContain(`/pasakumi/${a.slug}`);
    for (const path of [
      '/',
      '/programmas',
      '/pasakumi',
      '/rezultati',
      '/pieklustamiba',
      '/dati',
      '/en',
      '/en/programmes',
      `/${plan.slug}`,
    ])
      expect(locs).toContain(path);
    expect(new Set(locs).size).toBe(locs.length);
    // every address listed answers
    for (const path of locs.slice(0, 40)) expect([path, (await page(path)).status]).toEqual([path, 200]);
  });

  it('the Atom feed has the newest published programmes with their pages', async () => {
    const feed = await http(strapi).get('/programmas/atom.xml');
    expect(feed.type).toBe('application/atom+xml');
    expect(feed.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="lv">/,
    );
    const newest = (await api('/support-programmes?sort=publishedAt:desc&pageSize=50')).body.data;
    const entries = [...feed.text.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
    expect(entries).toHaveLength(newest.length);
    expect(entries[0]).toContain(`<link rel="alternate" type="text/html" href="http://localhost:`);
    expect(entries[0]).toContain(`/programmas/${newest[0].slug}"/>`);
    for (const entry of entries)
      expect(entry).toMatch(/<id>urn:se-planning:support-programme:[a-z0-9]{24}<\/id><title>[^<]+<\/title>/);
    expect((await http(strapi).get('/en/programmes/atom.xml')).text).toContain('xml:lang="en"');
  });

  it('the embed script and its fragment can be loaded by any website, with no cookies', async () => {
    const script = await http(strapi).get('/embed.js');
    expect(script.type).toBe('text/javascript');
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(script.text).toContain('attachShadow');
    const fragment = await http(strapi)
      .get('/embed/programmas?municipality=parauga-novads&lang=lv')
      .set('Origin', 'https://www.example.org');
    expect(fragment.status).toBe(200);
    expect(fragment.headers['access-control-allow-origin']).toBe('*');
    expect(fragment.headers['access-control-allow-credentials']).toBeUndefined();
    expect(fragment.headers['set-cookie']).toBeUndefined();
    const open = (await api('/support-programmes?municipality=parauga-novads&state=open')).body.data;
    expect(open.length).toBeGreaterThan(0);
    for (const p of open) expect(fragment.text).toContain(`/programmas/${p.slug}"`);
    expect((await http(strapi).get('/embed/programmas?municipality=NOT%20A%20SLUG')).status).toBe(400);
  });
});
