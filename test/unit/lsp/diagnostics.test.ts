// Diagnostics over LSP, pushed (debounced, versioned) and pulled (LSP 3.17).
import * as assert from 'assert';
import { DiagnosticSeverity, type Diagnostic, type FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { TestClient, tempWorkspace } from './client';
import { only, SCRIPT } from './fixtures';

const brief = (d: Diagnostic) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

describe('LSP diagnostics', function () {
  this.timeout(20000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  describe('push', () => {
    it('publishes precise, documented diagnostics on open', async () => {
      const ws = tempWorkspace();
      client = await TestClient.start({ workspace: ws, settings: { rules: only('no-jargon') } });
      assert.strictEqual(client.initializeResult.capabilities.diagnosticProvider, undefined, 'no pull without client support');
      const uri = await client.open('router.callscript', SCRIPT);
      const diags = await client.diagnosticsNow(uri);
      assert.deepStrictEqual(diags.map(brief), [
        'no-jargon 12:27-12:30 "VPN" is jargon: say "secure private connection" instead.',
        'no-jargon 12:45-12:55 "DNS server" is jargon: say "service that finds websites by name" instead.',
      ]);
      const d = diags[0];
      assert.strictEqual(d.source, 'supportlint');
      assert.strictEqual(d.severity, DiagnosticSeverity.Warning);
      assert.match(d.codeDescription!.href, /docs\/rules\/no-jargon\.md$/);
      const data = d.data as Record<string, unknown>;
      assert.strictEqual(data.term, 'VPN');
      assert.strictEqual(data.plain, 'secure private connection');
      assert.deepStrictEqual(data.fix, { range: d.range, newText: 'secure private connection' });
    });

    it('re-lints after a change, for the new version only', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), settings: { rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
      // Three quick edits: only the last version is reported.
      await client.change(uri, [{ range: { start: { line: 12, character: 27 }, end: { line: 12, character: 30 } }, text: 'connection' }]);
      await client.change(uri, [{ range: { start: { line: 12, character: 52 }, end: { line: 12, character: 62 } }, text: 'settings' }]);
      const v = await client.change(uri, [{ range: { start: { line: 12, character: 52 }, end: { line: 12, character: 60 } }, text: 'router' }]);
      const published: number[] = [];
      const diags = await client.nextDiagnostics(uri, (p) => (published.push(p.version!), p.version === v));
      assert.deepStrictEqual(published, [v], 'stale versions are never published');
      assert.deepStrictEqual(diags, []);
      assert.strictEqual(client.text(uri).split('\n')[12], 'Agent: I will restart your connection and check the router, {customer}.');
    });

    it('with run: onSave, lints on open and save but not while typing', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), settings: { run: 'onSave', rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
      const v2 = await client.change(uri, [{ range: { start: { line: 12, character: 27 }, end: { line: 12, character: 30 } }, text: 'connection' }]);
      const v3 = await client.change(uri, [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, text: 'Agent: The LAN is fine.\n' }]);
      const seen: number[] = [];
      const saved = client.nextDiagnostics(uri, (p) => (seen.push(p.version!), true));
      await client.save(uri);
      const diags = await saved;
      assert.deepStrictEqual(seen, [v3], `nothing was published for version ${v2}`);
      assert.deepStrictEqual(diags.map((d) => d.data && (d.data as { term: string }).term), ['DNS server', 'LAN']);
    });

    it('clears diagnostics when the document is closed, and publishes none when disabled', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), settings: { rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(uri)).length, 2);
      const cleared = client.nextDiagnostics(uri);
      await client.close(uri);
      assert.deepStrictEqual(await cleared, []);

      // Per resource: one document disabled, the next one enabled. Documents are handled
      // in order, so once the second is published the first would have been too.
      client.settingsFor = (scope) => (scope?.endsWith('off.callscript') ? { enable: false } : { rules: only('no-jargon') });
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      const off = await client.open('off.callscript', SCRIPT);
      const on = await client.open('on.callscript', SCRIPT);
      assert.strictEqual((await client.diagnosticsNow(on)).length, 2);
      assert.deepStrictEqual(client.publishLog.filter((p) => p.uri === off), []);
    });

    it('leaves files that are neither scripts nor tickets alone', async () => {
      client = await TestClient.start({ workspace: tempWorkspace() });
      const uri = await client.open('notes.md', 'Agent: restart the VPN.\n', 'markdown');
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepStrictEqual(symbols, []);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 20 } });
      assert.strictEqual(hover, null);
    });
  });

  it("writes messages in the editor's language, unless the locale setting says otherwise", async () => {
    client = await TestClient.start({ workspace: tempWorkspace(), locale: 'es-ES', settings: { rules: only('no-jargon') } });
    const uri = await client.open('router.callscript', SCRIPT);
    assert.strictEqual((await client.diagnosticsNow(uri))[0].message, '«VPN» es jerga técnica: diga «secure private connection».');
    client.settings = { rules: only('no-jargon'), locale: 'en' };
    const next = client.nextDiagnostics(uri);
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    assert.strictEqual((await next)[0].message, '"VPN" is jargon: say "secure private connection" instead.');
  });

  describe('pull', () => {
    it('answers textDocument/diagnostic at once, with result ids', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), pull: true, settings: { rules: only('no-jargon') } });
      assert.deepStrictEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'supportlint', interFileDependencies: false, workspaceDiagnostics: true });
      const uri = await client.open('router.callscript', SCRIPT);
      const first = (await client.pull(uri)) as FullDocumentDiagnosticReport;
      assert.strictEqual(first.kind, 'full');
      assert.deepStrictEqual(first.items.map(brief), [
        'no-jargon 12:27-12:30 "VPN" is jargon: say "secure private connection" instead.',
        'no-jargon 12:45-12:55 "DNS server" is jargon: say "service that finds websites by name" instead.',
      ]);
      const again = await client.pull(uri, first.resultId);
      assert.deepStrictEqual(again, { kind: 'unchanged', resultId: first.resultId });

      await client.change(uri, [{ range: { start: { line: 12, character: 27 }, end: { line: 12, character: 30 } }, text: 'connection' }]);
      const after = (await client.pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
      assert.strictEqual(after.kind, 'full');
      assert.deepStrictEqual(after.items.map((d) => d.code), ['no-jargon']);
      assert.notStrictEqual(after.resultId, first.resultId);
    });

    it('does not push diagnostics for open documents', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), pull: true, settings: { rules: only('no-jargon') } });
      const uri = await client.open('router.callscript', SCRIPT);
      await client.change(uri, 'Agent: The VPN is down.\n');
      const report = (await client.pull(uri)) as FullDocumentDiagnosticReport;
      assert.deepStrictEqual(report.items.map((d) => d.code), ['no-jargon']);
      assert.deepStrictEqual(client.publishLog, []);
    });

    it('answers a pull for a document that was never opened with no problems', async () => {
      client = await TestClient.start({ workspace: tempWorkspace(), pull: true });
      const report = (await client.pull('file:///nowhere/never-opened.callscript')) as FullDocumentDiagnosticReport;
      assert.deepStrictEqual(report, { kind: 'full', items: [] });
    });
  });
});
