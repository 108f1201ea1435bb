/**
 * Entry point of `npm run test:vscode`: runs the mocha suites of test/vscode/suite inside a
 * real VS Code extension host via @vscode/test-electron's runTests().
 *
 * Which "VS Code" runs them:
 *  - default: scripts/vscode-host/shim.js, which drives code-server 4.100.3 (= VS Code 1.100.3,
 *    installed by scripts/vscode-host/install.sh) in headless chromium; works offline and in CI;
 *  - VSCODE_DESKTOP_PATH=/path/to/code: that desktop VS Code executable instead.
 *
 * Other environment variables:
 *  - SUPPORTLINT_EXT_PATH: extension folder to load instead of the repository root;
 *  - SUPPORTLINT_TEST_GREP: only run tests whose full title matches this pattern;
 *  - see scripts/vscode-host/shim.js for the shim's own (timeout, logs, verbosity).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// This file runs as out/test/vscode/runTests.js.
const repoRoot = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<number> {
  const started = Date.now();
  const extensionDevelopmentPath = path.resolve(process.env.SUPPORTLINT_EXT_PATH || repoRoot);
  if (!process.env.SUPPORTLINT_EXT_PATH) {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main?: string };
    const main = path.resolve(repoRoot, pkg.main ?? 'dist/extension.js');
    if (!fs.existsSync(main)) {
      console.error(`${path.relative(repoRoot, main)} does not exist: run \`npm run build\` first (or set SUPPORTLINT_EXT_PATH).`);
      return 1;
    }
  }

  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  const vscodeExecutablePath = process.env.VSCODE_DESKTOP_PATH || path.join(repoRoot, 'scripts', 'vscode-host', 'shim.js');

  // Tests may edit files, so they get a throwaway copy of the workspace.
  const workspaceSource = path.join(repoRoot, 'test', 'vscode', 'workspace');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-ws-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(workspaceSource, workspace, { recursive: true });

  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath,
      extensionTestsPath,
      // --disable-extensions: desktop VS Code must not load the contributor's own extensions
      // (the extension under development stays enabled). The shim starts from empty folders.
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: {
        SUPPORTLINT_TEST_EXT_PATH: extensionDevelopmentPath,
        SUPPORTLINT_TEST_WORKSPACE: workspace,
      },
    });
    return 0;
  } catch (err) {
    console.error(`VS Code tests failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`VS Code tests took ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { console.error(err); process.exitCode = 1; },
);
