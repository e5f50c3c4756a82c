/** `npm run backup` / `npm run restore` (scripts/backup.js, scripts/restore.js) run as an operator would, in their own process. */
import fs from 'fs';
import path from 'path';
import { spawn } from 'child_process';

const ROOT = path.resolve(__dirname, '..', '..');

export type ScriptRun = { code: number | null; stdout: string; stderr: string; ms: number };

export type Manifest = {
  createdAt: string;
  database: { client: string; database?: string; file?: string };
  files: { database: string; uploads: string | null };
  uploads: { storage: string; files?: number; bytes?: number };
  tables: Record<string, number>;
};

/** Runs scripts/<name>.js with the test's environment plus `env` (undefined removes a variable). */
export function runScript(name: 'backup' | 'restore', args: string[], env: Record<string, string | undefined>) {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const started = Date.now();
  return new Promise<ScriptRun>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', `${name}.js`), ...args], {
      cwd: ROOT,
      env: merged,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

/** The backup directory a backup run printed on its last line, and its manifest. */
export function backupOf(run: ScriptRun): { dir: string; manifest: Manifest } {
  if (run.code !== 0) throw new Error(`backup failed (${run.code}): ${run.stderr}`);
  const dir = run.stdout.trim().split('\n').pop() as string;
  return { dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest };
}
