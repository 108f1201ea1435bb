import * as assert from 'assert';
import { parseDocument } from '../../../server/src/parse';
import type { Branch, Directive, ScriptDoc, Turn } from '../../../server/src/model';

const parse = (text: string, speakers?: { agent: string[]; customer: string[] }) => parseDocument(text, 'callscript', speakers) as ScriptDoc;
const slice = (doc: ScriptDoc, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);

const SAMPLE = `---
title: Printer shows "offline"
lang: en
placeholders: [agent, company, customer]
---
# Printer shows "offline"

## Greeting
Agent: Thank you for calling {company}, this is {agent}. How can I help you today?
Customer: <describes the problem>

## Check settings
[Look at the queue first.]
Agent: I need to look at your printer's settings on our side. May I put you on hold
for about two minutes?
Customer: Yes.
[hold 2m]
Agent: Thank you for waiting, {customer}.   <!-- supportlint-disable-line no-minimizing -->

## Billing questions
- If the problem is with billing:
  Agent: May I transfer you to them?
  [transfer billing]
- Otherwise:
  Agent: Let's go on.
[end]
`;

describe('call-script parser', () => {
  const doc = parse(SAMPLE);

  it('reads the front matter with positions', () => {
    assert.ok(doc.frontMatter);
    assert.strictEqual(doc.frontMatter.data.lang, 'en');
    assert.deepStrictEqual(doc.frontMatter.data.placeholders, ['agent', 'company', 'customer']);
    const lang = doc.frontMatter.entries.find((e) => e.key === 'lang')!;
    assert.strictEqual(slice(doc, lang.keySpan), 'lang');
    assert.strictEqual(slice(doc, lang.valueSpan), 'en');
    assert.strictEqual(doc.problems.length, 0);
  });

  it('finds the title and the sections', () => {
    assert.strictEqual(doc.title?.text, 'Printer shows "offline"');
    assert.deepStrictEqual(
      doc.sections.map((s) => s.heading?.text ?? null),
      [null, 'Greeting', 'Check settings', 'Billing questions'],
    );
    assert.strictEqual(slice(doc, doc.sections[1].heading!.textSpan), 'Greeting');
  });

  it('reads turns with speakers, roles and continuation lines', () => {
    const turns = doc.items.filter((i): i is Turn => i.type === 'turn');
    assert.deepStrictEqual(
      turns.map((t) => [t.speaker, t.role]),
      [
        ['Agent', 'agent'],
        ['Customer', 'customer'],
        ['Agent', 'agent'],
        ['Customer', 'customer'],
        ['Agent', 'agent'],
        ['Agent', 'agent'],
        ['Agent', 'agent'],
      ],
    );
    assert.strictEqual(turns[2].text, "I need to look at your printer's settings on our side. May I put you on hold\nfor about two minutes?");
    assert.strictEqual(slice(doc, turns[2].labelSpan), 'Agent');
  });

  it('blanks comments out of turn text but keeps offsets', () => {
    const thanks = doc.items.find((i): i is Turn => i.type === 'turn' && i.text.startsWith('Thank you for waiting'))!;
    assert.strictEqual(thanks.text.trimEnd(), 'Thank you for waiting, {customer}.');
    assert.strictEqual(thanks.text.length, thanks.textSpan.end - thanks.textSpan.start);
    assert.strictEqual(doc.comments.length, 1);
    assert.strictEqual(doc.comments[0].body, 'supportlint-disable-line no-minimizing');
  });

  it('reads directives with canonical kinds and durations', () => {
    const ds = doc.items.filter((i): i is Directive => i.type === 'directive');
    assert.deepStrictEqual(ds.map((d) => [d.kind, d.args]), [
      ['hold', '2m'],
      ['transfer', 'billing'],
      ['end', ''],
    ]);
    assert.strictEqual(ds[0].durationSeconds, 120);
    assert.strictEqual(slice(doc, ds[1].argsSpan), 'billing');
    assert.strictEqual(slice(doc, ds[0].span), '[hold 2m]');
  });

  it('reads stage notes', () => {
    const notes = doc.items.filter((i) => i.type === 'stage');
    assert.deepStrictEqual(notes.map((n) => (n as { text: string }).text), ['Look at the queue first.']);
  });

  it('puts indented lines under their branch and closes the branch on dedent', () => {
    const branches = doc.items.filter((i): i is Branch => i.type === 'branch');
    assert.deepStrictEqual(branches.map((b) => b.label), ['If the problem is with billing:', 'Otherwise:']);
    assert.deepStrictEqual(branches[0].items.map((i) => i.type), ['turn', 'directive']);
    assert.deepStrictEqual(branches[1].items.map((i) => i.type), ['turn']);
    const end = doc.items.find((i): i is Directive => i.type === 'directive' && i.kind === 'end')!;
    assert.strictEqual(end.branch, null);
  });

  it('finds placeholders in turns', () => {
    assert.deepStrictEqual(doc.placeholders.map((p) => p.name), ['company', 'agent', 'customer']);
    assert.strictEqual(slice(doc, doc.placeholders[0].span), '{company}');
    assert.strictEqual(slice(doc, doc.placeholders[0].nameSpan), 'company');
  });

  it('knows the speaker labels and directive aliases of every language, case-insensitively', () => {
    const d = parse('AGENTE: Hola.\ncliente: Buenas.\nTemsilci: Merhaba.\nMÜŞTERİ: Merhaba.\nAgen: Halo.\nPelanggan: Halo.\n[espera 2 min]\n[beklet 90s]\n[tahan 1-2m]\n[aktar faturalama]\n[selesai]\n');
    const turns = d.items.filter((i): i is Turn => i.type === 'turn');
    assert.deepStrictEqual(turns.map((t) => t.role), ['agent', 'customer', 'agent', 'customer', 'agent', 'customer']);
    const ds = d.items.filter((i): i is Directive => i.type === 'directive');
    assert.deepStrictEqual(ds.map((x) => [x.kind, x.durationSeconds]), [
      ['hold', 120],
      ['hold', 90],
      ['hold', 120],
      ['transfer', undefined],
      ['end', undefined],
    ]);
  });

  it('accepts configured speakers', () => {
    const d = parse('Rep: Hello.\nCaller: Hi.\n', { agent: ['Rep'], customer: ['Caller'] });
    assert.deepStrictEqual(d.items.map((i) => (i as Turn).role), ['agent', 'customer']);
  });

  it('treats unknown labels and other brackets as stage notes', () => {
    const d = parse('Note: check the logs.\n[Smile while you talk]\n[holding pattern]\n');
    assert.deepStrictEqual(d.items.map((i) => i.type), ['stage', 'stage', 'stage']);
  });

  it('reports a hold duration it cannot read, at the duration', () => {
    const d = parse('Agent: One moment.\n[hold forever]\n');
    assert.strictEqual(d.problems.length, 1);
    assert.match(d.problems[0].message, /Hold duration "forever" is not understood/);
    assert.strictEqual(slice(d, d.problems[0].span), 'forever');
  });

  it('handles CRLF line endings', () => {
    const d = parse('## Greeting\r\nAgent: Hello,\r\nhow are you?\r\n[hold 1m]\r\n');
    const t = d.items[0] as Turn;
    assert.strictEqual(t.text, 'Hello,\r\nhow are you?');
    assert.strictEqual(slice(d, (d.items[1] as Directive).span), '[hold 1m]');
  });
});

describe('front matter problems', () => {
  it('reports invalid YAML at its position and still parses the body', () => {
    const d = parse('---\ntitle: [unclosed\nlang: en\n---\nAgent: Hello.\n');
    assert.ok(d.problems.length >= 1);
    assert.match(d.problems[0].message, /Invalid YAML in front matter/);
    assert.ok(d.problems[0].span.start >= 4, 'points inside the front matter');
    assert.deepStrictEqual(d.items.map((i) => i.type), ['turn']);
  });

  it('reports an unclosed front matter and lints the rest after the first blank line', () => {
    const d = parse('---\nlang: en\n\nAgent: Hello.\n');
    assert.match(d.problems[0].message, /not closed/);
    assert.strictEqual(d.problems[0].span.start, 0);
    assert.deepStrictEqual(d.items.map((i) => i.type), ['turn']);
  });

  it('reports front matter that is not a mapping', () => {
    const d = parse('---\n- a\n- b\n---\nAgent: Hi.\n');
    assert.match(d.problems[0].message, /must be a list of `key: value` lines/);
  });

  it('reports an unclosed comment on its line only', () => {
    const d = parse('Agent: Hello. <!-- oops\nAgent: Bye.\n');
    assert.match(d.problems[0].message, /Comment is not closed/);
    assert.strictEqual(d.items.filter((i) => i.type === 'turn').length, 2);
  });
});
