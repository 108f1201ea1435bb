/**
 * Problems in the editor: they appear for an opened script, vanish when fixed, a quick fix
 * applies, and `source.fixAll.supportlint` runs on save.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  byRule,
  closeAllEditors,
  rangeText,
  readText,
  ruleOf,
  waitForDiagnostics,
  withSetting,
  workspaceUri,
  writeText,
} from './helpers';

const REBOOT_LINE = 'Agent: Please reboot the router.';

describe('Diagnostics', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('shows the problems of an opened call script with rule, range and message', async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    await vscode.window.showTextDocument(uri);
    const list = await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
    assert.deepEqual(
      list.map((d) => [d.code && typeof d.code === 'object' ? d.code.value : d.code, rangeText(d.range), d.severity, d.message]),
      [
        ['no-jargon', '15:15-15:21', vscode.DiagnosticSeverity.Warning, '"reboot" is jargon: say "restart" instead.'],
        ['no-jargon', '16:31-16:34', vscode.DiagnosticSeverity.Warning, '"DNS" is jargon: say "the service that finds websites by name" instead.'],
      ],
    );
  });

  it('removes a problem when the text is fixed, without saving', async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    const editor = await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
    const line = editor.document.lineAt(14);
    assert.equal(line.text, REBOOT_LINE);
    await editor.edit((b) => b.replace(new vscode.Range(14, 14, 14, 20), 'restart'));
    const left = await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 1, 'only the DNS problem left');
    assert.equal(rangeText(left[0].range), '16:31-16:34');
    assert.ok(editor.document.isDirty, 'the fix is not saved: diagnostics follow the editor text');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('applies a quick fix from the light bulb', async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    const editor = await vscode.window.showTextDocument(uri);
    const [, dns] = await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, dns.range, vscode.CodeActionKind.QuickFix.value, 10);
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Replace "DNS" with "service that finds websites by name"', 'Add "DNS" to allowed terms', 'Disable no-jargon for this line'],
    );
    const fix = actions[0];
    assert.ok(fix.edit, 'the replacement comes with its edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(15).text, 'Agent: Then we will check the service that finds websites by name settings together.');
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 1, 'the fixed problem to vanish');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('fixes all fixable problems on save with editor.codeActionsOnSave', async () => {
    const source = await readText(workspaceUri('scripts', 'jargon.callscript'));
    const uri = workspaceUri('scripts', 'fix-on-save.callscript');
    await writeText(uri, source);
    await withSetting(
      'editor',
      'codeActionsOnSave',
      { 'source.fixAll.supportlint': 'explicit' },
      async () => {
        const editor = await vscode.window.showTextDocument(uri);
        await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
        // A change, so there is something to save.
        await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
        await vscode.commands.executeCommand('workbench.action.files.save');
        const saved = await readText(uri);
        assert.ok(saved.includes('Agent: Please restart the router.\n'), 'reboot became restart on disk');
        assert.ok(saved.includes('check the service that finds websites by name settings'), 'DNS was replaced on disk');
        await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 0, 'no jargon left');
      },
      'callscript',
    );
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri);
  });

  it('Fix All Problems in File applies every automatic fix', async () => {
    const uri = workspaceUri('scripts', 'jargon.callscript');
    const editor = await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (l) => byRule(l, 'no-jargon').length === 2, 'two no-jargon problems');
    assert.equal(await vscode.commands.executeCommand<boolean>('supportlint.fixAllInFile'), true);
    assert.equal(editor.document.lineAt(14).text, 'Agent: Please restart the router.');
    assert.equal(editor.document.lineAt(15).text, 'Agent: Then we will check the service that finds websites by name settings together.');
    await waitForDiagnostics(uri, (l) => l.length === 0, 'a clean file');
    assert.equal(await vscode.commands.executeCommand<boolean>('supportlint.fixAllInFile'), false, 'nothing left to fix');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lints Markdown files that .supportlint.yaml maps as case notes', async () => {
    const uri = workspaceUri('mapped', 'notes', 'CASE-2100.md');
    const editor = await vscode.window.showTextDocument(uri);
    assert.equal(editor.document.languageId, 'markdown');
    const line = editor.document.getText().split('\n').indexOf('status: open');
    await editor.edit((b) => b.replace(new vscode.Range(line, 8, line, 12), 'waiting'));
    const list = await waitForDiagnostics(uri, (l) => byRule(l, 'ticket-front-matter').length === 1, 'the invalid status');
    assert.equal(rangeText(list[0].range), `${line + 1}:9-${line + 1}:16`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, (l) => l.length === 0, 'a clean note again');
  });

  it('leaves other Markdown files alone', async () => {
    const uri = workspaceUri('notes.md');
    await writeText(uri, '# Notes\n\nAgent: gonna reboot the DNS.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // The mapped note is linted in the same session, so the server is answering for Markdown.
    const mapped = workspaceUri('mapped', 'notes', 'CASE-2100.md');
    await vscode.window.showTextDocument(mapped, { preview: false });
    const editor = vscode.window.activeTextEditor!;
    const line = editor.document.getText().split('\n').indexOf('status: open');
    await editor.edit((b) => b.replace(new vscode.Range(line, 8, line, 12), 'waiting'));
    await waitForDiagnostics(mapped, (l) => l.length === 1, 'the mapped note linted');
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'supportlint'), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.delete(uri);
  });

  it('lints a case note', async () => {
    const uri = workspaceUri('cases', 'CASE-2001.ticket');
    await vscode.window.showTextDocument(uri);
    const list = await waitForDiagnostics(uri, (l) => byRule(l, 'follow-up-plan').length === 1, 'the overdue follow-up');
    assert.equal(rangeText(list[0].range), '7:11-7:21');
    assert.match(list[0].message, /^The follow-up date 2020-01-10 has passed/);
  });

  it('lists the problems of files nobody opened, and drops them when the file is deleted', async () => {
    const uri = workspaceUri('scripts', 'never-opened.callscript');
    const text = [
      '---',
      'title: Printer offline',
      'lang: en',
      'placeholders: [agent, company, customer]',
      '---',
      '## Greeting',
      'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?',
      'Customer: My printer is offline.',
      '',
      '## Fix',
      'Agent: Let me make sure I understand, {customer}: the printer stopped this morning. Is that right?',
      'Customer: Yes.',
      'Agent: Please reboot the printer, then we will check the DNS settings together.',
      '',
      '## Close',
      'Agent: Could you print a test page now to check that it works?',
      'Customer: It prints.',
      'Agent: To recap: we restarted the printer and it is back online.',
      'Agent: Is there anything else I can help you with today?',
      '[end]',
      '',
    ].join('\n');
    await writeText(uri, text);
    try {
      const list = await waitForDiagnostics(uri, (l) => l.length === 2, 'the problems of a file that is not open');
      assert.deepEqual(list.map((d) => `${ruleOf(d)}@${rangeText(d.range)}`).sort(), ['no-jargon@13:15-13:21', 'no-jargon@13:58-13:61']);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file was never opened');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitForDiagnostics(uri, (l) => l.length === 0, 'no problems once the file is deleted');
  });
});
