/**
 * The status bar item: the active file's problems; it follows the active editor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SupportlintApi } from '../../../client/src/extension';
import { activateExtension, byRule, closeAllEditors, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

function waitForText(api: SupportlintApi, text: string): Promise<string> {
  return waitFor(api.statusBar.onDidUpdate, () => (api.statusBar.text === text ? text : undefined), `status bar "${text}"`, () => api.statusBar.text);
}

describe('Status bar', () => {
  let api: SupportlintApi;
  before(async () => {
    api = await activateExtension();
  });
  after(closeAllEditors);

  it("counts the active file's problems and opens the Problems panel on click", async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
    await waitForText(api, '$(warning) 2 warnings · score 93');
    assert.equal(api.statusBar.item.command, 'supportlint.showFileProblems');
    await vscode.commands.executeCommand('supportlint.showFileProblems');
  });

  it('says "No problems" for a clean file and follows the active editor', async () => {
    await vscode.window.showTextDocument(workspaceUri('scripts', 'clean.callscript'));
    await waitForText(api, '$(check) No problems · score 100');
    await vscode.window.showTextDocument(workspaceUri('cases', 'CASE-2001.ticket'));
    await waitForText(api, '$(warning) 1 warning · score 85');
  });

  it('relies on the Problems view commands it drives', async () => {
    const all = await vscode.commands.getCommands(false);
    assert.ok(all.includes('workbench.actions.view.problems'));
    assert.ok(all.includes('workbench.actions.workbench.panel.markers.view.toggleActiveFile'));
  });
});
