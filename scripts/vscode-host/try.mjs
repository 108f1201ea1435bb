#!/usr/bin/env node
// `npm run try [-- FOLDER]`: opens the extension in browser VS Code (code-server 4.100.3 =
// VS Code 1.100.3) with examples/ (or FOLDER) as the workspace. Builds nothing: run
// `npm run build` first. Installs the host into .host/ if missing. Runs until Ctrl+C.
//
// The extension is loaded like an installed one: .host/try/extensions holds a symlink to the
// repository (or to $SUPPORTLINT_EXT_PATH), so after a rebuild "Developer: Reload Window"
// picks up the new dist/. Settings and UI state persist in .host/try/user-data.
//
// Environment: PORT (default 8080), SUPPORTLINT_TRY_HOST (default 127.0.0.1; the server has
// no password, so only bind other addresses on a trusted network), SUPPORTLINT_EXT_PATH,
// SUPPORTLINT_HOST_DIR.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const hostDir = path.resolve(process.env.SUPPORTLINT_HOST_DIR || path.join(repo, '.host'));
const entry = path.join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const extPath = path.resolve(process.env.SUPPORTLINT_EXT_PATH || repo);
const folder = path.resolve(process.argv[2] || path.join(repo, 'examples'));
const port = Number(process.env.PORT || 8080);
const bindHost = process.env.SUPPORTLINT_TRY_HOST || '127.0.0.1';
const say = (msg) => console.log(`[try] ${msg}`);

const install = spawnSync('bash', [path.join(here, 'install.sh')], { stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);
if (!fs.existsSync(folder)) {
  console.error(`[try] folder not found: ${folder}`);
  process.exit(1);
}

const pkg = JSON.parse(fs.readFileSync(path.join(extPath, 'package.json'), 'utf8'));
const main = path.resolve(extPath, pkg.main || 'extension.js');
if (pkg.main && !fs.existsSync(main)) {
  say(`warning: ${path.relative(repo, main)} does not exist yet; run \`npm run build\`, then reload the window`);
}

// A fresh extensions folder whose only extension is a symlink to the one under development.
const tryDir = path.join(hostDir, 'try');
const extensionsDir = path.join(tryDir, 'extensions');
fs.rmSync(extensionsDir, { recursive: true, force: true });
fs.mkdirSync(extensionsDir, { recursive: true });
fs.symlinkSync(extPath, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
// First run only: skip the welcome walkthrough and the "open parent git repository" prompt.
const settings = path.join(tryDir, 'user-data', 'User', 'settings.json');
if (!fs.existsSync(settings)) {
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(settings, `${JSON.stringify({
    'workbench.startupEditor': 'none',
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2)}\n`);
}
const config = path.join(tryDir, 'config.yaml');
fs.writeFileSync(config, 'auth: none\n');

const env = {
  ...process.env,
  EXTENSIONS_GALLERY: '{}',
  XDG_CONFIG_HOME: path.join(tryDir, 'xdg-config'),
  XDG_DATA_HOME: path.join(tryDir, 'xdg-data'),
  XDG_CACHE_HOME: path.join(tryDir, 'xdg-cache'),
};
for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];

const server = spawn(process.execPath, [
  entry, '--config', config, '--bind-addr', `${bindHost}:${port}`, '--auth', 'none',
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  '--disable-getting-started-override', '--ignore-last-opened',
  '--user-data-dir', path.join(tryDir, 'user-data'), '--extensions-dir', extensionsDir,
], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

let announced = false;
const onLine = (line) => {
  console.log(`[code-server] ${line}`);
  const m = /HTTP server listening on (http:\/\/\S+?)\/?$/.exec(line);
  if (m && !announced) {
    announced = true;
    say(`extension ${pkg.publisher}.${pkg.name} loaded from ${extPath}`);
    say(`open ${m[1]}/?folder=${encodeURIComponent(folder)}`);
    say('press Ctrl+C to stop');
  }
};
readline.createInterface({ input: server.stdout }).on('line', onLine);
readline.createInterface({ input: server.stderr }).on('line', onLine);

const killGroup = (sig) => { try { process.kill(-server.pid, sig); } catch { /* group already gone */ } };
const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve(signal || code)));
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  say('stopping');
  killGroup('SIGTERM');
  let timer;
  await Promise.race([exited, new Promise((r) => { timer = setTimeout(r, 5000); })]);
  clearTimeout(timer);
  killGroup('SIGKILL'); // file watchers etc. otherwise linger for ~10 s
  process.exit(0);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, stop);
exited.then((how) => {
  if (stopping) return;
  console.error(`[try] code-server exited (${how})${announced ? '' : `; is port ${port} in use? Try PORT=8081 npm run try`}`);
  killGroup('SIGKILL');
  process.exit(1);
});
