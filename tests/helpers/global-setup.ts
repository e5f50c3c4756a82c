/**
 * Compiles the app (TypeScript → dist) once per run and chooses the run's database:
 * a fresh SQLite file, or the PostgreSQL database named by DATABASE_URL (.ci/run creates a
 * fresh one per run and drops it afterwards).
 */
import fs from 'fs';
import path from 'path';
import { compileStrapi } from '@strapi/strapi';

export const ROOT = path.resolve(__dirname, '..', '..');

export default async function globalSetup() {
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.BROWSER = 'none';
  // The suites make hundreds of requests from 127.0.0.1: keep the public API's rate limit out of their way unless
  // the run sets one (tests/public-edge.test.ts sets its own low limit).
  process.env.PUBLIC_API_RATE_LIMIT ??= '1000000';
  if (!process.env.DATABASE_URL) {
    const file = path.join(ROOT, '.tmp', `test-${process.pid}.db`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.rmSync(file, { force: true });
    process.env.DATABASE_FILENAME = file;
  }
  await compileStrapi({ appDir: ROOT, ignoreDiagnostics: false });
}
