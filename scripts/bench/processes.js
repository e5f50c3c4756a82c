/**
 * `npm run bench`: the processes it starts (Strapi children, the bare servers), always stopped on the way out,
 * and free ports for them.
 */
'use strict';
const fs = require('fs');
const net = require('net');
const path = require('path');
const { fork } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const TMP = path.join(ROOT, '.tmp');

const children = new Set();
function startChild(name, script, env) {
  fs.mkdirSync(TMP, { recursive: true });
  const logFile = path.join(TMP, `bench-${name}.log`);
  const fd = fs.openSync(logFile, 'w');
  const child = fork(script, [], { cwd: ROOT, env, stdio: ['ignore', fd, fd, 'ipc'] });
  fs.closeSync(fd);
  children.add(child);
  child.on('exit', () => children.delete(child));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within 10 minutes (see ${logFile})`)),
      600000,
    );
    child.on('message', (message) => {
      if (message && message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
      } else if (message && message.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`${name} failed: ${message.message.split('\n')[0]} (see ${logFile})`));
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal || code}) before it was ready (see ${logFile})`));
    });
  });
  return { child, ready, logFile };
}

function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// ── clean-up on every way out ─────────────────────────────────────────────────────────────
const cleanups = [];
let cleaning = null;
function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      await Promise.all([...children].map(stopChild));
      for (const fn of cleanups.reverse()) {
        try {
          await fn();
        } catch (error) {
          console.error(`clean-up: ${error.message}`);
        }
      }
    })();
  }
  return cleaning;
}
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

module.exports = { ROOT, TMP, startChild, stopChild, freePort, cleanups, cleanup };
