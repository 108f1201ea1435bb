// Code actions over LSP: each action's edit is applied to the text and the result compared.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, Diagnostic, TextDocumentEdit, CreateFile } from 'vscode-languageserver-protocol';
import { applyEdits, editsFor, TestClient, tempWorkspace, uriOf } from './client';
import { only } from './fixtures';

const TEXT = [
  '## Check', //                                                   0
  'Agent: Your VPN card number is 4111 1111 1111 1111.', //        1
  '- If the customer asks about the router:', //                   2
  '    Agent: I need to check the DNS server', //                  3
  '    and the VPN again.', //                                     4
  '    <!-- supportlint-disable-next-line no-pii -->', //          5
  '    Agent: Your DNS is fine.', //                               6
  '[hold 2m]', //                                                  7
  'Agent: Thanks.', //                                             8
  '',
].join('\n');

async function actionsAt(client: TestClient, uri: string, diags: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diags.length ? diags[0].range : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: diags, only } });
}

function apply(client: TestClient, uri: string, action: CodeAction): string {
  return applyEdits(client.text(uri), editsFor(action.edit!, uri));
}

function line(text: string, n: number): string {
  return text.split('\n')[n];
}

describe('LSP code actions', function () {
  this.timeout(20000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  async function start(files: Record<string, string> = {}, rules = only('no-jargon', 'no-pii', 'announced-hold')) {
    const ws = tempWorkspace(files);
    client = await TestClient.start({ workspace: ws, settings: { rules } });
    const uri = await client.open('check.callscript', TEXT);
    const diags = await client.diagnosticsNow(uri);
    return { ws, client, uri, diags };
  }

  it("offers each diagnostic's fix as the preferred quick fix", async () => {
    const { client, uri, diags } = await start();
    const vpn = diags.find((d) => d.code === 'no-jargon' && d.range.start.line === 1)!;
    const actions = await actionsAt(client, uri, [vpn]);
    const fix = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(fix.title, 'Replace "VPN" with "secure private connection"');
    assert.strictEqual(fix.kind, 'quickfix');
    assert.deepStrictEqual(fix.diagnostics, [vpn]);
    assert.strictEqual(line(apply(client, uri, fix), 1), 'Agent: Your secure private connection card number is 4111 1111 1111 1111.');
    // The edit is tied to the version it was computed for.
    assert.strictEqual((fix.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, client.version(uri));

    const card = diags.find((d) => d.code === 'no-pii')!;
    const mask = (await actionsAt(client, uri, [card])).find((a) => a.isPreferred)!;
    assert.strictEqual(mask.title, 'Replace "4111 1111 1111 1111" with "**** **** **** 1111"');
    assert.strictEqual(line(apply(client, uri, mask), 1), 'Agent: Your VPN card number is **** **** **** 1111.');
  });

  it('offers suggestions as separate quick fixes', async () => {
    const { client, uri, diags } = await start();
    const hold = diags.filter((d) => d.code === 'announced-hold');
    const thanks = hold.find((d) => /thank the customer/.test(String(d.message)))!;
    const actions = await actionsAt(client, uri, [thanks]);
    const titles = actions.map((a) => a.title);
    assert.deepStrictEqual(titles, ['Thank the customer after the hold', 'Disable announced-hold for this line', 'Fix all supportlint problems']);
    const after = apply(client, uri, actions[0]);
    assert.deepStrictEqual(after.split('\n').slice(7, 10), ['[hold 2m]', 'Agent: Thank you for waiting.', 'Agent: Thanks.']);
  });

  it('fixes everything in one edit with source.fixAll.supportlint', async () => {
    const { client, uri } = await start();
    const actions = await actionsAt(client, uri, [], ['source.fixAll']);
    assert.deepStrictEqual(actions.map((a) => [a.title, a.kind]), [['Fix all supportlint problems', 'source.fixAll.supportlint']]);
    const edits = editsFor(actions[0].edit!, uri);
    assert.strictEqual(edits.length, 1, 'one edit');
    const fixed = applyEdits(client.text(uri), edits);
    assert.deepStrictEqual(fixed.split('\n').slice(1, 7), [
      'Agent: Your secure private connection card number is **** **** **** 1111.',
      '- If the customer asks about the router:',
      '    Agent: I need to check the service that finds websites by name',
      '    and the secure private connection again.',
      '    <!-- supportlint-disable-next-line no-pii -->',
      '    Agent: Your service that finds websites by name is fine.',
    ]);
    // Applying it leaves nothing fixable: a second fix-all offers nothing.
    await client.replace(uri, fixed);
    await client.diagnosticsNow(uri);
    assert.deepStrictEqual(await actionsAt(client, uri, [], ['source.fixAll.supportlint']), []);
  });

  it('only returns the kinds asked for', async () => {
    const { client, uri, diags } = await start();
    const vpn = diags.find((d) => d.code === 'no-jargon')!;
    const quick = await actionsAt(client, uri, [vpn], ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    assert.deepStrictEqual(await actionsAt(client, uri, [vpn], ['refactor']), []);
  });

  describe('Disable <rule> for this line', () => {
    it('inserts a disable-next-line comment above, with the line indentation', async () => {
      const { client, uri, diags } = await start();
      const dns = diags.find((d) => d.code === 'no-jargon' && d.range.start.line === 3)!;
      const action = (await actionsAt(client, uri, [dns])).find((a) => a.title === 'Disable no-jargon for this line')!;
      const after = apply(client, uri, action);
      assert.deepStrictEqual(after.split('\n').slice(2, 5), [
        '- If the customer asks about the router:',
        '    <!-- supportlint-disable-next-line no-jargon -->',
        '    Agent: I need to check the DNS server',
      ]);
      const v = await client.replace(uri, after);
      const now = await client.diagnostics(uri, (p) => p.version === v);
      assert.deepStrictEqual(now.filter((d) => d.code === 'no-jargon').map((d) => d.range.start.line), [1, 5, 7], 'the DNS server on line 4 is suppressed');
    });

    it('uses an end-of-line comment on a continuation line, so the turn stays whole', async () => {
      const { client, uri, diags } = await start();
      const vpn = diags.find((d) => d.code === 'no-jargon' && d.range.start.line === 4)!;
      const action = (await actionsAt(client, uri, [vpn])).find((a) => a.title === 'Disable no-jargon for this line')!;
      const after = apply(client, uri, action);
      assert.strictEqual(line(after, 4), '    and the VPN again. <!-- supportlint-disable-line no-jargon -->');
      const v = await client.replace(uri, after);
      const now = await client.diagnostics(uri, (p) => p.version === v);
      assert.deepStrictEqual(now.filter((d) => d.code === 'no-jargon').map((d) => d.range.start.line), [1, 3, 6]);
    });

    it('adds the rule to a disable-next-line comment already above the line', async () => {
      const { client, uri, diags } = await start();
      const dns = diags.find((d) => d.code === 'no-jargon' && d.range.start.line === 6)!;
      const action = (await actionsAt(client, uri, [dns])).find((a) => a.title === 'Disable no-jargon for this line')!;
      assert.strictEqual(line(apply(client, uri, action), 5), '    <!-- supportlint-disable-next-line no-pii, no-jargon -->');
    });
  });

  describe('Add "<term>" to allowed terms', () => {
    const CONFIG = [
      '# Team settings: keep this file short.',
      'language: en   # agents speak English',
      'rules:',
      '  no-jargon:',
      '    severity: warning   # not an error',
      '    allow: [Wi-Fi, PIN]',
      '  announced-hold:',
      '    maxHoldMinutes: 3',
      '',
    ].join('\n');

    it('edits the nearest .supportlint.yaml, keeping its comments and layout', async () => {
      const { ws, client, uri, diags } = await start({ '.supportlint.yaml': CONFIG });
      const vpn = diags.find((d) => d.code === 'no-jargon' && d.range.start.line === 1)!;
      const action = (await actionsAt(client, uri, [vpn])).find((a) => a.title === 'Add "VPN" to allowed terms')!;
      assert.ok(action, 'action offered');
      const cfgUri = uriOf(path.join(ws, '.supportlint.yaml'));
      const after = applyEdits(CONFIG, editsFor(action.edit!, cfgUri));
      assert.strictEqual(after, CONFIG.replace('allow: [Wi-Fi, PIN]', 'allow: [Wi-Fi, PIN, VPN]'));

      // Saved and reported as changed: the term is no longer reported.
      fs.writeFileSync(path.join(ws, '.supportlint.yaml'), after);
      const next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 2 }] });
      const now = await next;
      assert.deepStrictEqual(
        now.filter((d) => d.code === 'no-jargon').map((d) => (d.data as { term: string }).term),
        ['DNS server', 'DNS'],
      );
    });

    it('adds an allow list to a rule configured by severity only', async () => {
      const { ws, client, uri, diags } = await start({ '.supportlint.yaml': 'rules:\n  no-jargon: warning # team default\n' });
      const vpn = diags.find((d) => d.code === 'no-jargon')!;
      const action = (await actionsAt(client, uri, [vpn])).find((a) => a.title === 'Add "VPN" to allowed terms')!;
      const after = applyEdits('rules:\n  no-jargon: warning # team default\n', editsFor(action.edit!, uriOf(path.join(ws, '.supportlint.yaml'))));
      assert.strictEqual(after, 'rules:\n  no-jargon:\n    severity: warning\n    allow: [VPN] # team default\n');
    });

    it('creates .supportlint.yaml at the workspace root when there is none', async () => {
      const { ws, client, uri, diags } = await start();
      const vpn = diags.find((d) => d.code === 'no-jargon')!;
      const action = (await actionsAt(client, uri, [vpn])).find((a) => a.title === 'Add "VPN" to allowed terms')!;
      const cfgUri = uriOf(path.join(ws, '.supportlint.yaml'));
      const [create, edit] = action.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
      assert.deepStrictEqual(create, { kind: 'create', uri: cfgUri, options: { ignoreIfExists: true } });
      assert.strictEqual(edit.textDocument.uri, cfgUri);
      const text = applyEdits('', edit.edits as never);
      assert.match(text, /^rules:\n  no-jargon:\n    allow: \[VPN\]\n$/m);
      // The file it creates is a valid config that allows the term.
      fs.writeFileSync(path.join(ws, '.supportlint.yaml'), text);
      const next = client.nextDiagnostics(uri);
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: cfgUri, type: 1 }] });
      assert.deepStrictEqual((await next).filter((d) => d.code === 'no-jargon').map((d) => (d.data as { term: string }).term), ['DNS server', 'DNS']);
    });

    it('is not offered for other rules', async () => {
      const { client, uri, diags } = await start();
      const card = diags.find((d) => d.code === 'no-pii')!;
      const titles = (await actionsAt(client, uri, [card])).map((a) => a.title);
      assert.ok(!titles.some((t) => t.startsWith('Add ')), titles.join(', '));
    });
  });
});
