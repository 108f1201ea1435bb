/**
 * Test runner module loaded by the VS Code extension host (its path is the
 * extensionTestsPath of runTests). Runs every out/test/vscode/suite/**\/*.test.js with mocha.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: 20000,
    grep: process.env.SUPPORTLINT_TEST_GREP || undefined,
  });
  // This file runs as out/test/vscode/suite/index.js, next to the compiled tests.
  const files = (fs.readdirSync(__dirname, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *.test.js files under ${__dirname}`));
      return;
    }
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} VS Code test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
