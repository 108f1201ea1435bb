// Workspace-level behaviour over LSP: config files, settings, workspace lint, the case
// sidebar's requests.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import type { Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { CasesChangedParams, CasesResult, LintWorkspaceResult, SetStatusResult } from '../../../server/src/protocol';
import { applyEdits, editsFor, TestClient, tempWorkspace, uriOf } from './client';
import { only, SCRIPT, TICKET } from './fixtures';

const jargonTerms = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'no-jargon').map((d) => (d.data as { term: string }).term);

describe('LSP workspace features', function () {
  this.timeout(30000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('registers file watchers and configuration changes dynamically', async () => {
    client = await TestClient.start({ workspace: tempWorkspace() });
    await client.open('a.callscript', SCRIPT);
    await client.diagnosticsNow(uriOf(path.join(client.workspace, 'a.callscript')));
    const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepStrictEqual(watched?.registerOptions, { watchers: [{ globPattern: '**/.supportlint.{yaml,yml}' }, { globPattern: '**/*.{callscript,ticket}' }] });
    assert.deepStrictEqual(client.registrations.find((r) => r.method === 'workspace/didChangeConfiguration')?.registerOptions, { section: 'supportlint' });
  });

  describe('config', () => {
    it('reloads .supportlint.yaml when the client reports it changed', async () => {
      const ws = tempWorkspace();
      client = await TestClient.start({ workspace: ws, settings: { rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.deepStrictEqual(jargonTerms(await client.diagnosticsNow(uri)), ['VPN', 'DNS server']);

      const cfg = path.join(ws, '.supportlint.yaml');
      fs.writeFileSync(cfg, 'rules:\n  no-jargon:\n    allow: [VPN]\n');
      let next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 1 }] });
      assert.deepStrictEqual(jargonTerms(await next), ['DNS server']);

      fs.unlinkSync(cfg);
      next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 3 }] });
      assert.deepStrictEqual(jargonTerms(await next), ['VPN', 'DNS server']);
    });

    it('publishes config problems on the config file, and clears them once fixed', async () => {
      const ws = tempWorkspace({ '.supportlint.yaml': 'language: en\nrules:\n  no-jargonn: warning\n' });
      const cfg = path.join(ws, '.supportlint.yaml');
      client = await TestClient.start({ workspace: ws });
      const problems = client.diagnostics(uriOf(cfg));
      await client.open('router.callscript', SCRIPT);
      const diags = await problems;
      assert.deepStrictEqual(
        diags.map((d) => [d.code, d.source, d.severity, d.range, d.message]),
        [['config', 'supportlint', 1, { start: { line: 2, character: 2 }, end: { line: 2, character: 12 } }, 'Unknown rule "no-jargonn"; did you mean "no-jargon"?']],
      );
      fs.writeFileSync(cfg, 'language: en\nrules:\n  no-jargon: warning\n');
      const cleared = client.nextDiagnostics(uriOf(cfg));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 2 }] });
      assert.deepStrictEqual(await cleared, []);
    });

    it('lints with the unsaved text of an open .supportlint.yaml', async () => {
      const ws = tempWorkspace({ '.supportlint.yaml': 'rules:\n  no-jargon: warning\n' });
      client = await TestClient.start({ workspace: ws, settings: { rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.deepStrictEqual(jargonTerms(await client.diagnosticsNow(uri)), ['VPN', 'DNS server']);
      const cfgUri = await client.open('.supportlint.yaml', 'rules:\n  no-jargon: warning\n', 'yaml');
      const next = client.nextDiagnostics(uri);
      await client.replace(cfgUri, 'rules:\n  no-jargon:\n    allow: [VPN]\n');
      assert.deepStrictEqual(jargonTerms(await next), ['DNS server']);
    });
  });

  describe('settings', () => {
    it('pulls settings per resource and re-lints when they change', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), settings: { rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
      assert.ok(
        client.configurationRequests.some((r) => JSON.stringify(r) === JSON.stringify({ items: [{ scopeUri: uri, section: 'supportlint' }] })),
        'asked for the settings of this document',
      );
      const asked = client.configurationRequests.length;
      // Cached: another request for the same document does not ask again.
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 28 } });
      assert.strictEqual(client.configurationRequests.length, asked);

      client.settings = { rules: { ...only('no-jargon'), 'no-jargon': 'error' } };
      const next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepStrictEqual((await next).map((d) => d.severity), [1, 1]);
    });

    it('takes settings from initializationOptions and didChangeConfiguration without workspace/configuration', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), configuration: false, settings: { rules: only('no-jargon'), locale: 'en' } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
      assert.strictEqual(client.configurationRequests.length, 0);
      const next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeConfiguration', { settings: { supportlint: { enable: false } } });
      assert.deepStrictEqual(await next, []);
    });

    it('accepts the settings as initializationOptions.supportlint (Helix, Zed)', async () => {
      client = await TestClient.start({
        workspace: tempWorkspace(),
        configuration: false,
        initializationOptions: { supportlint: { rules: { ...only('no-jargon'), 'no-jargon': 'error' } } },
      });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.deepStrictEqual((await client.diagnosticsNow(uri)).map((d) => [d.code, d.severity]), [
        ['no-jargon', 1],
        ['no-jargon', 1],
      ]);
    });
  });

  describe('workspace lint', () => {
    const files = {
      '.supportlint.yaml': 'files:\n  ticket: ["cases/**/*.md"]\n',
      'scripts/router.callscript': SCRIPT,
      'cases/one.md': TICKET.replace('status: pending', 'status: pendin'),
      'cases/readme.txt': 'not linted',
      'node_modules/pkg/x.callscript': SCRIPT,
      '.git/y.ticket': TICKET,
      'open.callscript': 'Agent: The LAN is down.\n',
    };

    it('publishes problems of every matching file without opening it', async () => {
      const ws = tempWorkspace(files);
      client = await TestClient.start({ workspace: ws, settings: { rules: only('no-jargon', 'ticket-front-matter') } });
      const open = await client.open('open.callscript', files['open.callscript']);
      await client.diagnosticsNow(open);
      const progress: string[] = [];
      client.conn.onNotification('$/progress', (p: { token: string; value: { kind: string } }) => {
        if (p.token === 'ws-lint') progress.push(p.value.kind);
      });
      const result = await client.request<LintWorkspaceResult>('workspace/executeCommand', { command: 'supportlint.lintWorkspace', arguments: [], workDoneToken: 'ws-lint' });
      assert.deepStrictEqual(result, { files: 3, problems: { error: 1, warning: 3, info: 0 }, cancelled: false });
      assert.strictEqual(progress[0], 'begin');
      assert.strictEqual(progress[progress.length - 1], 'end');
      const publishedTo = client.publishLog.map((p) => path.relative(ws, new URL(p.uri).pathname)).sort();
      assert.deepStrictEqual(publishedTo, ['cases/one.md', 'open.callscript', 'scripts/router.callscript']);
      const one = client.publishLog.find((p) => p.uri.endsWith('one.md'))!;
      // Files mapped by `files:` globs are watched as well.
      assert.ok(
        client.registrations.some((r) => JSON.stringify(r.registerOptions) === JSON.stringify({ watchers: [{ globPattern: { baseUri: uriOf(ws), pattern: 'cases/**/*.md' } }] })),
        JSON.stringify(client.registrations),
      );
      assert.deepStrictEqual(one.diagnostics.map((d) => [d.code, d.range.start.line]), [['ticket-front-matter', 3]]);

      // Opening a linted file hands its diagnostics over to the document.
      const scriptUri = uriOf(path.join(ws, 'scripts/router.callscript'));
      const handover = client.nextDiagnostics(scriptUri);
      await client.open('scripts/router.callscript', SCRIPT);
      const first = await handover;
      assert.ok(first.length === 0 || first.length === 2);
      assert.strictEqual((await client.diagnosticsNow(scriptUri)).length, 2);
    });

    it('stops when cancelled', async () => {
      const many: Record<string, string> = {};
      for (let i = 0; i < 400; i++) many[`s/${String(i).padStart(3, '0')}.callscript`] = SCRIPT;
      client = await TestClient.start({ workspace: tempWorkspace(many), settings: { rules: only('no-jargon') } });
      const source = new CancellationTokenSource();
      const pending = client.conn.sendRequest<LintWorkspaceResult>('workspace/executeCommand', { command: 'supportlint.lintWorkspace', arguments: [] }, source.token);
      // Cancel as soon as the first file's problems arrive.
      await client.nextDiagnostics(uriOf(path.join(client.workspace, 's/000.callscript')));
      source.cancel();
      const result = await pending;
      const published = client.publishLog.length;
      assert.ok(published < 400, `stopped early (${published} files published)`);
      assert.strictEqual(result.cancelled, true);
      assert.strictEqual(result.files, published);
      // The server still answers.
      const uri = await client.open('after.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
    });
  });

  describe('case sidebar', () => {
    const OVERDUE = TICKET;
    const RESOLVED = TICKET.replace('case: CASE-1042', 'case: CASE-7').replace('status: pending', 'status: resolved').replace('customer: Ms. Green', 'customer: Mr. Brown');
    const BROKEN = TICKET.replace('case: CASE-1042', 'case: 88').replace('status: pending', 'status: waiting').replace('tier: 2', 'tier: 3').replace('followUp: 2026-11-22', 'followUp: 2026-12-01');

    function workspace() {
      return tempWorkspace({
        'cases/a.ticket': OVERDUE,
        'cases/b.ticket': RESOLVED,
        'cases/c.ticket': BROKEN,
        'scripts/x.callscript': SCRIPT,
        'node_modules/z/z.ticket': TICKET,
      });
    }

    it('supportlint/cases lists every ticket note with its facts and problem counts', async () => {
      const ws = workspace();
      client = await TestClient.start({ workspace: ws, settings: { today: '2026-11-23', rules: only('ticket-front-matter') } });
      const result = await client.request<CasesResult>('supportlint/cases');
      assert.strictEqual(result.today, '2026-11-23');
      assert.deepStrictEqual(result.cases, [
        { uri: uriOf(path.join(ws, 'cases/a.ticket')), case: 'CASE-1042', customer: 'Ms. Green', status: 'pending', tier: 2, owner: 'Sam Lee', followUp: '2026-11-22', overdue: true, problems: { error: 0, warning: 0, info: 0 }, score: 100, pass: true },
        { uri: uriOf(path.join(ws, 'cases/b.ticket')), case: 'CASE-7', customer: 'Mr. Brown', status: 'resolved', tier: 2, owner: 'Sam Lee', followUp: '2026-11-22', overdue: false, problems: { error: 0, warning: 0, info: 0 }, score: 100, pass: true },
        { uri: uriOf(path.join(ws, 'cases/c.ticket')), case: '88', customer: 'Ms. Green', status: 'waiting', tier: 3, owner: 'Sam Lee', followUp: '2026-12-01', overdue: false, problems: { error: 1, warning: 0, info: 0 }, score: 0, pass: false },
      ]);
    });

    it('uses the unsaved text of open notes and announces changes', async () => {
      const ws = workspace();
      client = await TestClient.start({ workspace: ws, settings: { today: '2026-11-23', rules: only('ticket-front-matter') } });
      await client.request<CasesResult>('supportlint/cases');
      const a = await client.open('cases/a.ticket', OVERDUE);
      await client.diagnosticsNow(a);

      let changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      await client.replace(a, OVERDUE.replace('status: pending', 'status: closed'));
      assert.deepStrictEqual(await changed, { uris: [a] });
      const now = await client.request<CasesResult>('supportlint/cases');
      assert.deepStrictEqual(
        now.cases.map((c) => [path.basename(c.uri), c.status, c.overdue]),
        [
          ['a.ticket', 'closed', false],
          ['b.ticket', 'resolved', false],
          ['c.ticket', 'waiting', false],
        ],
      );

      // A note changed on disk.
      const b = path.join(ws, 'cases/b.ticket');
      fs.writeFileSync(b, RESOLVED.replace('status: resolved', 'status: escalated'));
      changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(b), type: 2 }] });
      assert.deepStrictEqual(await changed, { uris: [uriOf(b)] });
      const after = await client.request<CasesResult>('supportlint/cases');
      assert.deepStrictEqual(after.cases.map((c) => c.status), ['closed', 'escalated', 'waiting']);
    });

    it('announces a note created and opened at once, and not one it already listed', async () => {
      const ws = workspace();
      client = await TestClient.start({ workspace: ws, settings: { today: '2026-11-23', rules: only('ticket-front-matter') } });
      await client.request<CasesResult>('supportlint/cases');
      const changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      // Opened as it is on disk: nothing new for the sidebar.
      const a = await client.open('cases/a.ticket', OVERDUE);
      await client.diagnosticsNow(a);
      // Written and opened straight away (the file watcher skips open documents).
      const fresh = path.join(ws, 'cases/d.ticket');
      const text = RESOLVED.replace('case: CASE-7', 'case: CASE-9');
      fs.writeFileSync(fresh, text);
      const d = await client.open('cases/d.ticket', text);
      assert.deepStrictEqual(await changed, { uris: [d] });
      const now = await client.request<CasesResult>('supportlint/cases');
      assert.deepStrictEqual(now.cases.map((c) => c.case), ['CASE-1042', 'CASE-7', '88', 'CASE-9']);

      // An unsaved note is announced too.
      const next = client.next<CasesChangedParams>('supportlint/casesChanged');
      const untitled = await client.open('untitled:Untitled-1', TICKET.replace('case: CASE-1042', 'case: CASE-10'), 'ticket');
      await client.diagnosticsNow(untitled);
      assert.deepStrictEqual(await next, { uris: [untitled] });
      assert.ok((await client.request<CasesResult>('supportlint/cases')).cases.some((c) => c.uri === untitled && c.case === 'CASE-10'));
    });

    it('does not announce the open notes of its own answer', async () => {
      const ws = workspace();
      client = await TestClient.start({ workspace: ws, pull: true, settings: { today: '2026-11-23', rules: only('ticket-front-matter') } });
      // Open but not pulled yet: first analysed for the supportlint/cases answer.
      const a = await client.open('cases/a.ticket', OVERDUE.replace('status: pending', 'status: escalated'));
      const changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      const first = await client.request<CasesResult>('supportlint/cases');
      assert.strictEqual(first.cases.find((c) => c.uri === a)?.status, 'escalated');
      const d = await client.open('cases/d.ticket', RESOLVED.replace('case: CASE-7', 'case: CASE-9'));
      await client.pull(d);
      assert.deepStrictEqual(await changed, { uris: [d] });
    });

    it('announces a closed note: as it is on disk, or gone when deleted or never saved', async () => {
      const ws = workspace();
      client = await TestClient.start({ workspace: ws, settings: { today: '2026-11-23', rules: only('ticket-front-matter') } });
      await client.request<CasesResult>('supportlint/cases');
      const statuses = async () => (await client!.request<CasesResult>('supportlint/cases')).cases.map((c) => `${c.case}:${c.status}`);

      // Unsaved edits, then closed without saving: the note on disk again.
      const b = await client.open('cases/b.ticket', RESOLVED);
      let changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      await client.replace(b, RESOLVED.replace('status: resolved', 'status: escalated'));
      assert.deepStrictEqual(await changed, { uris: [b] });
      assert.deepStrictEqual(await statuses(), ['CASE-1042:pending', 'CASE-7:escalated', '88:waiting']);
      changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      await client.close(b);
      assert.deepStrictEqual(await changed, { uris: [b] });
      assert.deepStrictEqual(await statuses(), ['CASE-1042:pending', 'CASE-7:resolved', '88:waiting']);

      // Deleted while open, then closed.
      const c = await client.open('cases/c.ticket', BROKEN);
      await client.diagnosticsNow(c);
      fs.unlinkSync(path.join(ws, 'cases/c.ticket'));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c, type: 3 }] });
      assert.deepStrictEqual(await statuses(), ['CASE-1042:pending', 'CASE-7:resolved', '88:waiting'], 'listed while open');
      changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      await client.close(c);
      assert.deepStrictEqual(await changed, { uris: [c] });
      assert.deepStrictEqual(await statuses(), ['CASE-1042:pending', 'CASE-7:resolved']);

      // Never saved.
      const opened = client.next<CasesChangedParams>('supportlint/casesChanged');
      const untitled = await client.open('untitled:Untitled-2', TICKET.replace('case: CASE-1042', 'case: CASE-11'), 'ticket');
      assert.deepStrictEqual(await opened, { uris: [untitled] });
      assert.deepStrictEqual(await statuses(), ['CASE-1042:pending', 'CASE-7:resolved', 'CASE-11:pending']);
      changed = client.next<CasesChangedParams>('supportlint/casesChanged');
      await client.close(untitled);
      assert.deepStrictEqual(await changed, { uris: [untitled] });
      assert.deepStrictEqual(await statuses(), ['CASE-1042:pending', 'CASE-7:resolved']);
    });

    it('supportlint/setStatus returns the edit of the status value', async () => {
      const ws = workspace();
      client = await TestClient.start({ workspace: ws });
      const a = uriOf(path.join(ws, 'cases/a.ticket'));
      const r = await client.request<SetStatusResult>('supportlint/setStatus', { uri: a, status: 'resolved' });
      assert.strictEqual(r.applied, false);
      assert.strictEqual(applyEdits(OVERDUE, editsFor(r.edit!, a)), OVERDUE.replace('status: pending', 'status: resolved'));
      // Unopened file: no version to check against.
      assert.strictEqual((r.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, null);

      const same = await client.request<SetStatusResult>('supportlint/setStatus', { uri: a, status: 'pending' });
      assert.deepStrictEqual(same, { edit: null, applied: false });

      await assert.rejects(client.request('supportlint/setStatus', { uri: a, status: 'done' }), /Unknown status "done"/);
    });

    it('supportlint/setStatus applies the edit to an open note, adding the key when missing', async () => {
      client = await TestClient.start({ workspace: workspace() });
      const text = '---\r\ncase: C-1\r\nopened: 2026-11-20\r\n---\r\n## Symptom\r\nDown.\r\n';
      const u = await client.open('cases/new.ticket', text);
      const r = await client.request<SetStatusResult>('supportlint/setStatus', { uri: u, status: 'open', apply: true });
      assert.strictEqual(r.applied, true);
      assert.deepStrictEqual(client.appliedEdits, [r.edit]);
      const edit = r.edit as WorkspaceEdit;
      assert.strictEqual((edit.documentChanges![0] as TextDocumentEdit).textDocument.version, 1);
      assert.strictEqual(applyEdits(text, editsFor(edit, u)), '---\r\ncase: C-1\r\nopened: 2026-11-20\r\nstatus: open\r\n---\r\n## Symptom\r\nDown.\r\n');
    });
  });
});
