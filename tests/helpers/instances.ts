/**
 * Portal instances in their own processes (tests/helpers/instance-child.js), for what one in-process Strapi
 * cannot show: two instances on one database, a database restarted under a running app, a production start.
 * Each gets a free port and the test run's environment (database included) plus `env`; its log is in .tmp/.
 * Every instance a file starts is stopped by `stopInstances()` (call it in afterAll).
 */
import fs from 'fs';
import net from 'net';
import path from 'path';
import { fork, type ChildProcess } from 'child_process';
import request from 'supertest';

const ROOT = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'instance-child.js');

export type Instance = {
  name: string;
  url: string;
  port: number;
  child: ChildProcess;
  logFile: string;
  /** supertest against this instance's address */
  http: () => ReturnType<typeof request>;
  /** what the instance has written to its log so far */
  log: () => string;
  stop: () => Promise<void>;
};

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const started = new Set<ChildProcess>();

function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts an instance and resolves once it listens; rejects with the start of its log if it stops first. */
export async function startInstance(
  name: string,
  env: Record<string, string | undefined> = {},
  { timeoutMs = 180000 } = {},
): Promise<Instance> {
  const port = await freePort();
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const logFile = path.join(ROOT, '.tmp', `instance-${name}-${process.pid}.log`);
  const fd = fs.openSync(logFile, 'w');
  const child = fork(CHILD, [], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  fs.closeSync(fd);
  started.add(child);
  child.on('exit', () => started.delete(child));
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '');
  await new Promise<void>((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`instance ${name} ${why}; its log:\n${log().slice(-4000)}`));
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs / 1000} s`), timeoutMs);
    child.on('message', (message: { type?: string; message?: string }) => {
      if (message?.type === 'ready') {
        clearTimeout(timer);
        resolve();
      } else if (message?.type === 'error') {
        clearTimeout(timer);
        fail(`failed: ${message.message?.split('\n')[0]}`);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fail(`exited (${signal ?? code}) before it was ready`);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return { name, url, port, child, logFile, log, http: () => request(url), stop: () => stopChild(child) };
}

/**
 * Runs an instance to its end, for starts that must refuse: resolves with its exit code and log
 * (rejects if it is still running after `timeoutMs`).
 */
export async function runInstanceToExit(
  name: string,
  env: Record<string, string | undefined>,
  { timeoutMs = 120000 } = {},
): Promise<{ code: number | null; log: string; ready: boolean }> {
  try {
    const instance = await startInstance(name, env, { timeoutMs });
    const log = instance.log();
    await instance.stop();
    return { code: null, log, ready: true };
  } catch (error) {
    return { code: 1, log: (error as Error).message, ready: false };
  }
}

export async function stopInstances() {
  await Promise.all([...started].map(stopChild));
}
