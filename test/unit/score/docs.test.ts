// The worked example of docs/scoring.md is computed, not typed in: this test runs it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig } from '../../../server/src/config/load';
import { scoreTitle } from '../../../server/src/lsp/codeLens';
import { analyzeText } from '../../../server/src/report/analyze';
import { repoRoot } from '../report/fixtures';

const doc = fs.readFileSync(path.join(repoRoot(), 'docs', 'scoring.md'), 'utf8');
const example = /## Worked example[\s\S]*?```callscript\n([\s\S]*?)```/.exec(doc)![1];
const run = (text: string) => analyzeText('/work/docs/refund.callscript', text, 'callscript', defaultConfig('/work/docs'), { today: '2026-11-23' });

describe('docs/scoring.md worked example', () => {
  it('has the findings, points and score the page states', () => {
    const r = run(example);
    assert.deepStrictEqual(
      r.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`),
      ['16:1 announced-hold', '18:41 no-jargon', '20:1 verify-and-recap'],
    );
    const s = r.score!;
    assert.strictEqual(s.rules.reduce((n, x) => n + x.weight, 0), 115);
    assert.deepStrictEqual(s.rules.filter((x) => x.status === 'n/a').map((x) => `${x.ruleId} ${x.weight}`), ['honest-unknown 8', 'transfer-consent 10']);
    assert.deepStrictEqual([s.possible, s.earned, s.score, s.pass], [97, 71, 73, false]);
    assert.strictEqual(scoreTitle(s), 'Compliance 73/100 · below 80');
    assert.ok(doc.includes('`Compliance 73/100 · below 80`'));
  });

  it('scores 83 and passes once the hold says how long it takes', () => {
    const fixed = example.replace('May I put you on hold?', 'May I put you on hold for about two minutes?');
    const s = run(fixed).score!;
    assert.deepStrictEqual([s.earned, s.score, s.pass], [81, 83, true]);
    assert.ok(doc.includes('**83, pass**'));
  });

  it('fails on a card number read back, whatever the score', () => {
    const s = run(example.replace('to your card.', 'to your card 4111 1111 1111 1111.')).score!;
    assert.deepStrictEqual([s.score, s.pass, s.criticalFindings], [62, false, 1]);
    assert.strictEqual(scoreTitle(s), 'Compliance 62/100 · 1 critical');
    assert.ok(doc.includes('`Compliance 62/100 · 1 critical`'));
  });
});
