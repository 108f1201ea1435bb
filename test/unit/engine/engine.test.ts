import * as assert from 'assert';
import { defaultConfig } from '../../../server/src/config/load';
import { applyFixes } from '../../../server/src/engine/fix';
import { fold } from '../../../server/src/engine/fold';
import { chooseLanguage, detectLanguage } from '../../../server/src/engine/language';
import { LineIndex } from '../../../server/src/engine/lineIndex';
import { lint } from '../../../server/src/engine/lint';
import { matcher } from '../../../server/src/engine/phrases';
import { parseDocument } from '../../../server/src/parse';
import * as rules from '../../../server/src/rules';

describe('fold', () => {
  it('keeps the length and folds case, accents and Turkish i', () => {
    const s = 'İstanbul ILIK ıyı ¿Está AQUÍ? Ñandú’s';
    const f = fold(s);
    assert.strictEqual(f.length, s.length);
    assert.strictEqual(f, "istanbul ilik iyi ¿esta aqui? nandu's");
  });
});

describe('phrase matcher', () => {
  it('matches whole words, any whitespace, case- and accent-insensitively', () => {
    const m = matcher(['put you on hold', 'está']);
    assert.deepStrictEqual(m.match('May I PUT you\n on hold? Esta bien.').map((x) => [x.start, x.end, x.index]), [
      [6, 22, 0],
      [24, 28, 1],
    ]);
    assert.strictEqual(m.test('output you on holder'), false);
  });
  it('supports suffix wildcards and regexes', () => {
    const m = matcher(['beklet*', '/\\d+ ?dakika/']);
    assert.deepStrictEqual(m.match('Sizi bekletebilir miyim? 2 dakika sürer.').map((x) => x.text), ['bekletebilir', '2 dakika']);
  });
});

describe('line index', () => {
  it('maps offsets to positions for LF, CRLF and CR', () => {
    const li = new LineIndex('a\r\nbc\nd\re');
    assert.deepStrictEqual(li.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(li.positionAt(6), { line: 2, character: 0 });
    assert.deepStrictEqual(li.positionAt(8), { line: 3, character: 0 });
    assert.strictEqual(li.offsetAt({ line: 1, character: 1 }), 4);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes and skips overlapping ones', () => {
    const r = applyFixes('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 1], text: 'A' },
      { range: [0, 2], text: 'XX' },
    ]);
    assert.deepStrictEqual(r, { text: 'AbcdEf', applied: 2 });
  });
});

describe('language of a file', () => {
  it('prefers front matter, then config, then detection, then English', () => {
    const d = (t: string) => parseDocument(t, 'callscript');
    assert.deepStrictEqual(chooseLanguage(d('---\nlang: tr\n---\nAgent: Hello, how can I help you?\n'), 'es'), { lang: 'tr', source: 'front-matter' });
    assert.deepStrictEqual(chooseLanguage(d('Agent: Hello, how can I help you?\n'), 'es'), { lang: 'es', source: 'config' });
    assert.deepStrictEqual(chooseLanguage(d('Agent: Hello, how can I help you today?\n'), undefined), { lang: 'en', source: 'detected' });
    assert.deepStrictEqual(chooseLanguage(d('Agent: Ok.\n'), undefined), { lang: 'en', source: 'default' });
  });
  it('detects the four languages on short texts', () => {
    assert.strictEqual(detectLanguage('Gracias por llamar, ¿en qué puedo ayudarle hoy?'), 'es');
    assert.strictEqual(detectLanguage('Aradığınız için teşekkür ederim, size nasıl yardımcı olabilirim?'), 'tr');
    assert.strictEqual(detectLanguage('Terima kasih sudah menghubungi kami, ada yang bisa saya bantu?'), 'id');
    assert.strictEqual(detectLanguage('Thank you for calling, how can I help you today?'), 'en');
  });
});

describe('lint()', () => {
  it('turns a rule that throws into one diagnostic naming the rule, and goes on', () => {
    const rule = rules.getRule('no-jargon')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const res = lint({ text: 'Agent: Hello.\n[hold]\n', kind: 'callscript', config: defaultConfig('/tmp') });
      const failed = res.messages.filter((m) => m.ruleId === 'rule-error');
      assert.strictEqual(failed.length, 1);
      assert.strictEqual(failed[0].message, 'Rule no-jargon failed on this file and was skipped: boom');
      assert.ok(res.messages.some((m) => m.ruleId === 'announced-hold'), 'other rules still ran');
    } finally {
      rule.check = original;
    }
  });

  it('reports parse problems and still lints the rest', () => {
    const res = lint({ text: '---\nlang: [en\n---\nAgent: Let me check the DNS.\n', kind: 'callscript', config: defaultConfig('/tmp') });
    assert.ok(res.messages.some((m) => m.ruleId === 'parse' && m.line === 1));
    assert.ok(res.messages.some((m) => m.ruleId === 'no-jargon' && m.line === 3));
  });

  it('skips wording rules for a language without a pack, saying which', () => {
    const res = lint({ text: '---\nlang: fr\n---\nAgent: Bonjour, je vérifie le DNS.\n', kind: 'callscript', config: defaultConfig('/tmp') });
    const info = res.messages.find((m) => m.ruleId === 'unsupported-language');
    assert.ok(info);
    assert.strictEqual(info.severity, 'info');
    assert.match(info.message, /^No fr language pack yet: these rules were skipped: .*no-jargon/);
    assert.strictEqual(info.line, 1);
    assert.ok(!res.messages.some((m) => m.ruleId === 'no-jargon'));
  });

  it('validates call-script front matter types at the value', () => {
    const res = lint({ text: '---\ntier: 7\nplaceholders: 3\n---\nAgent: Hi.\n', kind: 'callscript', config: defaultConfig('/tmp') });
    const parse = res.messages.filter((m) => m.ruleId === 'parse').map((m) => `${m.line + 1}:${m.column + 1} ${m.message}`);
    assert.deepStrictEqual(parse, ['2:7 tier must be 1, 2 or 3.', '3:15 placeholders must be a list of names or a map from role (agent, company, customer, other) to names.']);
  });

  it('never throws and keeps ranges inside the document on hostile input', () => {
    const inputs = ['', '\u0000\u0001binary\uFFFD', '---', '---\n---', '[', '[]', '[hold', ']]', '<!--', '-->', '- :', '  - a:\n    - b:\n      Agent: x', '\r\r\r', '#'.repeat(10), '{'.repeat(1000), 'Agent:' + 'x'.repeat(10000)];
    for (const text of inputs) {
      for (const kind of ['callscript', 'ticket'] as const) {
        const res = lint({ text, kind, config: defaultConfig('/tmp') });
        for (const m of res.messages) {
          assert.ok(m.span.start >= 0 && m.span.end <= text.length && m.span.start <= m.span.end, `${JSON.stringify(text)}: ${m.ruleId}`);
        }
      }
    }
  });
});
