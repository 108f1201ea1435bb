#!/usr/bin/env node
/*
 * End-to-end test through the real VS Code UI (code-server 4.100.3 = VS Code 1.100.3 in
 * headless chromium, see scripts/vscode-host/README.md):
 *   1. packages the extension into a .vsix (vsce, offline) and installs it into a fresh
 *      extensions folder, as a user would;
 *   2. opens a copy of test/vscode/workspace, clicks scripts/jargon.callscript in the
 *      Explorer and waits for the squiggles;
 *   3. opens the Problems panel (Ctrl+Shift+M) and reads its rows;
 *   4. opens the Support Cases sidebar and reads its tree;
 *   5. saves a screenshot to test-artifacts/ui-e2e.png (before the run ends: the squiggles
 *      vanish when the extension host stops);
 *   6. opens the Get Started walkthrough and saves test-artifacts/ui-e2e-walkthrough.png.
 * Needs `npm run compile` (dist/) and `npm run host:install`. Exit code 0 = pass.
 * Environment: SUPPORTLINT_HOST_DIR, SUPPORTLINT_CHROMIUM (as the test host),
 * SUPPORTLINT_E2E_VERBOSE=1 (print code-server's log), SUPPORTLINT_E2E_TIMEOUT (s, default 180).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { ENTRY, serverArgs, startCodeServer, stopCodeServer } = require('../../scripts/vscode-host/codeServer.js');
const CHROMIUM = process.env.SUPPORTLINT_CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'ui-e2e.png');
const WALKTHROUGH_SCREENSHOT = path.join(ARTIFACTS, 'ui-e2e-walkthrough.png');
const VERBOSE = /^(1|true|yes)$/i.test(process.env.SUPPORTLINT_E2E_VERBOSE || '');
const TIMEOUT_MS = Number(process.env.SUPPORTLINT_E2E_TIMEOUT || 180) * 1000;
const STEP_MS = 30000;

const t0 = Date.now();
const say = (msg) => process.stdout.write(`[ui-e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);

function preflight() {
  for (const [file, fix] of [
    [ENTRY, 'npm run host:install'],
    [CHROMIUM, 'npm run host:install'],
    [path.join(REPO, 'dist', 'extension.js'), 'npm run compile'],
    [path.join(REPO, 'dist', 'server.js'), 'npm run compile'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`${fix}\` first`);
  }
}

/** The .vsix a user would install, packaged from the current build. */
function packageVsix(tmp) {
  const out = path.join(tmp, 'supportlint.vsix');
  execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], {
    cwd: REPO,
    stdio: VERBOSE ? 'inherit' : 'pipe',
  });
  say(`packaged ${path.basename(out)}: ${(fs.statSync(out).size / 1024).toFixed(0)} KiB`);
  return out;
}

async function run(tmp, state) {
  preflight();
  const vsix = packageVsix(tmp);
  const settingsDir = path.join(tmp, 'user-data', 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  fs.writeFileSync(
    path.join(settingsDir, 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.tips.enabled': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'security.workspace.trust.enabled': false,
      'editor.minimap.enabled': false,
      'window.zoomLevel': 0,
    }),
  );
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(REPO, 'test', 'vscode', 'workspace'), workspace, { recursive: true });

  const xdg = { XDG_CONFIG_HOME: path.join(tmp, 'xdg', 'config'), XDG_DATA_HOME: path.join(tmp, 'xdg', 'data'), XDG_CACHE_HOME: path.join(tmp, 'xdg', 'cache') };
  const env = { ...process.env, ...xdg, EXTENSIONS_GALLERY: '{}' };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];

  execFileSync(process.execPath, [ENTRY, ...serverArgs(tmp), '--install-extension', vsix], { cwd: tmp, env, stdio: VERBOSE ? 'inherit' : 'pipe' });
  const installed = fs.readdirSync(path.join(tmp, 'extensions')).filter((d) => d.startsWith('supportlint.supportlint-'));
  assert.equal(installed.length, 1, 'the .vsix is installed into the fresh extensions folder');
  say(`installed ${installed[0]}`);

  state.server = startCodeServer(tmp, env, { verbose: VERBOSE });
  const port = await state.server.ready;
  say(`code-server on 127.0.0.1:${port}`);

  const { chromium } = require('playwright-core');
  state.browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...xdg },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await state.browser.newPage({ viewport: { width: 1600, height: 1000 } });
  state.page = page;
  page.setDefaultTimeout(STEP_MS);
  if (VERBOSE) page.on('console', (m) => process.stdout.write(`[browser ${m.type()}] ${m.text()}\n`));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
  await page.locator('.monaco-workbench').waitFor();

  // 1. Click the script in the Explorer, wait for the squiggles.
  const explorer = page.locator('.explorer-folders-view');
  await explorer.locator('.monaco-list-row', { hasText: /^scripts$/ }).click();
  await explorer.locator('.monaco-list-row', { hasText: 'jargon.callscript' }).click();
  await page.locator('.tabs-container .tab.active', { hasText: 'jargon.callscript' }).waitFor();
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .squiggly-warning').length >= 2);
  say('squiggles shown');

  // 2. The Problems panel lists them with their position.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: 'is jargon' }).nth(1).waitFor();
  const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  say(`Problems panel: ${texts.join(' | ')}`);
  assert.ok(texts.some((t) => t.includes('"reboot" is jargon: say "restart" instead.') && t.includes('[Ln 15, Col 15]')), 'the reboot problem is listed');
  assert.ok(texts.some((t) => t.includes('"DNS" is jargon') && t.includes('[Ln 16, Col 31]')), 'the DNS problem is listed');

  // 3. The status bar counts the file's problems.
  const status = page.locator('.statusbar-item', { hasText: '2 warnings' });
  await status.waitFor();

  // 4. The Support Cases sidebar, grouped by status, with the overdue case marked.
  // The item, not its icon: the overdue badge lies over the icon.
  await page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="Support Cases"]') }).click();
  // Rows of the sidebar only: the Problems panel also lists CASE-2001.ticket.
  const tree = page.locator('.part.sidebar .pane-body .monaco-list-row');
  await tree.filter({ hasText: /^\s*Pending/ }).waitFor();
  await tree.filter({ hasText: 'overdue since' }).waitFor();
  const caseRows = (await tree.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  say(`Support Cases: ${caseRows.join(' | ')}`);
  assert.ok(caseRows.some((t) => t.startsWith('Pending')), 'a Pending group');
  assert.ok(caseRows.some((t) => t.includes('CASE-2001') && t.includes('overdue since 2020-01-10')), 'CASE-2001 is marked overdue');
  const overdueIcon = tree.filter({ hasText: 'CASE-2001' }).locator('.codicon-warning');
  assert.equal(await overdueIcon.count(), 1, 'the overdue case has the warning icon');

  // 5. The screenshot, while everything is still shown; a wider sidebar shows whole rows.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (sidebar) {
    const edge = { x: sidebar.x + sidebar.width - 1, y: sidebar.y + sidebar.height / 2 };
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.down();
    await page.mouse.move(edge.x + 220, edge.y, { steps: 5 });
    await page.mouse.up();
    await page.mouse.move(sidebar.x + 100, sidebar.y + sidebar.height - 20, { steps: 5 }); // off the sash
    await page.locator('.monaco-sash.active, .monaco-sash.hover').first().waitFor({ state: 'detached' }).catch(() => undefined);
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  say(`screenshot: ${path.relative(REPO, SCREENSHOT)}`);

  // 6. The Get Started walkthrough, from the Command Palette.
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.fill('>Welcome: Open Walkthrough');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
  await input.fill('Support Lint');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Support Lint' }).first().click();
  await page.locator('.gettingStartedContainer', { hasText: 'Open an example call script' }).waitFor();
  await page.locator('.getting-started-step', { hasText: 'Open an example call script' }).locator('a', { hasText: 'Open Example Script' }).waitFor();
  // Room for the step's media: hide the sidebar and the panel.
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').waitFor({ state: 'hidden' });
  // The step's media is markdown rendered in a webview (an iframe in an iframe).
  await page.frameLocator('.gettingStartedContainer iframe').frameLocator('iframe').locator('h1', { hasText: 'A call script' }).waitFor();
  await page.screenshot({ path: WALKTHROUGH_SCREENSHOT });
  say(`screenshot: ${path.relative(REPO, WALKTHROUGH_SCREENSHOT)}`);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-e2e-'));
  const state = {};
  let timer;
  try {
    await Promise.race([
      run(tmp, state),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000}s`)), TIMEOUT_MS);
      }),
    ]);
    say('PASS');
    return 0;
  } catch (err) {
    process.stderr.write(`[ui-e2e] FAIL: ${err?.stack || err}\n`);
    if (state.page) {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const shot = path.join(ARTIFACTS, 'ui-e2e-failure.png');
      if (await state.page.screenshot({ path: shot }).then(() => true, () => false)) say(`failure screenshot: ${path.relative(REPO, shot)}`);
    }
    return 1;
  } finally {
    clearTimeout(timer);
    await state.browser?.close().catch(() => {});
    await stopCodeServer(state.server?.child);
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
}

process.exitCode = await main();
