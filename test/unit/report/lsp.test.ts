// The score in the editor, through the built language server: the code lens on the first
// line, supportlint/score, the score in supportlint/cases and supportlint/report.
import * as assert from 'assert';
import * as path from 'path';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { CasesResult, FileScore, ReportResult } from '../../../server/src/protocol';
import { TestClient, tempWorkspace, uriOf } from '../lsp/client';
import { CARD, CLEAN_SCRIPT, HOLD_SCRIPT, PII_SCRIPT, RESOLVED_NOTE } from './fixtures';

describe('compliance score over LSP', function () {
  this.timeout(30000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  const lenses = (uri: string) => client!.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });

  it('advertises code lenses and shows the score on the first line', async () => {
    client = await TestClient.start({ workspace: tempWorkspace() });
    assert.deepStrictEqual(client.initializeResult.capabilities.codeLensProvider, { resolveProvider: false });
    const uri = await client.open('hold.callscript', HOLD_SCRIPT);
    assert.deepStrictEqual(await lenses(uri), [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: 'Compliance 83/100 · pass', command: '' } },
    ]);
    const pii = await client.open('pii.callscript', PII_SCRIPT);
    assert.strictEqual((await lenses(pii))[0].command!.title, 'Compliance 81/100 · 1 critical');
  });

  it('follows edits', async () => {
    client = await TestClient.start({ workspace: tempWorkspace() });
    const uri = await client.open('s.callscript', CLEAN_SCRIPT);
    assert.strictEqual((await lenses(uri))[0].command!.title, 'Compliance 100/100 · pass');
    await client.replace(uri, HOLD_SCRIPT.replace('Agent: Okay.', 'Agent: Okay, we can now flush the DNS cache and renew the DHCP lease.'));
    assert.strictEqual((await lenses(uri))[0].command!.title, 'Compliance 83/100 · pass');
  });

  it('uses the pass mark of the config', async () => {
    client = await TestClient.start({ workspace: tempWorkspace({ '.supportlint.yaml': 'scoring:\n  threshold: 90\n' }) });
    const uri = await client.open('hold.callscript', HOLD_SCRIPT);
    assert.strictEqual((await lenses(uri))[0].command!.title, 'Compliance 83/100 · below 90');
  });

  it('answers supportlint/score for open and closed files, null for what it does not lint', async () => {
    const ws = tempWorkspace({ 'cases/CASE-2001.ticket': RESOLVED_NOTE, 'notes.md': '# Notes\n' });
    client = await TestClient.start({ workspace: ws });
    const uri = await client.open('hold.callscript', HOLD_SCRIPT);
    const s = await client.request<FileScore>('supportlint/score', { uri });
    assert.deepStrictEqual([s.score, s.pass, s.possible, s.earned, s.threshold], [83, true, 97, 81, 80]);
    assert.deepStrictEqual(
      s.rules.filter((r) => r.status !== 'pass').map((r) => `${r.ruleId} ${r.status}${r.reason ? ` (${r.reason})` : ''}`),
      ['announced-hold fail', 'no-jargon fail', 'honest-unknown n/a (the agent never says they do not know)', 'transfer-consent n/a (no transfer in the script)'],
    );
    const closed = await client.request<FileScore>('supportlint/score', { uri: uriOf(path.join(ws, 'cases/CASE-2001.ticket')) });
    assert.strictEqual(closed.score, 100);
    assert.strictEqual(await client.request('supportlint/score', { uri: uriOf(path.join(ws, 'notes.md')) }), null);
  });

  it('puts each case\'s score in supportlint/cases', async () => {
    // b.ticket is pending without Next steps (ticket-sections, -10) or a follow-up plan
    // (follow-up-plan, -8): 38 of 56 points.
    const pending = RESOLVED_NOTE.replace('status: resolved', 'status: pending');
    client = await TestClient.start({ workspace: tempWorkspace({ 'cases/a.ticket': RESOLVED_NOTE, 'cases/b.ticket': pending }) });
    const r = await client.request<CasesResult>('supportlint/cases');
    assert.deepStrictEqual(
      r.cases.map((c) => `${path.basename(c.uri)} ${c.status} ${c.score} ${c.pass}`),
      ['a.ticket resolved 100 true', 'b.ticket pending 67 false'],
    );
  });

  it('renders the workspace report with the editor\'s nonce, open documents as edited', async () => {
    const ws = tempWorkspace({ 'scripts/clean.callscript': CLEAN_SCRIPT, 'scripts/pii.callscript': PII_SCRIPT, 'cases/CASE-2001.ticket': RESOLVED_NOTE });
    client = await TestClient.start({ workspace: ws });
    await client.open('scripts/clean.callscript', HOLD_SCRIPT);
    const r = await client.request<ReportResult>('supportlint/report', { nonce: 'n0nce' });
    assert.strictEqual(r.files, 3);
    assert.strictEqual(r.cancelled, false);
    assert.match(r.html, /script-src 'nonce-n0nce'/);
    assert.match(r.html, /<script nonce="n0nce">/);
    assert.match(r.html, /<tr id="row-1" data-path="scripts\/clean\.callscript">.*?<td class="n score" data-value="83">/);
    assert.ok(!r.html.includes(CARD));
  });
});
