/**
 * Settings take effect without a reload: a per-rule severity override and `enable`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, byRule, closeAllEditors, waitForDiagnostics, withSetting, workspaceUri } from './helpers';

describe('Settings', () => {
  before(async () => {
    await activateExtension();
  });
  after(closeAllEditors);

  it('supportlint.rules turns a rule off and raises another to error', async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');

    await withSetting('supportlint', 'rules', { 'no-jargon': 'off' }, async () => {
      await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 0, 'no-jargon to be off');
    });
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'no-jargon back after the setting is removed');

    await withSetting('supportlint', 'rules', { 'no-jargon': 'error' }, async () => {
      const list = await waitForDiagnostics(
        uri,
        (l) => byRule(l, 'no-jargon').length === 2 && l.every((d) => d.severity === vscode.DiagnosticSeverity.Error),
        'no-jargon as errors',
      );
      assert.equal(list.length, 2);
    });
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').every((d) => d.severity === vscode.DiagnosticSeverity.Warning) && l.length === 2, 'warnings again');
  });

  it('supportlint.enable false clears the problems of the workspace', async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => l.length === 2, 'two problems');
    await withSetting('supportlint', 'enable', false, async () => {
      await waitForDiagnostics(uri, (l) => l.length === 0, 'no problems while disabled');
    });
    await waitForDiagnostics(uri, (l) => l.length === 2, 'problems back once enabled');
  });
});
