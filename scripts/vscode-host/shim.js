#!/usr/bin/env node
/*
 * A "VS Code executable" stand-in for @vscode/test-electron's
 * runTests({ vscodeExecutablePath }). It runs the extension tests inside a real VS Code
 * extension host: code-server 4.100.3 (= VS Code 1.100.3, installed by install.sh into
 * <repo>/.host) with the workbench opened in headless Debian chromium (playwright-core).
 *
 * Understood arguments (the ones runTests passes; everything else is ignored):
 *   --extensionDevelopmentPath=DIR   (repeatable)
 *   --extensionTestsPath=FILE        (module exporting run())
 *   FOLDER                           (optional positional: the workspace folder)
 * Exit code: the code the workbench reports through codeAutomationExit (0 = pass).
 *
 * Environment:
 *   SUPPORTLINT_HOST_DIR            where install.sh put code-server (default <repo>/.host)
 *   SUPPORTLINT_VSCODE_TIMEOUT      seconds before the whole run is aborted (default 300)
 *   SUPPORTLINT_VSCODE_LOG_DIR      if set, VS Code's own log files are written there
 *   SUPPORTLINT_VSCODE_VERBOSE=1    also print code-server's log and browser console
 *   SUPPORTLINT_CHROMIUM            browser binary (default /usr/bin/chromium)
 * Everything else in the environment (e.g. runTests' extensionTestsEnv) reaches the
 * extension host, as with desktop VS Code.
 */
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const { REPO, HOST_DIR, ENTRY, startCodeServer, stopCodeServer } = require('./codeServer');
const CHROMIUM = process.env.SUPPORTLINT_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_S = Number(process.env.SUPPORTLINT_VSCODE_TIMEOUT || 300);
const VERBOSE = /^(1|true|yes)$/i.test(process.env.SUPPORTLINT_VSCODE_VERBOSE || '');
const LOG_DIR = process.env.SUPPORTLINT_VSCODE_LOG_DIR;
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const t0 = Date.now();
const say = (msg) => process.stdout.write(`[vscode-shim ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);

function parseArgs(argv) {
  const out = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
    if (!m) {
      if (out.folder) throw new Error(`only one workspace folder is supported (got ${out.folder} and ${a})`);
      out.folder = path.resolve(a);
      continue;
    }
    const [, name, inline] = m;
    if (name !== 'extensionDevelopmentPath' && name !== 'extensionTestsPath') continue;
    const value = inline !== undefined ? inline : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'extensionDevelopmentPath') out.extensionDevelopmentPaths.push(path.resolve(value));
    else out.extensionTestsPath = path.resolve(value);
  }
  return out;
}

/** vscode-remote URI of an absolute path on the server, as seen from the browser's host:port. */
function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.extensionTestsPath) throw new Error('missing --extensionTestsPath');
  if (opts.extensionDevelopmentPaths.length === 0) throw new Error('missing --extensionDevelopmentPath');
  if (!fs.existsSync(ENTRY)) {
    throw new Error(`code-server is not installed in ${HOST_DIR}; run: bash scripts/vscode-host/install.sh`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found; run: bash scripts/vscode-host/install.sh`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-vscode-'));
  let server;
  let browser;
  let finished = false;
  const cleanup = async () => {
    if (browser) {
      const b = browser;
      browser = undefined;
      await Promise.race([b.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000).unref())]);
    }
    if (server) {
      const s = server;
      server = undefined;
      await stopCodeServer(s.child);
    }
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  // Last resort if we die without running cleanup (e.g. an uncaught exception).
  process.on('exit', () => {
    if (server && server.child.pid) { try { process.kill(-server.child.pid, 'SIGKILL'); } catch { /* gone */ } }
  });

  let settle;
  const outcome = new Promise((resolve) => { settle = resolve; });
  const fail = (msg) => settle({ code: 1, error: msg });
  const timeout = setTimeout(
    () => fail(`timed out after ${TIMEOUT_S}s waiting for the tests to finish (SUPPORTLINT_VSCODE_TIMEOUT=${TIMEOUT_S})`),
    TIMEOUT_S * 1000);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => settle({ code: sig === 'SIGINT' ? 130 : 143, error: `interrupted by ${sig}` }));
  }

  const run = async () => {
    // VSCODE_*: would make code-server act as the CLI of an enclosing VS Code instance.
    // XDG_*: code-server, VS Code (device id) and chromium (crash reports) would otherwise
    // write into ~/.config, ~/.local/share and ~/.cache.
    const xdg = {
      XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache'),
    };
    const env = { ...process.env, ...xdg, EXTENSIONS_GALLERY: '{}' };
    for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];

    server = startCodeServer(tmp, env, { verbose: VERBOSE });
    const port = await server.ready;
    say(`code-server ${path.relative(REPO, HOST_DIR) || HOST_DIR} listening on 127.0.0.1:${port}`);
    server.child.once('exit', (code, signal) => {
      if (!finished) fail(`code-server exited unexpectedly (${signal || code}). Its output:\n${server ? server.log.join('\n') : ''}`);
    });

    const { chromium } = require('playwright-core');
    // handleSIG*: false, or playwright calls process.exit() on Ctrl+C before our cleanup runs.
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, env: { ...process.env, ...xdg },
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    browser.on('disconnected', () => { if (!finished) fail('the browser closed or crashed'); });
    const page = await browser.newPage();
    page.on('crash', () => fail('the browser page crashed'));
    page.on('pageerror', (err) => { if (VERBOSE) say(`page error: ${err.message}`); });
    if (VERBOSE) page.on('console', (m) => process.stdout.write(`[browser ${m.type()}] ${m.text()}\n`));

    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      if (LOG_DIR && Array.isArray(logs)) {
        for (const { relativePath, contents } of logs) {
          const file = path.join(LOG_DIR, relativePath);
          if (!path.resolve(file).startsWith(path.resolve(LOG_DIR) + path.sep)) continue;
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, contents);
        }
      }
      settle({ code: typeof code === 'number' ? code : 1 });
    });

    const authority = `127.0.0.1:${port}`;
    const payload = [
      ...opts.extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remoteUri(authority, p)]),
      ['extensionTestsPath', remoteUri(authority, opts.extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    const query = new URLSearchParams();
    if (opts.folder) query.set('folder', opts.folder);
    else query.set('ew', 'true');
    query.set('payload', JSON.stringify(payload));
    say(`opening workbench${opts.folder ? ` on ${opts.folder}` : ''}`);
    // No navigation timeout of its own: the global timeout covers a hung server.
    await page.goto(`http://${authority}/?${query}`, { waitUntil: 'domcontentloaded', timeout: 0 });
  };
  const running = run().catch((err) => fail(err && err.stack ? err.stack : String(err)));

  const result = await outcome;
  finished = true;
  clearTimeout(timeout);
  if (result.error) process.stderr.write(`[vscode-shim] ERROR: ${result.error}\n`);
  // If we were interrupted mid-start (e.g. while chromium launches), let that step finish so
  // that cleanup sees the browser; bounded, since a hung step must not block the exit.
  await Promise.race([running, new Promise((r) => setTimeout(r, 10000).unref())]);
  await cleanup();
  say(`exit ${result.code}`);
  return result.code;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`[vscode-shim] ERROR: ${err && err.message ? err.message : err}\n`); process.exitCode = 1; },
);
