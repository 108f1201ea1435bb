// Workspace diagnostics (LSP 3.17 workspace/diagnostic): the problems of the files the
// editor does not have open, result ids, partial results and progress, held requests,
// cancellation, closed documents, and Lint Workspace reporting open documents there too.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { WorkDoneProgress, type Diagnostic, type PreviousResultId, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import type { LintWorkspaceResult } from '../../../server/src/protocol';
import { TestClient, tempWorkspace, uriOf } from './client';
import { only, SCRIPT, TICKET } from './fixtures';

const RULES = { rules: only('no-jargon', 'ticket-front-matter') };
const brief = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

/** [file relative to the workspace, kind, version, problems], sorted by file. */
function summary(ws: string, items: WorkspaceDocumentDiagnosticReport[]): [string, string, number | null, string[] | null][] {
  return items
    .map((i): [string, string, number | null, string[] | null] => [
      path.relative(ws, new URL(i.uri).pathname),
      i.kind,
      i.version,
      i.kind === 'full' ? i.items.map(brief) : null,
    ])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The result ids a client keeps: the last one of each file (a report without one forgets the file). */
function remember(ids: Map<string, string>, items: WorkspaceDocumentDiagnosticReport[]): PreviousResultId[] {
  for (const i of items) {
    if (i.resultId) ids.set(i.uri, i.resultId);
    else ids.delete(i.uri);
  }
  return [...ids].map(([uri, value]) => ({ uri, value }));
}

const JARGON_ROUTER = ['no-jargon 12:27-12:30', 'no-jargon 12:45-12:55'];

describe('LSP workspace diagnostics', function () {
  this.timeout(30000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  /** A held request is waiting once the server says so (it answers nothing before a change). */
  const holding = () => client!.next<{ message: string }>('window/logMessage', (p) => /none changed; waiting/.test(p.message));

  it('reports every matching file that is not open, then only what changed', async () => {
    const ws = tempWorkspace({
      '.supportlint.yaml': 'files:\n  ticket: ["cases/**/*.md"]\n',
      'scripts/router.callscript': SCRIPT,
      'cases/one.md': TICKET.replace('status: pending', 'status: pendin'),
      'cases/readme.txt': 'not linted',
      'node_modules/pkg/x.callscript': SCRIPT,
      '.git/y.ticket': TICKET,
      'open.callscript': 'Agent: The LAN is down.\n',
    });
    client = await TestClient.start({ workspace: ws, pull: true, settings: RULES });
    assert.deepStrictEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'supportlint', interFileDependencies: false, workspaceDiagnostics: true });
    const open = await client.open('open.callscript', 'Agent: The LAN is down.\n');
    await client.pull(open);

    const ids = new Map<string, string>();
    const first = await client.workspacePull();
    assert.deepStrictEqual(summary(ws, first.items), [
      ['cases/one.md', 'full', null, ['ticket-front-matter 3:8-3:14']],
      ['scripts/router.callscript', 'full', null, JARGON_ROUTER],
    ]);
    assert.ok(first.items.every((i) => typeof i.resultId === 'string'));

    const second = await client.workspacePull(remember(ids, first.items));
    assert.deepStrictEqual(summary(ws, second.items), [
      ['cases/one.md', 'unchanged', null, null],
      ['scripts/router.callscript', 'unchanged', null, null],
    ]);
    assert.deepStrictEqual(second.items.map((i) => i.resultId), first.items.map((i) => i.resultId));

    fs.writeFileSync(path.join(ws, 'scripts/router.callscript'), SCRIPT.replace('restart your VPN and check the DNS server', 'restart your router'));
    const third = await client.workspacePull(remember(ids, second.items));
    assert.deepStrictEqual(summary(ws, third.items), [
      ['cases/one.md', 'unchanged', null, null],
      ['scripts/router.callscript', 'full', null, []],
    ]);

    // A deleted file is reported once with no problems, so the editor drops them.
    fs.unlinkSync(path.join(ws, 'cases/one.md'));
    const fourth = await client.workspacePull(remember(ids, third.items));
    assert.deepStrictEqual(summary(ws, fourth.items), [
      ['cases/one.md', 'full', null, []],
      ['scripts/router.callscript', 'unchanged', null, null],
    ]);
    const fifth = await client.workspacePull(remember(ids, fourth.items));
    assert.deepStrictEqual(summary(ws, fifth.items), [['scripts/router.callscript', 'unchanged', null, null]]);
  });

  it('streams partial results with progress, then holds the request until something changes', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 45; i++) files[`s/${String(i).padStart(2, '0')}.callscript`] = SCRIPT;
    const ws = tempWorkspace(files);
    client = await TestClient.start({ workspace: ws, pull: true, settings: RULES });
    const progress: string[] = [];
    client.conn.onProgress(WorkDoneProgress.type, 'ws-diag', (p) => void progress.push(p.kind));

    const chunks: WorkspaceDocumentDiagnosticReport[][] = [];
    const first = await client.workspacePull([], { partial: (items) => chunks.push(items), workDoneToken: 'ws-diag' });
    assert.deepStrictEqual(first.items, [], 'everything came as partial results');
    assert.deepStrictEqual(chunks.map((c) => c.length), [20, 20, 5]);
    const all = chunks.flat();
    assert.strictEqual(new Set(all.map((i) => i.uri)).size, 45);
    assert.ok(all.every((i) => i.kind === 'full' && i.items.map(brief).join() === JARGON_ROUTER.join()));
    assert.strictEqual(progress[0], 'begin');
    assert.strictEqual(progress[progress.length - 1], 'end');

    // Nothing changed: no answer until a file does.
    const ids = new Map<string, string>();
    const later: WorkspaceDocumentDiagnosticReport[] = [];
    let settled = false;
    const waiting = holding();
    const held = client.workspacePull(remember(ids, all), { partial: (items) => later.push(...items) }).finally(() => (settled = true));
    await waiting;
    assert.strictEqual(settled, false, 'held while nothing changed');
    assert.strictEqual(later.length, 0);
    const added = path.join(ws, 's/new.callscript');
    fs.writeFileSync(added, 'Agent: The LAN is down.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(added), type: 1 }] });
    assert.deepStrictEqual((await held).items, []);
    const news = later.filter((i) => i.kind === 'full');
    assert.deepStrictEqual(summary(ws, news), [['s/new.callscript', 'full', null, ['no-jargon 0:11-0:14']]]);
    assert.strictEqual(later.filter((i) => i.kind === 'unchanged').length, 45);

    // A held request ends when the client cancels it.
    const source = new CancellationTokenSource();
    const again = holding();
    const cancelled = client.workspacePull(remember(ids, later), { partial: () => undefined, token: source.token });
    await again;
    source.cancel();
    await assert.rejects(cancelled, (e: { code?: number }) => e.code === -32800);
  });

  it('stops a long run when cancelled', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 400; i++) many[`s/${String(i).padStart(3, '0')}.callscript`] = SCRIPT;
    client = await TestClient.start({ workspace: tempWorkspace(many), pull: true, settings: RULES });
    const source = new CancellationTokenSource();
    let received = 0;
    const run = client.workspacePull([], {
      token: source.token,
      partial: (items) => {
        received += items.length;
        source.cancel();
      },
    });
    await assert.rejects(run, (e: { code?: number }) => e.code === -32800);
    assert.ok(received < 400, `stopped early (${received} files reported)`);
    // The server still answers.
    const uri = await client.open('after.callscript', SCRIPT);
    const report = await client.pull(uri);
    assert.strictEqual(report.kind === 'full' && report.items.length, 2);
  });

  it('reports a closed document as it is on disk, and clears one deleted while open', async () => {
    const ws = tempWorkspace({ 'a.callscript': SCRIPT, 'b.callscript': 'Agent: Hello.\n' });
    client = await TestClient.start({ workspace: ws, pull: true, settings: RULES });
    // Open with unsaved text: its problems come from document pulls.
    const a = await client.open('a.callscript', 'Agent: The LAN is down.\n');
    const pulled = await client.pull(a);
    assert.deepStrictEqual(pulled.kind === 'full' && pulled.items.map(brief), ['no-jargon 0:11-0:14']);
    const ids = new Map<string, string>();
    const first = await client.workspacePull();
    assert.deepStrictEqual(summary(ws, first.items), [['b.callscript', 'full', null, []]]);

    // Closed (the edits discarded): reported from disk.
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    let waiting = holding();
    let held = client.workspacePull(remember(ids, first.items), { partial: (i) => items.push(...i) });
    await waiting;
    await client.close(a);
    await held;
    assert.deepStrictEqual(summary(ws, items), [
      ['a.callscript', 'full', null, JARGON_ROUTER],
      ['b.callscript', 'unchanged', null, null],
    ]);

    // A note created and opened, never reported by workspace pulls, then deleted while open.
    const c = path.join(ws, 'c.callscript');
    fs.writeFileSync(c, SCRIPT);
    const cUri = await client.open('c.callscript', SCRIPT);
    const cPulled = await client.pull(cUri);
    assert.strictEqual(cPulled.kind === 'full' && cPulled.items.length, 2);
    fs.unlinkSync(c);
    const next: WorkspaceDocumentDiagnosticReport[] = [];
    waiting = holding();
    held = client.workspacePull(remember(ids, items), { partial: (i) => next.push(...i) });
    await waiting;
    await client.close(cUri);
    await held;
    assert.deepStrictEqual(summary(ws, next), [
      ['a.callscript', 'unchanged', null, null],
      ['b.callscript', 'unchanged', null, null],
      ['c.callscript', 'full', null, []],
    ]);
    assert.strictEqual(next.find((i) => i.uri.endsWith('c.callscript'))!.resultId, undefined);
  });

  it('Lint Workspace reports open documents through workspace pulls too, and pushes nothing', async () => {
    const ws = tempWorkspace({ 'router.callscript': SCRIPT, 'open.callscript': 'Agent: The LAN is down.\n' });
    client = await TestClient.start({ workspace: ws, pull: true, settings: RULES });
    const open = await client.open('open.callscript', 'Agent: The LAN and the VPN are down.\n');
    await client.pull(open);
    const ids = new Map<string, string>();
    const first = await client.workspacePull();
    assert.deepStrictEqual(summary(ws, first.items), [['router.callscript', 'full', null, JARGON_ROUTER]]);

    // The editor may have closed the tab of the open document and dropped its problems.
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const waiting = holding();
    const held = client.workspacePull(remember(ids, first.items), { partial: (i) => items.push(...i) });
    await waiting;
    const result = await client.request<LintWorkspaceResult>('workspace/executeCommand', { command: 'supportlint.lintWorkspace', arguments: [] });
    assert.deepStrictEqual(result, { files: 2, problems: { error: 0, warning: 4, info: 0 }, cancelled: false });
    await held;
    assert.deepStrictEqual(summary(ws, items), [
      // The unsaved text, at the document's version.
      ['open.callscript', 'full', 1, ['no-jargon 0:11-0:14', 'no-jargon 0:23-0:26']],
      ['router.callscript', 'unchanged', null, null],
    ]);
    assert.deepStrictEqual(client.publishLog, [], 'no second channel for the same problems');

    // Once closed, the file on disk.
    const after: WorkspaceDocumentDiagnosticReport[] = [];
    const again = holding();
    const next = client.workspacePull(remember(ids, items), { partial: (i) => after.push(...i) });
    await again;
    await client.close(open);
    await next;
    assert.deepStrictEqual(summary(ws, after), [
      ['open.callscript', 'full', null, ['no-jargon 0:11-0:14']],
      ['router.callscript', 'unchanged', null, null],
    ]);
  });
});
