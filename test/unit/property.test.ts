// Property tests: on random and mutated documents, parsing and linting never throw,
// every range lies inside the document, fixes converge (a further pass changes nothing)
// and never touch text outside their ranges.
import * as assert from 'assert';
import fc from 'fast-check';
import { defaultConfig, resolveText } from '../../server/src/config/load';
import { applyFixes } from '../../server/src/engine/fix';
import { lint } from '../../server/src/engine/lint';
import type { FileKind } from '../../server/src/model';

const config = (() => {
  const c = defaultConfig('/tmp');
  // Every rule on, so every rule's check and fix is exercised.
  const rules = Object.fromEntries(Object.entries(c.rules).map(([id, s]) => [id, { ...s, severity: s.severity === 'off' ? ('warning' as const) : s.severity }]));
  return { ...c, rules };
})();

const FRAGMENTS = [
  '---',
  'lang: en',
  'lang: es',
  'case: CASE-1',
  'status: pending',
  'opened: 2026-11-20',
  'followUp: 2026-11-01',
  'tier: 4',
  'placeholders: [agent, company]',
  '# Title',
  '## Greeting',
  '## Close',
  '## Symptom',
  '## Customer summary',
  'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?',
  'Agent: Let me check the DNS and reboot the router, just restart it.',
  'Agent: I need to check your account. May I put you on hold for two minutes?',
  'Agent: Your card 4111 1111 1111 1111 is on file, password: Hunter22!',
  'Customer: My VPN is down.',
  'Agente: Gracias por esperar.',
  '[hold 2m]',
  '[hold 10m]',
  '[transfer billing]',
  '[end]',
  '[Stage note]',
  '- If billing:',
  '  Agent: May I transfer you?',
  '    [hold]',
  '<!-- supportlint-disable-next-line no-jargon -->',
  '<!-- supportlint-disable -->',
  '<!-- unclosed',
  '{cust',
  '',
];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const doc = fc.tuple(fc.array(fc.tuple(line, eol), { maxLength: 30 })).map(([ls]) => ls.map(([l, e]) => l + e).join(''));
const mutated = fc.tuple(doc, fc.nat(), fc.nat({ max: 10 }), fc.string({ maxLength: 5 })).map(([t, at, del, ins]) => {
  const i = t.length ? at % (t.length + 1) : 0;
  return t.slice(0, i) + ins + t.slice(i + del);
});
const kind = fc.constantFrom<FileKind>('callscript', 'ticket');

function checkDoc(text: string, k: FileKind): void {
  const res = lint({ text, kind: k, config, today: '2026-11-23' });
  for (const m of res.messages) {
    assert.ok(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= text.length, `range of ${m.ruleId} outside the document`);
    assert.ok(m.line >= 0 && m.column >= 0 && (m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)), `${m.ruleId} line/column`);
    for (const f of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (!f) continue;
      assert.ok(f.range[0] >= 0 && f.range[0] <= f.range[1] && f.range[1] <= text.length, `fix of ${m.ruleId} outside the document`);
    }
  }
  const fixes = res.messages.map((m) => m.fix).filter((f): f is NonNullable<typeof f> => !!f);
  if (fixes.length) {
    const { text: once } = applyFixes(text, fixes);
    const lo = Math.min(...fixes.map((f) => f.range[0]));
    const hi = Math.max(...fixes.map((f) => f.range[1]));
    assert.strictEqual(once.slice(0, lo), text.slice(0, lo), 'text before the first fix changed');
    assert.strictEqual(once.slice(once.length - (text.length - hi)), text.slice(hi), 'text after the last fix changed');
  }
  let cur = text;
  let stable = false;
  for (let pass = 0; pass < 12 && !stable; pass++) {
    const fx = lint({ text: cur, kind: k, config, today: '2026-11-23' })
      .messages.map((m) => m.fix)
      .filter((f): f is NonNullable<typeof f> => !!f);
    const next = applyFixes(cur, fx).text;
    stable = next === cur;
    cur = next;
  }
  assert.ok(stable, 'fixes did not converge');
}

describe('properties of lint()', () => {
  it('never throws, keeps ranges inside, fixes converge (random documents)', () => {
    fc.assert(fc.property(doc, kind, (t, k) => checkDoc(t, k)), { numRuns: 300, seed: 20261123 });
  });
  it('the same on mutated documents', () => {
    fc.assert(fc.property(mutated, kind, (t, k) => checkDoc(t, k)), { numRuns: 300, seed: 42 });
  });
  it('config text never throws and problems lie inside the file', () => {
    const cfgLine = fc.constantFrom('rules:', '  no-jargon: warning', '  no-jargon:', '    allow: [x', '    allow: [a, 3]', 'extends: strict', 'extends: ./x.yaml', 'language: 7', 'files:', '  ticket: "x"', '- a', '  : :', '"');
    fc.assert(
      fc.property(fc.array(fc.oneof(cfgLine, fc.string({ maxLength: 20 })), { maxLength: 12 }), (ls) => {
        const text = ls.join('\n');
        const c = resolveText(text, '/tmp/none/.supportlint.yaml');
        const lines = text.split('\n').length;
        for (const p of c.problems) assert.ok(p.line >= 1 && p.line <= lines + 1 && p.column >= 1, p.message);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
