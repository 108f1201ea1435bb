/**
 * The compliance score in VS Code: the status bar, the code lens on the first line, the
 * case sidebar, and "Open compliance report" (a webview with the report page). Uses its
 * own files, written for the test and deleted after it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SupportlintApi } from '../../../client/src/extension';
import type { ReportResult } from '../../../server/src/protocol';
import { activateExtension, closeAllEditors, waitFor, waitForDiagnostics, workspaceUri, writeText } from './helpers';

// A script with a hold nobody announced and one jargon term: 83/100, a pass (docs/scoring.md).
const SCRIPT = `---
title: Printer offline
lang: en
placeholders: [agent, company, customer]
---
## Greeting
Agent: Thank you for calling {company}, this is {agent}. How can I help you today?
Customer: My printer says it is offline.

## Paraphrase
Agent: Let me make sure I understand, {customer}: since this morning your printer shows "offline" and nothing prints. Is that right?
Customer: Yes.

## Clarify
Agent: Is the light on the front of the printer on?
Customer: Yes, it is green.

## Check settings
Agent: One moment, I will flush the DNS cache.
[hold 2m]
Agent: Okay.

## Close
Agent: Could you print a test page now, so we know it works?
Agent: To recap: we switched the printer back online and printed a test page.
Agent: Is there anything else I can help you with today?
[end]
`;

// Pending without Next steps or a follow-up plan: 38 of 56 points, 67/100, a fail.
const NOTE = `---
case: CASE-4001
customer: Ms. Rivera
status: pending
opened: 2026-11-20
owner: Sam Lee
lang: en
---
## Symptom
Printer shows offline since Monday morning.

## Steps taken
- Found "Use printer offline" switched on in the print queue.
`;

describe('Compliance score', () => {
  let api: SupportlintApi;
  const script = () => workspaceUri('scripts', 'score-test.callscript');
  const note = () => workspaceUri('cases', 'CASE-4001.ticket');

  before(async () => {
    api = await activateExtension();
    await writeText(script(), SCRIPT);
    await writeText(note(), NOTE);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(script());
    await vscode.workspace.fs.delete(note());
  });

  it("shows the active file's score in the status bar", async () => {
    await vscode.window.showTextDocument(script());
    await waitForDiagnostics(script(), (l) => l.length === 5, 'the five problems of the test script');
    await waitFor(api.statusBar.onDidUpdate, () => (api.statusBar.text === '$(warning) 5 warnings · score 83' ? true : undefined), 'the score in the status bar', () => api.statusBar.text);
  });

  it('puts the score in a code lens on the first line', async () => {
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', script())) ?? [];
    const ours = lenses.filter((l) => l.command?.title.startsWith('Compliance'));
    assert.deepEqual(
      ours.map((l) => [l.range.start.line, l.command?.title]),
      [[0, 'Compliance 83/100 · pass']],
    );
  });

  it("shows each case's score in the sidebar", async () => {
    await api.casesProvider.refresh();
    const summary = api.casesProvider.cases.find((c) => c.case === 'CASE-4001');
    assert.equal(summary?.score, 67);
    assert.equal(summary?.pass, false);
    const pending = await api.casesProvider.getChildren();
    for (const group of pending) {
      for (const node of await api.casesProvider.getChildren(group)) {
        if (node.kind === 'case' && node.summary.case === 'CASE-4001') {
          assert.equal(api.casesProvider.getTreeItem(node).description, 'Ms. Rivera · 3 problems · score 67');
          return;
        }
      }
    }
    assert.fail('CASE-4001 is in the tree');
  });

  it('opens the report of the workspace in a webview', async () => {
    const result = await vscode.commands.executeCommand<ReportResult>('supportlint.openReport');
    assert.ok(result, 'the report was built');
    assert.ok(result.files >= 2, `${result.files} files`);
    assert.match(result.html, /<tr id="row-\d+" data-path="scripts\/score-test\.callscript">.*?<td class="n score" data-value="83">/);
    assert.match(result.html, /<script nonce="[A-Za-z0-9]{20,}">/);
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const tab = await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => tabs().find((t) => t.label === 'Compliance report'), 'the report tab', () =>
      tabs().map((t) => t.label).join(', '),
    );
    assert.ok(tab.input instanceof vscode.TabInputWebview, 'the report is a webview');
  });
});
