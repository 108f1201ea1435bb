/**
 * The extension as VS Code sees it: activation and its API, languages, commands, settings
 * that match the server's settings type, and translations of every user-visible string.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type LintWorkspaceResult } from '../../../server/src/protocol';
import { activateExtension, byRule, closeAllEditors, EXTENSION_ID, rangeText, ruleOf, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const root = process.env.SUPPORTLINT_TEST_EXT_PATH ?? path.resolve(__dirname, '../../../..');
const readJson = (...p: string[]) => JSON.parse(fs.readFileSync(path.join(root, ...p), 'utf8'));

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { default?: unknown; enum?: unknown[]; properties?: Record<string, unknown> }> };
  };
}

describe('Extension', () => {
  after(closeAllEditors);

  it('activates for call scripts and reports how long the server took to start', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const manifest = ext.packageJSON as Manifest;
    assert.deepEqual(manifest.activationEvents, ['onLanguage:callscript', 'onLanguage:ticket', 'onView:supportlint.cases']);
    const api = await activateExtension();
    assert.ok(api.client.isRunning());
    assert.equal(typeof api.activationMs, 'number');
    console.log(`      activation to running server: ${api.activationMs} ms`);
  });

  it('gives .callscript and .ticket files their languages', async () => {
    const langs = await vscode.languages.getLanguages();
    assert.ok(langs.includes('callscript') && langs.includes('ticket'));
    const script = await vscode.workspace.openTextDocument(workspaceUri('scripts', 'clean.callscript'));
    assert.equal(script.languageId, 'callscript');
    const note = await vscode.workspace.openTextDocument(workspaceUri('cases', 'CASE-2001.ticket'));
    assert.equal(note.languageId, 'ticket');
  });

  it('registers every contributed command once the server runs, titled "Support Lint: ..."', async () => {
    await activateExtension();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
    const nls = readJson('package.nls.json') as Record<string, string>;
    for (const c of manifest.contributes.commands) assert.equal(c.category, 'Support Lint', `${c.command} is in the Support Lint category`);
    const palette = ['lintWorkspace', 'fixAllInFile', 'newCaseNote', 'showRuleDocumentation', 'restartServer', 'showOutput'];
    for (const id of palette) assert.ok(manifest.contributes.commands.some((c) => c.command === `supportlint.${id}`), id);
    assert.equal(nls['command.lintWorkspace'], 'Lint Workspace');
  });

  it('contributes one setting per field of the server settings, with the same defaults', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const props = manifest.contributes.configuration.properties;
    const fields = Object.keys(DEFAULT_SETTINGS).map((k) => `supportlint.${k}`);
    assert.deepEqual(Object.keys(props).sort(), [...fields, 'supportlint.trace.server'].sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepEqual(props[`supportlint.${key}`].default, value, `default of supportlint.${key}`);
      assert.deepEqual(vscode.workspace.getConfiguration('supportlint').inspect(key)?.defaultValue, value);
    }
    assert.deepEqual(props['supportlint.run'].enum, ['onType', 'onSave']);
  });

  it('offers every rule of the config schema in supportlint.rules', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const offered = Object.keys(manifest.contributes.configuration.properties['supportlint.rules'].properties ?? {});
    const schema = readJson('schemas', 'supportlint.schema.json') as { properties: { rules: { properties: Record<string, unknown> } } };
    const missing = Object.keys(schema.properties.rules.properties).filter((r) => !offered.includes(r));
    assert.deepEqual(missing, []);
  });

  it('translates every package.json string and every vscode.l10n string into es, tr and id', () => {
    const manifestText = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const used = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    const base = readJson('package.nls.json') as Record<string, string>;
    for (const key of used) assert.ok(key in base, `package.nls.json has ${key}`);
    for (const lang of ['es', 'tr', 'id']) {
      const nls = readJson(`package.nls.${lang}.json`) as Record<string, string>;
      assert.deepEqual(Object.keys(nls).sort(), Object.keys(base).sort(), `package.nls.${lang}.json has the same keys`);
    }

    // Every string passed to vscode.l10n.t in the client sources, as the runtime sees it.
    const strings = new Set<string>();
    const dir = path.join(root, 'client', 'src');
    for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1].replace(/\\(.)/g, '$1'));
    }
    assert.ok(strings.size > 50);
    const english = readJson('l10n', 'bundle.l10n.json') as Record<string, string>;
    assert.deepEqual(Object.keys(english).sort(), [...strings].sort(), 'l10n/bundle.l10n.json lists the strings of the code');
    for (const lang of ['es', 'tr', 'id']) {
      const bundle = readJson('l10n', `bundle.l10n.${lang}.json`) as Record<string, string>;
      assert.deepEqual(Object.keys(bundle).sort(), [...strings].sort(), `bundle.l10n.${lang}.json translates exactly those strings`);
      for (const [key, value] of Object.entries(bundle)) {
        const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
        assert.equal(holes(value), holes(key), `${lang}: "${value}" keeps the {n} of "${key}"`);
      }
    }
  });

  it('opens the walkthrough example as an unsaved script with problems to fix', async () => {
    await activateExtension();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('supportlint.walkthrough.openExample');
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.equal(editor.document.languageId, 'callscript');
    const list = await waitForDiagnostics(editor.document.uri, (l) => byRule(l, 'no-jargon').length === 2, 'the example\'s jargon');
    assert.deepEqual(byRule(list, 'no-jargon').map((d) => rangeText(d.range)), ['24:15-24:21', '24:47-24:50']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lints the whole workspace on command and says how it went', async () => {
    await activateExtension();
    // *.callscript, *.ticket and the Markdown note mapped by mapped/.supportlint.yaml.
    const expected = (await vscode.workspace.findFiles('{**/*.callscript,**/*.ticket,mapped/notes/*.md}')).length;
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('supportlint.lintWorkspace');
    assert.equal(result.files, expected);
    assert.equal(result.cancelled, false);
    assert.ok(result.problems.warning > 0, 'the workspace has warnings (scripts/jargon.callscript, sample.callscript)');
    // Problems of files that are not open reach the Problems panel too (sample.callscript is
    // opened only by host.test.ts, which runs after this file).
    const sample = workspaceUri('sample.callscript');
    const list = await waitForDiagnostics(sample, (l) => l.length === 3, 'problems of a file that is not open');
    assert.deepEqual(list.map((d) => `${ruleOf(d)}@${rangeText(d.range)}`).sort(), ['announced-hold@10:1-10:10', 'paraphrase@12:8-12:81', 'verify-and-recap@15:1-15:11']);
  });

  // VS Code keeps a document open for the server a while after its tab closes; its problems
  // must stay listed (the server offers workspace diagnostics, which also carry the run's).
  it('lints the whole workspace, files whose tab was just closed included', async () => {
    await activateExtension();
    const uri = workspaceUri('scripts', 'jargon.callscript');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
    await closeAllEditors();
    await vscode.commands.executeCommand('supportlint.lintWorkspace');
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'the problems of the closed file');
  });

  it('restarts the server on command and keeps working', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('supportlint.restartServer');
    assert.ok(api.client.isRunning());
    const reloaded = waitFor(api.casesProvider.onDidLoad, () => (api.casesProvider.cases.length > 0 ? true : undefined), 'the cases after the restart');
    await vscode.commands.executeCommand('supportlint.cases.refresh');
    await reloaded;
    const uri = workspaceUri('scripts', 'jargon.callscript');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'diagnostics from the restarted server');
  });

  it('opens the documentation of a rule', async () => {
    await activateExtension();
    const shown = await vscode.commands.executeCommand<string>('supportlint.showRuleDocumentation', 'no-jargon');
    assert.equal(shown, 'no-jargon');
  });
});
