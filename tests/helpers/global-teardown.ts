import fs from 'fs';

export default async function globalTeardown() {
  const file = process.env.DATABASE_FILENAME;
  if (file && file.includes('test-')) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  }
}
