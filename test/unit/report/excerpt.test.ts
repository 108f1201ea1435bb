// Line excerpts never show personal data in full: the no-pii finding's own excerpt, any
// other finding on the same line, and a number whose no-pii finding was suppressed.
import * as assert from 'assert';
import { defaultConfig } from '../../../server/src/config/load';
import { analyzeText } from '../../../server/src/report/analyze';
import { CARD, CLEAN_SCRIPT, PII_SCRIPT } from './fixtures';

const config = defaultConfig('/work/qa');
const run = (text: string) => analyzeText('/work/qa/s.callscript', text, 'callscript', config, { today: '2026-11-23' });

describe('report excerpts', () => {
  it('shows a no-pii finding with the masked message and a masked line', () => {
    const pii = run(PII_SCRIPT).findings.find((f) => f.ruleId === 'no-pii')!;
    assert.strictEqual(pii.message, 'Payment card number **** **** **** 1111 must not be written down; mask it.');
    assert.deepStrictEqual(pii.excerpt, {
      line: 17,
      text: 'Agent: I have your card **** **** **** 1111 on file and will flush the DNS cache.',
      mark: [24, 43],
    });
  });

  it('masks the number in the excerpt of another finding on the same line', () => {
    const jargon = run(PII_SCRIPT).findings.find((f) => f.ruleId === 'no-jargon')!;
    assert.strictEqual(jargon.excerpt.text, 'Agent: I have your card **** **** **** 1111 on file and will flush the DNS cache.');
    assert.deepStrictEqual(jargon.excerpt.mark, [71, 80]);
    assert.strictEqual(jargon.excerpt.text.slice(71, 80), 'DNS cache');
  });

  it('masks a number whose no-pii finding is suppressed', () => {
    const text = PII_SCRIPT.replace('Agent: I have your card', '<!-- supportlint-disable-next-line no-pii -->\nAgent: I have your card');
    const r = run(text);
    assert.ok(!r.findings.some((f) => f.ruleId === 'no-pii'));
    const jargon = r.findings.find((f) => f.ruleId === 'no-jargon')!;
    assert.ok(!jargon.excerpt.text.includes(CARD), jargon.excerpt.text);
    assert.ok(jargon.excerpt.text.includes('**** **** **** 1111'), jargon.excerpt.text);
  });

  it('masks a password completely', () => {
    const text = CLEAN_SCRIPT.replace('Customer: Yes, it is green.', 'Customer: Yes, it is green.\nAgent: Noted, your password: Tulip-Sky-42 and I will flush the DNS cache.');
    const findings = run(text).findings;
    assert.deepStrictEqual(findings.map((f) => f.ruleId), ['no-pii', 'no-jargon']);
    assert.strictEqual(findings[0].excerpt.text, 'Agent: Noted, your password: ************ and I will flush the DNS cache.');
    for (const f of findings) {
      assert.ok(!f.excerpt.text.includes('Tulip-Sky-42'), `${f.ruleId}: ${f.excerpt.text}`);
      assert.ok(!f.message.includes('Tulip-Sky-42'), `${f.ruleId}: ${f.message}`);
    }
  });

  it('cuts a long line around the finding and keeps the mark on it', () => {
    const long = CLEAN_SCRIPT.replace('Customer: Yes, it is green.', `Customer: Yes, it is green.\nAgent: ${'Please wait while I look at this for you. '.repeat(8)}I will flush the DNS cache now.`);
    const f = run(long).findings.find((x) => x.ruleId === 'no-jargon')!;
    assert.ok(f.excerpt.text.length <= 202, String(f.excerpt.text.length));
    assert.ok(f.excerpt.text.startsWith('…'));
    assert.strictEqual(f.excerpt.text.slice(f.excerpt.mark![0], f.excerpt.mark![1]), 'DNS cache');
  });
});
