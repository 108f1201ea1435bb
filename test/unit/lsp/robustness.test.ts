// The server keeps serving whatever it is sent: malformed messages, unknown methods,
// documents it never saw, huge and binary documents. It never logs document text.
import * as assert from 'assert';
import { spawn } from 'child_process';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentSymbol, InitializeResult } from 'vscode-languageserver-protocol';
import { ensureBuilt, SERVER, TestClient, tempWorkspace } from './client';
import { only, SCRIPT } from './fixtures';

const SECRET = 'Zanzibar-quokka-7731';

describe('LSP robustness', function () {
  this.timeout(30000);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ workspace: tempWorkspace(), settings: { rules: only('no-jargon') } });
  });
  after(async () => {
    const code = await client.stop();
    assert.strictEqual(code, 0, 'exits cleanly after shutdown and exit');
  });

  async function stillServing(): Promise<void> {
    const uri = await client.open(`alive-${Math.random().toString(36).slice(2)}.callscript`, SCRIPT);
    assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
  }

  it('survives malformed messages', async () => {
    const bad = '{not json!!}';
    client.writeRaw(`Content-Length: ${Buffer.byteLength(bad)}\r\n\r\n${bad}`);
    const shapeless = '{"jsonrpc":"2.0","weird":true}';
    client.writeRaw(`Content-Length: ${Buffer.byteLength(shapeless)}\r\n\r\n${shapeless}`);
    // Requests with missing or wrong params get an empty answer, not a crash.
    assert.strictEqual(await client.request('textDocument/hover', {}), null);
    assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: { uri: 42 } }), []);
    await stillServing();
  });

  it('answers unknown methods with MethodNotFound and keeps going', async () => {
    await assert.rejects(client.request('supportlint/noSuchThing', {}), (e: { code?: number }) => e.code === -32601);
    await client.notify('supportlint/noSuchNotification', { x: 1 });
    await assert.rejects(client.request('workspace/executeCommand', { command: 'supportlint.nope' }), (e: { code?: number }) => e.code === -32602);
    await stillServing();
  });

  it('answers requests about documents it never opened', async () => {
    const uri = 'file:///nowhere/never-opened.callscript';
    const pos = { line: 0, character: 0 };
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: pos }), null);
    assert.deepStrictEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: pos }), []);
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepStrictEqual(await client.request('textDocument/foldingRange', { textDocument: { uri } }), []);
    assert.deepStrictEqual(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: pos, end: pos } }), []);
    assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } }), []);
    await assert.rejects(client.request('supportlint/setStatus', { uri, status: 'open' }), /cannot be read/);
  });

  it('skips a 10 MB one-line document with one info diagnostic, and stays responsive', async () => {
    const big = 'Agent: ' + 'VPN '.repeat((10 * 1024 * 1024) / 4);
    const uri = await client.open('huge.callscript', big);
    const diags = await client.diagnosticsNow(uri);
    assert.deepStrictEqual(
      diags.map((d: Diagnostic) => [d.code, d.severity, d.range.start.line, d.range.start.character]),
      [['skipped', 3, 0, 0]],
    );
    assert.match(String(diags[0].message), /too large \(10(\.0)? MB; the editor limit is 1 MB\)/);
    const t0 = Date.now();
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } }), null);
    assert.deepStrictEqual(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.deepStrictEqual(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 1 } }), []);
    const v = await client.change(uri, [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 10 } }, text: 'the network' }]);
    assert.strictEqual((await client.diagnostics(uri, (p) => p.version === v)).length, 1);
    assert.ok(Date.now() - t0 < 5000, 'answered quickly');
    await client.close(uri);
    await stillServing();
  });

  it('skips binary content with one info diagnostic', async () => {
    const uri = await client.open('blob.callscript', `Agent: hello\u0000\u0001\u0002\uFFFD${'\u0000'.repeat(100)} VPN`);
    const diags = await client.diagnosticsNow(uri);
    assert.deepStrictEqual(diags.map((d) => [d.code, d.severity, d.message]), [['skipped', 3, 'supportlint did not check this file: it contains NUL bytes, so it looks like a binary file, not a call script or ticket note.']]);
    await stillServing();
  });

  it('never logs document text', async () => {
    const uri = await client.open('secret.callscript', `# ${SECRET}\n## Greeting\nAgent: The ${SECRET} VPN is ready.\n`);
    await client.diagnosticsNow(uri);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 12 } });
    await client.request('workspace/executeCommand', { command: 'supportlint.lintWorkspace' });
    await client.request('supportlint/cases');
    assert.ok(client.logs.length > 0, 'the server does log (timings, counts)');
    for (const line of [...client.logs, client.stderr]) assert.ok(!line.includes(SECRET), `log line leaks text: ${line}`);
  });
});

describe('LSP transports', function () {
  this.timeout(20000);
  before(ensureBuilt);

  it('speaks over --node-ipc', async () => {
    const proc = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    conn.listen();
    const exited = new Promise((resolve) => proc.on('exit', resolve));
    const init = await conn.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.strictEqual(init.serverInfo?.name, 'supportlint');
    assert.strictEqual(init.capabilities.hoverProvider, true);
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    assert.strictEqual(await exited, 0);
    conn.dispose();
  });

  it('explains its usage when started without a transport', async () => {
    const proc = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((resolve) => proc.on('exit', resolve));
    assert.strictEqual(code, 2);
    assert.match(err, /^Usage: supportlint-language-server --stdio \| --node-ipc/);
  });
});
