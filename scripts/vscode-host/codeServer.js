'use strict';
// Starting and stopping the local code-server host, shared by the test shim and the UI
// end-to-end test: own process group, fresh folders under `tmp`, no password, port read
// from the log.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');

const REPO = path.resolve(__dirname, '..', '..');
const HOST_DIR = path.resolve(process.env.SUPPORTLINT_HOST_DIR || path.join(REPO, '.host'));
const ENTRY = path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Config, user-data and extensions folders under `tmp` (the config is written when missing). */
function serverArgs(tmp) {
  const config = path.join(tmp, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\n');
  return ['--config', config, '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')];
}

/** Starts code-server in its own process group; `ready` resolves with the port once it listens. */
function startCodeServer(tmp, env, { verbose = false } = {}) {
  const args = [
    ENTRY, ...serverArgs(tmp), '--bind-addr', '127.0.0.1:0', '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, args, { cwd: tmp, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const ready = new Promise((resolve, reject) => {
    const onLine = (line) => {
      log.push(line);
      if (verbose) process.stdout.write(`[code-server] ${line}\n`);
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
      if (m) resolve(Number(m[1]));
    };
    readline.createInterface({ input: child.stdout }).on('line', onLine);
    readline.createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`code-server exited before listening (${signal || code}). Its output:\n${log.join('\n')}`)));
  });
  return { child, log, ready };
}

/** SIGTERM the server's whole process group, wait for it to exit, then SIGKILL leftovers. */
async function stopCodeServer(child) {
  if (!child || !child.pid) return;
  const kill = (sig) => { try { process.kill(-child.pid, sig); } catch { /* group already gone */ } };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    kill('SIGTERM');
    let timer;
    await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(resolve, 5000); })]);
    clearTimeout(timer);
  }
  kill('SIGKILL'); // file watchers etc. otherwise linger for ~10 s
}

module.exports = { REPO, HOST_DIR, ENTRY, serverArgs, startCodeServer, stopCodeServer };
