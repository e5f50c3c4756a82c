/**
 * Where the Media Library keeps uploads (src/upload-storage.ts): with the S3_* variables an instance puts a file
 * uploaded through the admin's upload API (`POST /upload`, the admin's JWT) into the bucket (a fake S3, s3rver) under
 * S3_PREFIX, its URL points at the bucket and the admin's CSP lets images and media load from there; without them
 * (the default) the file is stored under public/uploads and the CSP names no bucket.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { http, staffLogin, startStrapi, stopStrapi, type Staff } from './helpers/strapi';
import { startInstance, stopInstances, type Instance } from './helpers/instances';
import { startFakeS3, type FakeS3 } from './helpers/fake-s3';

const ROOT = path.resolve(__dirname, '..');
const PASSWORD = 'Testa-Parole-123';
const PREFIX = 'portals';

let strapi: Core.Strapi;
let s3: FakeS3;
let withBucket: Instance;
let staff: Staff;
const fileIds: number[] = [];
const bytes = (label: string) => Buffer.from(`${label}: pārskats par ${new Date().toISOString()}\n`);

type UploadedFile = { id: number; url: string; hash: string; ext: string; provider: string };
const upload = async (server: ReturnType<Instance['http']>, token: string, content: Buffer) => {
  const res = await server
    .post('/upload')
    .set('Authorization', `Bearer ${token}`)
    .attach('files', content, { filename: 'parskats.txt', contentType: 'text/plain' });
  expect(res.status).toBe(201);
  const [file] = res.body as UploadedFile[];
  fileIds.push(file.id);
  return file;
};
const imgAndMediaSources = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.startsWith('img-src') || d.startsWith('media-src'));

beforeAll(async () => {
  strapi = await startStrapi();
  staff = await staffLogin(strapi, { firstname: 'Augšupielāde' });
  s3 = await startFakeS3();
  withBucket = await startInstance('s3-uploads', { ...s3.env, S3_PREFIX: PREFIX });
}, 300000);

afterAll(async () => {
  await stopInstances();
  if (strapi) await strapi.db.query('plugin::upload.file').deleteMany({ where: { id: { $in: fileIds } } });
  await stopStrapi();
  if (s3) await s3.stop();
});

describe('uploads in an S3-compatible bucket (S3_BUCKET)', () => {
  it('stores a file uploaded in the admin in the bucket, under S3_PREFIX, with a URL at the bucket', async () => {
    const login = await withBucket.http().post('/admin/login').send({ email: staff.user.email, password: PASSWORD });
    expect(login.status).toBe(200);
    const content = bytes('Spainī');
    const file = await upload(withBucket.http(), login.body.data.token, content);
    const key = `${PREFIX}/${file.hash}${file.ext}`;
    expect(file.provider).toBe('aws-s3');
    expect(file.url).toBe(`${s3.endpoint}/${s3.bucket}/${key}`);
    expect(await s3.keys()).toContain(key);
    expect(await s3.object(key)).toEqual(content);
    expect(fs.existsSync(path.join(ROOT, 'public', 'uploads', `${file.hash}${file.ext}`))).toBe(false);
  });

  it("lets the admin's images and media load from the bucket", async () => {
    const res = await withBucket.http().get('/admin/init');
    const sources = imgAndMediaSources(res.headers['content-security-policy']);
    expect(sources).toHaveLength(2);
    for (const directive of sources) expect(directive.split(/\s+/)).toContain(s3.endpoint);
    expect(sources[0]).toContain('https://market-assets.strapi.io');
  });
});

describe('uploads on the local disk (the default)', () => {
  it('stores a file uploaded in the admin under public/uploads', async () => {
    const content = bytes('Diskā');
    const file = await upload(http(strapi), staff.token, content);
    expect(file.provider).toBe('local');
    expect(file.url).toBe(`/uploads/${file.hash}${file.ext}`);
    const stored = path.join(ROOT, 'public', file.url);
    try {
      expect(fs.readFileSync(stored)).toEqual(content);
      expect(await s3.keys()).not.toContain(`${PREFIX}/${file.hash}${file.ext}`);
    } finally {
      fs.rmSync(stored, { force: true });
    }
  });

  it('names no bucket in the CSP', async () => {
    const res = await http(strapi).get('/admin/init');
    const sources = imgAndMediaSources(res.headers['content-security-policy']);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.join(' ')).not.toContain(s3.endpoint);
  });
});
