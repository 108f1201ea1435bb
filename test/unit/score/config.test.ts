// The `scoring:` key of .supportlint.yaml: preset defaults, problems reported at their
// line and column, merging over `extends`, and the shipped JSON Schema.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { defaultConfig, resolveFile, resolveText } from '../../../server/src/config/load';
import { configJsonSchema } from '../../../server/src/config/schema';
import { tmpdir } from '../report/fixtures';

const problems = (text: string) =>
  resolveText(text, '/work/x/.supportlint.yaml').problems.map((p) => `${p.line}:${p.column} ${p.message}`);

describe('scoring config', () => {
  it('has recommended defaults: pass mark 80, no-pii and respectful-notes critical', () => {
    const s = defaultConfig('/work/x').scoring;
    assert.strictEqual(s.threshold, 80);
    assert.deepStrictEqual(s.critical, ['no-pii', 'respectful-notes']);
    assert.strictEqual(s.weights.greeting, 10);
    assert.strictEqual(s.weights['sentence-length'], 3);
    assert.deepStrictEqual(s.penalty, { error: 1, warning: 1, info: 0.5 });
  });

  it('raises the pass mark to 90 in strict', () => {
    assert.strictEqual(resolveText('extends: strict\n', '/work/x/.supportlint.yaml').scoring.threshold, 90);
  });

  it('reads threshold, critical, weights and penalty', () => {
    const c = resolveText(
      'scoring:\n  threshold: 70\n  critical: [no-pii, no-blame]\n  weights:\n    greeting: 20\n    no-slang: 0\n  penalty:\n    info: 0\n',
      '/work/x/.supportlint.yaml',
    );
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.scoring.threshold, 70);
    assert.deepStrictEqual(c.scoring.critical, ['no-pii', 'no-blame']);
    assert.strictEqual(c.scoring.weights.greeting, 20);
    assert.strictEqual(c.scoring.weights['no-slang'], 0);
    assert.strictEqual(c.scoring.weights.paraphrase, 10, 'weights not given keep the preset value');
    assert.deepStrictEqual(c.scoring.penalty, { error: 1, warning: 1, info: 0 });
  });

  it('reports mistakes at their line and column', () => {
    assert.deepStrictEqual(problems('scoring:\n  threshold: 120\n'), ['2:14 scoring.threshold must be at most 100.']);
    assert.deepStrictEqual(problems('scoring:\n  treshold: 80\n'), ['2:3 Unknown key "treshold" in scoring; expected threshold, critical, weights, penalty.']);
    assert.deepStrictEqual(problems('scoring:\n  weights:\n    greting: 5\n'), ['3:5 Unknown rule "greting" in scoring; did you mean "greeting"?']);
    assert.deepStrictEqual(problems('scoring:\n  critical: [no-pii, no-pi]\n'), ['2:22 Unknown rule "no-pi" in scoring; did you mean "no-pii"?']);
    assert.deepStrictEqual(problems('scoring:\n  weights:\n    greeting: high\n'), ['3:15 scoring.weights.greeting must be a number, not the text "high".']);
    assert.deepStrictEqual(problems('scoring:\n  penalty: {warning: 2}\n'), ['2:22 scoring.penalty.warning must be at most 1.']);
    assert.deepStrictEqual(problems('scoring: 80\n'), ['1:10 scoring must be a mapping, not number 80.']);
  });

  it('keeps the valid parts when one weight is unknown', () => {
    const c = resolveText('scoring:\n  weights:\n    greting: 5\n    greeting: 30\n', '/work/x/.supportlint.yaml');
    assert.strictEqual(c.problems.length, 1);
    assert.strictEqual(c.scoring.weights.greeting, 30);
  });

  it('merges over extends: threshold and critical replaced, weights per rule', () => {
    const dir = tmpdir('supportlint-scoring-');
    fs.writeFileSync(path.join(dir, 'base.yaml'), 'scoring:\n  threshold: 70\n  critical: [no-pii]\n  weights:\n    greeting: 20\n');
    fs.writeFileSync(path.join(dir, '.supportlint.yaml'), 'extends: ./base.yaml\nscoring:\n  weights:\n    no-jargon: 1\n');
    const c = resolveFile(path.join(dir, '.supportlint.yaml'));
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.scoring.threshold, 70);
    assert.deepStrictEqual(c.scoring.critical, ['no-pii']);
    assert.strictEqual(c.scoring.weights.greeting, 20);
    assert.strictEqual(c.scoring.weights['no-jargon'], 1);
  });

  it('is in the JSON Schema, with rule ids for completion', () => {
    const validate = new Ajv({ strict: false }).compile(configJsonSchema());
    assert.ok(validate({ scoring: { threshold: 85, critical: ['no-pii'], weights: { greeting: 15 }, penalty: { info: 0.25 } } }), JSON.stringify(validate.errors));
    assert.ok(!validate({ scoring: { weights: { greting: 15 } } }));
    assert.ok(!validate({ scoring: { critical: ['no-pi'] } }));
    assert.ok(!validate({ scoring: { threshold: 150 } }));
    assert.ok(!validate({ scoring: { penalty: { warning: 2 } } }));
  });
});
