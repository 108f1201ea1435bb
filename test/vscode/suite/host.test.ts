/**
 * Smoke tests of the integration-test host itself: a real VS Code 1.100 extension host
 * with the test workspace (a temporary copy of test/vscode/workspace) open.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

function workspaceFolder(): vscode.WorkspaceFolder {
  const folders = vscode.workspace.workspaceFolders ?? [];
  assert.equal(folders.length, 1, 'exactly one workspace folder is open');
  return folders[0];
}

describe('VS Code test host', () => {
  it('is VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('opened the copy of test/vscode/workspace', () => {
    const folder = workspaceFolder();
    assert.equal(folder.uri.scheme, 'file');
    const expected = process.env.SUPPORTLINT_TEST_WORKSPACE;
    if (expected) assert.equal(path.resolve(folder.uri.fsPath), path.resolve(expected));
  });

  it('loaded the extension under development', () => {
    const extPath = process.env.SUPPORTLINT_TEST_EXT_PATH;
    assert.ok(extPath, 'SUPPORTLINT_TEST_EXT_PATH is set by runTests');
    const loaded = vscode.extensions.all.filter((e) => path.resolve(e.extensionPath) === path.resolve(extPath));
    assert.equal(loaded.length, 1, `an extension is loaded from ${extPath}`);
  });

  it('opens a call script and a case note from the workspace', async () => {
    const folder = workspaceFolder();
    const script = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sample.callscript'));
    assert.equal(script.uri.scheme, 'file');
    assert.match(script.getText(), /^## Greeting$/m);
    assert.match(script.lineAt(1).text, /^Agent: Thank you for calling \{company\}/);

    const ticket = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sample.ticket'));
    assert.equal(ticket.lineAt(0).text, '---');
    assert.match(ticket.getText(), /^case: CASE-1$/m);

    const editor = await vscode.window.showTextDocument(script);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), script.uri.toString());
    assert.equal(editor.document.fileName, script.fileName);
  });

  it('can edit and save files in the workspace copy', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'scratch.callscript');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('## Greeting\nAgent: Hello.\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(2, 0), 'Customer: Hi.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    const onDisk = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    assert.equal(onDisk, '## Greeting\nAgent: Hello.\nCustomer: Hi.\n');
  });
});
