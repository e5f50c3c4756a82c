/**
 * Backup and restore, end to end (scripts/backup.js, scripts/restore.js): the demo data set, a staff member and an
 * uploaded file are backed up from the run's database, restored into a fresh empty database (PostgreSQL or SQLite,
 * as the run), and a portal started on the restored database answers as the original did: the same public API
 * answers, the same admin logins, the same review history and adopted plan versions, the uploaded file. Every
 * table's row count matches the manifest's, which describes the source at the moment of the backup (other test
 * files share the run's database, so no fixed numbers). A restore into a database that is not empty is refused
 * and changes nothing.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { http, staffLogin, startStrapi, stopStrapi, uid, type Staff } from './helpers/strapi';
import { startInstance, stopInstances, type Instance } from './helpers/instances';
import { backupOf, runScript, type Manifest } from './helpers/backup-scripts';
import {
  databaseEnv,
  dropFreshDatabases,
  freshDatabase,
  rowCounts,
  runDatabase,
  selectRows,
  type TestDatabase,
} from './helpers/databases';

const ROOT = path.resolve(__dirname, '..');
const DEMO_PLANNER = 'planotajs@parauga-novads.lv';
const DEMO_PASSWORD = 'Demo-Parole-2025';

let strapi: Core.Strapi;
let staff: Staff;
let backupRoot: string;
let backup: { dir: string; manifest: Manifest };
let backupMs: number;
let restored: TestDatabase;
let restoredInstance: Instance;
let uploaded: { id: number; url: string; name: string };
const uploadedBytes = Buffer.from(`Domes lēmums par rīcības plānu, ${new Date().toISOString()}\n`);
const uploadedFile = () => path.join(ROOT, 'public', uploaded.url);

const table = (name: string) => (strapi.getModel(uid(name)) as { collectionName: string }).collectionName;
const PLAN_VERSIONS = 'se_plan_versions';

/** What the public API answers at each path (status, type and body text). */
async function publicAnswers(get: (url: string) => Promise<{ status: number; text: string; type: string }>) {
  const programmes = await get('/api/support-programmes?municipality=parauga-novads');
  const slug = JSON.parse(programmes.text).data[0].slug as string;
  const plans = await get('/api/plans');
  const plan = JSON.parse(plans.text).data[0].documentId as string;
  const paths = [
    '/api/support-programmes?municipality=parauga-novads',
    `/api/support-programmes/${slug}`,
    '/api/engagement-activities',
    '/api/engagement-activities/calendar.ics',
    '/api/results',
    '/api/plans',
    `/api/plans/${plan}`,
    `/api/plans/${plan}/versions/1`,
    '/api/municipalities',
    '/api/target-groups',
  ];
  const answers: Record<string, { status: number; type: string; text: string }> = {};
  for (const url of paths) answers[url] = await get(url);
  return answers;
}

beforeAll(async () => {
  strapi = await startStrapi();
  const demo = strapi.plugin('se-planning').service('demo-data');
  await demo.load();
  await demo.ensureDemoLogins();
  staff = await staffLogin(strapi, { firstname: 'Rezerve' });
  const upload = await http(strapi)
    .post('/upload')
    .set('Authorization', `Bearer ${staff.token}`)
    .attach('files', uploadedBytes, { filename: 'domes-lemums.txt', contentType: 'text/plain' });
  expect(upload.status).toBe(201);
  uploaded = upload.body[0];
  expect(fs.readFileSync(uploadedFile())).toEqual(uploadedBytes);

  backupRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'se-backup-'));
  const run = await runScript('backup', [], { BACKUP_DIR: backupRoot });
  backup = backupOf(run);
  backupMs = run.ms;
  restored = await freshDatabase('restored');
}, 300000);

afterAll(async () => {
  await stopInstances();
  if (uploaded) {
    await strapi
      .plugin('upload')
      .service('upload')
      .remove(await strapi.db.query('plugin::upload.file').findOne({ where: { id: uploaded.id } }));
  }
  await stopStrapi();
  await dropFreshDatabases();
  if (backupRoot) fs.rmSync(backupRoot, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('writes the database, the uploads and a manifest with the source’s row counts into a directory named with the time', async () => {
    expect(path.dirname(backup.dir)).toBe(backupRoot);
    expect(path.basename(backup.dir)).toMatch(/^backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(backup.manifest.database.client).toBe(runDatabase().client);
    expect(fs.statSync(path.join(backup.dir, backup.manifest.files.database)).size).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(backup.dir, 'uploads', path.basename(uploaded.url)))).toEqual(uploadedBytes);
    // nothing has written since: the source still has exactly the manifest's rows in the tables that matter
    const tables = ['admin_users', table('review-event'), PLAN_VERSIONS, 'files', table('plan')];
    expect(await rowCounts(runDatabase(), tables)).toEqual(
      Object.fromEntries(tables.map((t) => [t, backup.manifest.tables[t]])),
    );
    expect(backup.manifest.tables.admin_users).toBeGreaterThanOrEqual(5);
    expect(backup.manifest.tables[PLAN_VERSIONS]).toBeGreaterThan(0);
    console.log(
      `backup (${runDatabase().client}): ${fs.statSync(path.join(backup.dir, backup.manifest.files.database)).size} bytes, ${backupMs} ms`,
    );
  });
});

describe('npm run restore', () => {
  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const run = runDatabase();
    const before = await rowCounts(run, Object.keys(backup.manifest.tables));
    const refused = await runScript('restore', [backup.dir], databaseEnv(run));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty/);
    expect(await rowCounts(run, Object.keys(backup.manifest.tables))).toEqual(before);
  });

  it('refuses a directory that is not a backup', async () => {
    const run = await runScript('restore', [backupRoot], databaseEnv(restored));
    expect([run.code, run.stderr]).toEqual([1, expect.stringMatching(/is not a backup: it has no manifest.json/)]);
  });

  it('restores into an empty database: every table with the manifest’s row count, and the uploads', async () => {
    fs.rmSync(uploadedFile());
    const run = await runScript('restore', [backup.dir], databaseEnv(restored));
    expect([run.code, run.stderr]).toEqual([0, '']);
    console.log(`restore (${restored.client}): ${run.ms} ms`);
    expect(await rowCounts(restored, Object.keys(backup.manifest.tables))).toEqual(backup.manifest.tables);
    expect(fs.readFileSync(uploadedFile())).toEqual(uploadedBytes);
  });

  it('brings back the review history and the adopted plan versions row for row', async () => {
    for (const name of [table('review-event'), PLAN_VERSIONS, 'admin_users', 'files']) {
      const rows = await selectRows(restored, name);
      expect(rows.length).toBe(backup.manifest.tables[name]);
      expect(rows).toEqual(await selectRows(runDatabase(), name));
    }
  });
});

describe('a portal started on the restored database', () => {
  beforeAll(async () => {
    const publicUrl = strapi.config.get<{ publicUrl: string }>('plugin::se-planning').publicUrl;
    restoredInstance = await startInstance('restored', { ...databaseEnv(restored), PUBLIC_URL: publicUrl });
  }, 300000);

  it('answers the public API as the original does', async () => {
    const answer = async (res: { status: number; text: string; type: string }) => ({
      status: res.status,
      type: res.type,
      text: res.text,
    });
    const original = await publicAnswers(async (url) => answer(await http(strapi).get(url)));
    const copy = await publicAnswers(async (url) => answer(await restoredInstance.http().get(url)));
    expect(Object.values(original).every((a) => a.status === 200)).toBe(true);
    expect(
      JSON.parse(original['/api/support-programmes?municipality=parauga-novads'].text).data.length,
    ).toBeGreaterThan(0);
    expect(copy).toEqual(original);
  });

  it('lets the demo staff and a staff member made before the backup log in, with the same plans', async () => {
    const login = (email: string, password: string) =>
      restoredInstance.http().post('/admin/login').send({ email, password });
    const planner = await login(DEMO_PLANNER, DEMO_PASSWORD);
    expect(planner.status).toBe(200);
    const made = await login(staff.user.email, 'Testa-Parole-123');
    expect(made.status).toBe(200);
    expect((await login(staff.user.email, 'Nepareiza-Parole-1')).status).toBe(400);
    // the instance runs on the restored database, not the original: a staff member made after the backup is unknown
    const later = await staffLogin(strapi, { firstname: 'Pēcāk' });
    expect((await login(later.user.email, 'Testa-Parole-123')).status).toBe(400);

    const plans = (token: string, server: ReturnType<Instance['http']>) =>
      server.get('/se-planning/plans').set('Authorization', `Bearer ${token}`);
    const copy = await plans(made.body.data.token, restoredInstance.http());
    const original = await plans(staff.token, http(strapi));
    expect(copy.status).toBe(200);
    expect(copy.body).toEqual(original.body);
  });

  it('serves the uploaded file', async () => {
    const res = await restoredInstance.http().get(uploaded.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(res.text)).toEqual(uploadedBytes);
  });
});
