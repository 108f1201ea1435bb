// Hover, completion, outline, folding and inlay hints over LSP.
import * as assert from 'assert';
import type { CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient, tempWorkspace } from './client';
import { only, TICKET } from './fixtures';

const SCRIPT = [
  '---', //                                                                                          0
  'title: Printer offline', //                                                                       1
  'lang: en', //                                                                                     2
  'placeholders: [agent, company, customer]', //                                                     3
  '---', //                                                                                          4
  '# Printer offline', //                                                                            5
  '', //                                                                                             6
  '## Greeting', //                                                                                  7
  'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?', //           8
  'Customer: My printer is offline.', //                                                             9
  '[Check the DNS server before you answer.]', //                                                    10
  '', //                                                                                             11
  '## Check settings', //                                                                            12
  'Agent: I need to look at your printer settings. May I put you on hold for about two minutes?', // 13
  'Customer: Yes.', //                                                                               14
  '[hold 2m]', //                                                                                    15
  'Agent: Thank you for waiting, {customer}. Your VPN was off.', //                                  16
  '', //                                                                                             17
  '## Billing questions', //                                                                         18
  '- If the problem is with billing:', //                                                            19
  '  Agent: Our billing team can change this for you. May I transfer you to them?', //               20
  '  [transfer billing]', //                                                                         21
  '', //                                                                                             22
  '## Close', //                                                                                     23
  'Agent: Is there anything else I can help you with today? I can ask {brand} too.', //              24
  '[hold 90s]', //                                                                                   25
  '[end]', //                                                                                        26
  '',
].join('\n');

const at = (line: number, character: number) => ({ line, character });

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return !r ? [] : Array.isArray(r) ? r : r.items;
}

describe('LSP editor features', function () {
  this.timeout(20000);
  let client: TestClient;
  let uri: string;
  let ws: string;
  before(async () => {
    ws = tempWorkspace({ '.supportlint.yaml': 'placeholders: [brand]\n' });
    client = await TestClient.start({ workspace: ws, settings: { rules: only('no-jargon', 'announced-hold'), speakingRate: 60, today: '2026-11-23' } });
    uri = await client.open('printer.callscript', SCRIPT);
    await client.diagnosticsNow(uri);
  });
  after(async () => {
    await client.stop();
  });

  const hover = async (line: number, character: number, u = uri) => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: at(line, character) });
    return h && { value: (h.contents as MarkupContent).value, range: h.range };
  };

  describe('hover', () => {
    it('shows the plain alternative of a reported jargon term, and the rule with its docs', async () => {
      const h = await hover(16, 49);
      assert.deepStrictEqual(h!.range, { start: at(16, 47), end: at(16, 50) });
      const [term, rule] = h!.value.split('\n\n---\n\n');
      assert.strictEqual(
        term,
        '**VPN** is jargon: say *secure private connection* instead.\n\nCustomers are not technicians: plain words keep them following the call and avoid a second one.',
      );
      assert.match(rule, /^\*\*supportlint\*\* `no-jargon`: Say technical terms and acronyms in plain language the customer understands\. \[Docs\]\((file|https):\/\/\S+\/docs\/rules\/no-jargon\.md\)$/);
    });

    it('shows a glossary term outside agent speech, where it is not reported', async () => {
      const h = await hover(10, 15);
      assert.deepStrictEqual(h!.range, { start: at(10, 11), end: at(10, 21) });
      assert.match(h!.value, /^\*\*DNS server\*\*: in plain words, \*service that finds websites by name\*\./);
    });

    it('describes each rule reported under the cursor once', async () => {
      const h = await hover(25, 3);
      assert.deepStrictEqual(h!.value.split('\n\n---\n\n').map((p) => p.split(':')[0]), ['**supportlint** `announced-hold`']);
      assert.deepStrictEqual(h!.range, { start: at(25, 0), end: at(25, 10) });
    });

    it('tells what a placeholder stands for and where it is declared', async () => {
      assert.strictEqual((await hover(16, 33))!.value, "**{customer}** stands for the customer's name (role `customer`).\n\nDeclared in the front matter (`placeholders:`).");
      const brand = await hover(24, 70);
      assert.match(brand!.value, /^\*\*\{brand\}\*\* is filled in when the script is used\.\n\nDeclared in \[\.supportlint\.yaml\]\(file:\/\/\S+\/\.supportlint\.yaml\)\.$/);
      assert.deepStrictEqual(brand!.range, { start: at(24, 67), end: at(24, 74) });
    });

    it('has nothing to say about ordinary words', async () => {
      assert.strictEqual(await hover(9, 14), null);
    });
  });

  describe('completion', () => {
    const complete = async (u: string, line: number, character: number, triggerCharacter?: string) =>
      items(
        await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', {
          textDocument: { uri: u },
          position: at(line, character),
          context: triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 },
        }),
      );

    it('offers declared placeholders after {', async () => {
      const u = await client.open('ph.callscript', '---\nplaceholders: [agent, customer]\n---\nAgent: Hello {\n');
      const list = await complete(u, 3, 14, '{');
      assert.deepStrictEqual(list.map((i) => [i.label, i.detail]).sort(), [['agent', 'Placeholder: agent'], ['brand', 'Placeholder'], ['customer', 'Placeholder: customer']]);
      const customer = list.find((i) => i.label === 'customer')!;
      assert.deepStrictEqual(customer.textEdit, { range: { start: at(3, 14), end: at(3, 14) }, newText: 'customer}' });
    });

    it("offers directive keywords after [, with the file language's aliases", async () => {
      const en = await client.open('d-en.callscript', 'Agent: One moment.\n[\n');
      assert.deepStrictEqual((await complete(en, 1, 1, '[')).map((i) => i.label), ['hold', 'transfer', 'mute', 'callback', 'end']);
      const es = await client.open('d-es.callscript', '---\nlang: es\n---\nAgente: Un momento.\n  [ho]\n');
      const list = await complete(es, 4, 5);
      assert.deepStrictEqual(list.map((i) => i.label), ['hold', 'espera', 'transfer', 'transferir', 'mute', 'silencio', 'callback', 'rellamada', 'end', 'fin']);
      // The typed word is replaced; the closing bracket is already there.
      assert.deepStrictEqual(list[1].textEdit, { range: { start: at(4, 3), end: at(4, 5) }, newText: 'espera' });
    });

    it('offers speaker labels at the start of a line', async () => {
      const es = await client.open('s-es.callscript', '---\nlang: es\n---\nAg\n');
      const list = await complete(es, 3, 2);
      assert.deepStrictEqual(list.map((i) => i.label), ['Agente:', 'Cliente:']);
      assert.deepStrictEqual(list[0].textEdit, { range: { start: at(3, 0), end: at(3, 2) }, newText: 'Agente: ' });
    });

    it('offers section names after ## (script names; ticket names in the file language)', async () => {
      const script = await client.open('sec.callscript', 'Agent: Hi.\n## \n');
      const names = (await complete(script, 1, 3, ' ')).map((i) => i.label);
      for (const n of ['Greeting', 'Paraphrase', 'Clarify', 'Close']) assert.ok(names.includes(n), n);
      const ticket = await client.open('sec-es.ticket', '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\nlang: es\n---\n## Síntoma\nNo imprime.\n## \n');
      // In the order an editor shows them (by sortText): missing sections first.
      const list = (await complete(ticket, 8, 3, ' ')).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
      assert.deepStrictEqual(list.map((i) => [i.label, i.detail]), [
        ['Pasos realizados', 'Ticket section'],
        ['Causa', 'Ticket section'],
        ['Resolución', 'Ticket section'],
        ['Verificación', 'Ticket section'],
        ['Próximos pasos', 'Ticket section'],
        ['Escalado', 'Ticket section'],
        ['Resumen para el cliente', 'Ticket section'],
        ['Síntoma', 'Already in this note'],
      ]);
    });

    it('offers ticket front-matter keys that are missing, and their values', async () => {
      const u = await client.open('fm.ticket', '---\ncase: C-7\nstatus: \ntier: \ncontact: \nfollowUp: \nlang: \n\n---\n## Symptom\nDown.\n');
      assert.deepStrictEqual((await complete(u, 7, 0)).map((i) => i.label), ['opened', 'customer', 'owner']);
      assert.deepStrictEqual((await complete(u, 2, 8, ' ')).map((i) => i.label), ['open', 'pending', 'escalated', 'resolved', 'closed']);
      assert.deepStrictEqual((await complete(u, 3, 6, ' ')).map((i) => i.label), ['1', '2', '3']);
      assert.deepStrictEqual((await complete(u, 4, 9, ' ')).map((i) => i.label), ['phone', 'email', 'chat']);
      assert.deepStrictEqual((await complete(u, 5, 10, ' ')).map((i) => i.label), ['2026-11-23']);
      assert.deepStrictEqual((await complete(u, 6, 6, ' ')).map((i) => i.label), ['en', 'es', 'tr', 'id']);
    });

    it('stays quiet in ordinary speech', async () => {
      assert.deepStrictEqual(await complete(uri, 8, 20), []);
      assert.deepStrictEqual(await complete(uri, 8, 20, ' '), []);
    });
  });

  it('outlines the title, sections and branches', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const shape = (s: DocumentSymbol): unknown => [s.name, s.range.start.line, s.range.end.line, ...(s.children ?? []).map(shape)];
    assert.deepStrictEqual(symbols.map(shape), [
      ['Front matter', 0, 4],
      ['Printer offline', 5, 26, ['Greeting', 7, 10], ['Check settings', 12, 16], ['Billing questions', 18, 21, ['If the problem is with billing', 19, 21]], ['Close', 23, 26]],
    ]);
    const title = symbols[1];
    assert.deepStrictEqual(title.selectionRange, { start: at(5, 2), end: at(5, 17) });
  });

  it('folds front matter, sections and branches', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepStrictEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind ?? null]),
      [
        [0, 4, 'region'],
        [7, 10, null],
        [12, 16, null],
        [18, 21, null],
        [19, 21, null],
        [23, 26, null],
      ],
    );
  });

  describe('inlay hints', () => {
    const hints = async (u: string) =>
      (await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: at(0, 0), end: at(100, 0) } })).map((h) => [h.position.line, h.label]);

    it('estimate speaking time per section and in total, with the announced hold time', async () => {
      // At 60 words per minute a word takes a second: 14 + 27 + 14 + 15 agent words,
      // shown to the nearest 5 seconds; holds of 2m and 90s.
      assert.deepStrictEqual(await hints(uri), [
        [5, 'total ~1 min 10 s speaking + ~3 min 30 s on hold'],
        [7, '~15 s speaking'],
        [12, '~25 s speaking'],
        [18, '~15 s speaking'],
        [23, '~15 s speaking'],
      ]);
    });

    it('use the rate of the config file when the setting is not set', async () => {
      const rated = tempWorkspace({ '.supportlint.yaml': 'speakingRate:\n  en: 75\n' });
      const c2 = await TestClient.start({ workspace: rated });
      try {
        const u = await c2.open('r.callscript', '# Call\n## Greeting\nAgent: Thank you for calling, how can I help you today?\n');
        const list = await c2.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: at(0, 0), end: at(9, 0) } });
        // 10 words at 75 words per minute: 8 seconds.
        assert.deepStrictEqual(list.map((h) => [h.position, h.label]), [
          [at(0, 6), 'total ~10 s speaking'],
          [at(1, 11), '~10 s speaking'],
        ]);
        assert.strictEqual(list[1].tooltip, '10 agent words at 75 words per minute (en).');
      } finally {
        await c2.stop();
      }
    });

    it('are not given for ticket notes', async () => {
      const t = await client.open('case.ticket', TICKET);
      assert.deepStrictEqual(await hints(t), []);
    });
  });
});
