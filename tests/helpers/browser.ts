/**
 * The browser tests' browser: Debian's chromium driven by playwright-core (no browser download), logged in
 * with the demo staff logins (the demo password), and a wait for a condition.
 */
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { execFileSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStrapi } from './strapi';

const ROOT = path.resolve(__dirname, '..', '..');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Logs a demo staff member in and waits for the plugin's menu link. */
export async function logIn(target: Page, base: string, email: string) {
  await target.goto(`${base}/admin/auth/login`);
  await target.getByLabel('Email').fill(email);
  await target.getByLabel('Password').fill('Demo-Parole-2025');
  await target.getByRole('button', { name: /login/i }).click();
  await target.getByRole('link', { name: 'Sociālās uzņēmējdarbības plāns' }).waitFor({ timeout: 60_000 });
}

/** Waits until `check` returns something truthy (or fails after the timeout). */
export async function eventually<T>(check: () => Promise<T>, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Strapi with the built admin (built first if it is not: `npm run build`), the demo data and the demo logins,
 * listening on a free port; `base` is its address. Screenshots go to tests/artifacts/.
 */
export async function startDemoAdmin(): Promise<{ strapi: Core.Strapi; base: string }> {
  // the screenshots' place (ignored by git)
  fs.mkdirSync(path.join(ROOT, 'tests', 'artifacts'), { recursive: true });
  if (!fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html'))) {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  const strapi = await startStrapi({ serveAdminPanel: true });
  const demo = strapi.plugin('se-planning').service('demo-data');
  await demo.load();
  await demo.ensureDemoLogins();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  return { strapi, base: `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}` };
}

/**
 * Strapi with the demo data and no admin panel (the residents' website and the API only), listening on a free
 * port; `base` is its address. Screenshots go to tests/artifacts/.
 */
export async function startDemoSite(): Promise<{ strapi: Core.Strapi; base: string }> {
  fs.mkdirSync(path.join(ROOT, 'tests', 'artifacts'), { recursive: true });
  const strapi = await startStrapi();
  await strapi.plugin('se-planning').service('demo-data').load();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  return { strapi, base: `http://127.0.0.1:${(strapi.server.httpServer.address() as AddressInfo).port}` };
}
