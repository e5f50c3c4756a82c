/**
 * The residents' website in a browser (Debian's Chromium through playwright-core) on the demo data: filtering by
 * kind and target group, search with and without diacritics, a programme's page, the language switch, the calendar
 * link, a keyboard-only path through the filters, the embed inside a plain host page with conflicting CSS,
 * axe-core on every page type (no serious or critical violation) on a desktop and a 360 px phone, and the pages
 * without JavaScript. Screenshots go to tests/artifacts/.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Core } from '@strapi/strapi';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startDemoSite } from './helpers/browser';
import { stopStrapi } from './helpers/strapi';
import { api } from './helpers/requests';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = path.resolve(__dirname, 'artifacts');

let strapi: Core.Strapi;
let base: string;
let browser: Browser;
let desktop: BrowserContext;
let tab: Page;

beforeAll(async () => {
  ({ strapi, base } = await startDemoSite());
  browser = await launchBrowser();
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'lv-LV' });
  tab = await desktop.newPage();
});
afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

const cardTitles = (target: Page) => target.locator('li.card h3 a, li.card h2 a').allTextContents();
const apiTitles = async (query: string) =>
  (await api(`/support-programmes?${query}`)).body.data.map((p: { title: string }) => p.title) as string[];

describe('a resident looking for support', () => {
  it('filters the programmes by kind and target group with the form', async () => {
    await tab.goto(`${base}/programmas`);
    await tab.getByLabel(/^Grants \(\d+\)$/).check();
    await tab.getByLabel(/^Seniori \(\d+\)$/).check();
    await tab.getByRole('button', { name: 'Rādīt' }).click();
    await tab.waitForURL(/kind=grant/);
    expect(new URL(tab.url()).search).toBe('?q=&municipality=&kind=grant&targetGroup=seniori&sort=');
    const titles = await cardTitles(tab);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).toEqual(await apiTitles('kind=grant&targetGroup=seniori'));
    // the choices stay checked on the answer
    expect(await tab.getByLabel(/^Grants \(\d+\)$/).isChecked()).toBe(true);
  });

  it('searches with and without diacritics: "sociala" and "sociālā" find the same programmes', async () => {
    const search = async (words: string) => {
      await tab.goto(`${base}/programmas`);
      await tab.getByRole('searchbox', { name: 'Meklēt' }).fill(words);
      await tab.getByRole('button', { name: 'Rādīt' }).click();
      await tab.waitForURL(/q=/);
      return cardTitles(tab);
    };
    const plain = await search('sociala');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.some((title) => title.includes('sociālā'))).toBe(true);
    expect((await search('sociālā')).sort()).toEqual([...plain].sort());
  });

  it('opens a programme, switches to English and back', async () => {
    // the demo's open grant round (other test files' programmes may share the run's database)
    await tab.goto(`${base}/programmas?municipality=parauga-novads&kind=grant&state=open`);
    const [title] = await cardTitles(tab);
    await tab.getByRole('link', { name: title }).click();
    await expect(tab.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    expect(await tab.getByText('Kas var pieteikties').count()).toBe(1);
    const slug = new URL(tab.url()).pathname.split('/').pop();
    await tab.getByRole('link', { name: 'In English' }).click();
    await tab.waitForURL(/\/en\/programmes\//);
    expect(new URL(tab.url()).pathname).toBe(`/en/programmes/${slug}`);
    expect(await tab.getAttribute('html', 'lang')).toBe('en');
    expect(await tab.getByRole('link', { name: 'Back to support programmes' }).count()).toBe(1);
    await tab.getByRole('link', { name: 'Latviski' }).click();
    await tab.waitForURL((url) => url.pathname === `/programmas/${slug}`);
    expect(await tab.getAttribute('html', 'lang')).toBe('lv');
  });

  it('subscribes to the events it filtered: the calendar link is the feed of the same selection', async () => {
    await tab.goto(`${base}/pasakumi`);
    await tab.getByLabel('Pašvaldība').selectOption('parauga-novads');
    await tab.getByRole('button', { name: 'Rādīt' }).click();
    await tab.waitForURL(/municipality=parauga-novads/);
    const link = tab.getByRole('link', { name: 'Pievienot kalendāram' });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(
      /^\/api\/engagement-activities\/calendar\.ics\?municipality=parauga-novads&from=\d{4}-\d\d-\d\d$/,
    );
    const feed = await tab.request.get(`${base}${href}`);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const listed = await cardTitles(tab);
    expect(listed.length).toBeGreaterThan(0);
    const body = await feed.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(listed.length);
  });

  it('goes through the filters with the keyboard alone, always seeing where the focus is', async () => {
    await tab.goto(`${base}/programmas`);
    const focused = () =>
      tab.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          id: element.id,
          tag: element.tagName,
          text: element.textContent?.trim() ?? '',
          visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
    const tabTo = async (wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      // (the whole form lies between: every target group the run's database holds is a checkbox)
      for (let n = 0; n < 400; n += 1) {
        await tab.keyboard.press('Tab');
        const now = await focused();
        expect([now.id || now.text, now.visible]).toEqual([now.id || now.text, true]);
        if (wanted(now)) return now;
      }
      throw new Error('never reached');
    };
    // first stop: the skip link, which takes the focus to the content
    await tab.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ text: 'Pāriet uz saturu', visible: true });
    await tab.keyboard.press('Enter');
    expect((await focused()).id).toBe('saturs');
    await tabTo((f) => f.id === 'q');
    await tab.keyboard.type('sociala');
    await tabTo((f) => f.id === 'kind-grant');
    await tab.keyboard.press('Space');
    await tabTo((f) => f.tag === 'BUTTON');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/kind=grant/);
    const url = new URL(tab.url());
    expect(url.searchParams.get('q')).toBe('sociala');
    expect(url.searchParams.getAll('kind')).toEqual(['grant']);
    expect(await cardTitles(tab)).toEqual(await apiTitles('q=sociala&kind=grant'));
    // and on into the results, every stop visible
    const titles = await cardTitles(tab);
    const first = await tabTo((f) => f.tag === 'A' && titles.includes(f.text));
    expect(first.text).toBe(titles[0]);
  });

  it('works without JavaScript: the programmes are in the HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/programmas`);
    const titles = await cardTitles(page);
    expect(titles).toEqual(await apiTitles(''));
    await page.getByLabel(/^Grants \(\d+\)$/).check();
    await page.getByRole('button', { name: 'Rādīt' }).click();
    await page.waitForURL(/kind=grant/);
    expect(await cardTitles(page)).toEqual(await apiTitles('kind=grant'));
    await context.close();
  });
});

describe('the embed', () => {
  let host: http.Server;
  let hostUrl: string;
  // the README's example host page (its own, deliberately clashing CSS), its script pointed at this server
  const HOST_PAGE = (scriptBase: string) =>
    fs
      .readFileSync(path.resolve(__dirname, '..', 'examples', 'embed-host.html'), 'utf8')
      .replace('http://localhost:1337/embed.js', `${scriptBase}/embed.js`);

  beforeAll(async () => {
    host = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(HOST_PAGE(base));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    // another origin than the portal's (another port)
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  it('renders the municipality’s open programmes in a shadow root, neither side’s styles leaking', async () => {
    const page = await desktop.newPage();
    await page.goto(hostUrl);
    const embedded = page.locator('[data-se-planning="parauga-novads"] .se');
    await embedded.waitFor();
    const open = (await api('/support-programmes?municipality=parauga-novads&state=open')).body.data;
    expect(open.length).toBeGreaterThan(0);
    const links = embedded.locator('li a');
    expect(await links.allTextContents()).toEqual(open.map((p: { title: string }) => p.title));
    for (const [index, programme] of open.entries())
      expect(await links.nth(index).getAttribute('href')).toMatch(new RegExp(`/programmas/${programme.slug}$`));
    const inside = await embedded.evaluate((section) => {
      const link = section.querySelector('a')!;
      const heading = section.querySelector('h2')!;
      return {
        display: getComputedStyle(section).display,
        linkDisplay: getComputedStyle(link).display,
        linkColour: getComputedStyle(link).color,
        fontSize: getComputedStyle(section).fontSize,
        headingBackground: getComputedStyle(heading).backgroundColor,
        lang: section.getAttribute('lang'),
      };
    });
    expect(inside).toEqual({
      display: 'block',
      linkDisplay: 'inline',
      linkColour: 'rgb(10, 79, 133)',
      fontSize: '16px',
      headingBackground: 'rgba(0, 0, 0, 0)',
      lang: 'lv',
    });
    // and the embed's styles do not reach the host page
    const outside = await page.evaluate(() => {
      const heading = document.querySelector('h2.outside')!;
      const item = document.querySelector('li.outside')!;
      return {
        headingSize: getComputedStyle(heading).fontSize,
        headingBackground: getComputedStyle(heading).backgroundColor,
        itemBorder: getComputedStyle(item).borderTopWidth,
      };
    });
    expect(outside).toEqual({ headingSize: '40px', headingBackground: 'rgb(255, 255, 0)', itemBorder: '5px' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'site-embed-host-page.png'), fullPage: true });
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA) and the phone', () => {
  const pageTypes = async () => {
    const programme = (await api('/support-programmes?state=open')).body.data[0].slug;
    const event = (await api('/engagement-activities')).body.data[0].slug;
    return [
      ['home', '/'],
      ['programmes', '/programmas'],
      ['programmes-filtered', '/programmas?kind=grant&q=sociala'],
      ['programme', `/programmas/${programme}`],
      ['activities', '/pasakumi'],
      ['activity', `/pasakumi/${event}`],
      ['results', '/rezultati'],
      ['municipality', '/parauga-novads'],
      ['accessibility', '/pieklustamiba'],
      ['data', '/dati'],
      ['not-found', '/nav-tadas-lapas/x/y'],
      ['bad-request', '/programmas?kind=dragons'],
      ['home-en', '/en'],
      ['programmes-en', '/en/programmes'],
      ['results-en', '/en/results'],
    ] as const;
  };

  async function audit(context: BrowserContext, device: string) {
    const page = await context.newPage();
    const findings: Record<string, string[]> = {};
    for (const [name, address] of await pageTypes()) {
      await page.goto(`${base}${address}`);
      // axe-core injected into the page (the context bypasses the site's CSP, which allows no script)
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        });
        return result.violations
          .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v: { id: string; nodes: { target: string[] }[] }) =>
              `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
      });
      findings[name] = violations;
      // nothing wider than the screen
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect([name, device, overflow <= 0]).toEqual([name, device, true]);
      await page.screenshot({ path: path.join(ARTIFACTS, `site-${name}-${device}.png`), fullPage: true });
    }
    await page.close();
    return findings;
  }

  it('no page type has a serious or critical violation on a desktop', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const findings = await audit(context, 'desktop');
    await context.close();
    expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((name) => [name, []])));
    expect(Object.keys(findings)).toHaveLength(15);
  });

  it('nor on a 360 px wide phone', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      bypassCSP: true,
    });
    const findings = await audit(context, 'phone');
    await context.close();
    expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((name) => [name, []])));
  });

  it('axe would see a violation: a page with a missing label fails the same check', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/programmas`);
    await page.evaluate(() => document.querySelector('label[for="q"]')?.remove());
    await page.addScriptTag({ content: AXE });
    const ids = await page.evaluate(async () =>
      ((await (window as any).axe.run(document)).violations as { id: string; impact: string }[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    );
    expect(ids).toContain('label');
    await context.close();
  });
});
