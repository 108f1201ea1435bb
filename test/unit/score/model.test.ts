// The scoring math on hand-made lint results, so each number can be checked by hand:
// weights, rules left out when they do not apply, severity penalties, critical rules,
// the pass mark.
import * as assert from 'assert';
import { resolveText } from '../../../server/src/config/load';
import type { LintMessage, LintResult } from '../../../server/src/engine/types';
import type { FileKind } from '../../../server/src/model';
import { parseDocument } from '../../../server/src/parse';
import type { Severity } from '../../../server/src/rules/types';
import { allRules } from '../../../server/src/rules';
import { scoreFile } from '../../../server/src/score/model';

/** Every rule weighs 0 except the ones given, so sums stay small. */
function config(weights: Record<string, number>, opts: { scoring?: string; top?: string } = {}) {
  const zero = Object.fromEntries(allRules().map((r) => [r.meta.id, 0]));
  const all = { ...zero, ...weights };
  const yaml = `scoring:\n${opts.scoring ?? ''}  weights:\n${Object.entries(all).map(([k, v]) => `    ${k}: ${v}`).join('\n')}\n${opts.top ?? ''}`;
  const c = resolveText(yaml, '/work/score-test/.supportlint.yaml');
  assert.deepStrictEqual(c.problems, []);
  return c;
}

const msg = (ruleId: string, severity: Severity): LintMessage => ({
  ruleId,
  severity,
  message: `${ruleId} finding`,
  span: { start: 0, end: 1 },
  line: 0,
  column: 0,
  endLine: 0,
  endColumn: 1,
});

function score(text: string, kind: FileKind, messages: LintMessage[], cfg: ReturnType<typeof config>, lang = 'en') {
  const result: LintResult = { kind, lang, messages };
  return scoreFile(result, parseDocument(text, kind), cfg);
}

const WITH_HOLD = `## Greeting
Agent: Thank you for calling {company}, this is {agent}. How can I help you today?
Customer: My router keeps dropping the connection.

## Check
Agent: I need to check the line from our side. May I put you on hold for about two minutes?
Customer: Sure.
[hold 2m]
Agent: Thank you for waiting.
`;

const NO_HOLD = `## Greeting
Agent: Thank you for calling {company}, this is {agent}. How can I help you today?
Customer: My router keeps dropping the connection.
Agent: Could you restart the router for me?
`;

const WEIGHTS = { greeting: 10, 'announced-hold': 10, 'no-jargon': 5, 'no-pii': 5 };

describe('score model', () => {
  it('gives 100 when every applicable rule passes', () => {
    const s = score(WITH_HOLD, 'callscript', [], config(WEIGHTS));
    assert.strictEqual(s.possible, 30);
    assert.strictEqual(s.earned, 30);
    assert.strictEqual(s.score, 100);
    assert.strictEqual(s.pass, true);
  });

  it('takes a failed rule\'s whole weight for a warning, however many findings it has', () => {
    const s = score(WITH_HOLD, 'callscript', [msg('no-jargon', 'warning'), msg('no-jargon', 'warning'), msg('no-jargon', 'warning')], config(WEIGHTS));
    assert.strictEqual(s.earned, 25);
    assert.strictEqual(s.score, 83); // floor(100 * 25 / 30)
    const jargon = s.rules.find((r) => r.ruleId === 'no-jargon')!;
    assert.deepStrictEqual([jargon.status, jargon.findings, jargon.earned, jargon.worst], ['fail', 3, 0, 'warning']);
  });

  it('leaves a rule out of the possible score when the file has nothing it checks', () => {
    const s = score(NO_HOLD, 'callscript', [msg('no-jargon', 'warning')], config(WEIGHTS));
    const hold = s.rules.find((r) => r.ruleId === 'announced-hold')!;
    assert.deepStrictEqual([hold.status, hold.reason, hold.earned], ['n/a', 'no hold in the script', 0]);
    assert.strictEqual(s.possible, 20);
    assert.strictEqual(s.score, 75);
  });

  it('counts a rule that reported something as applicable', () => {
    const s = score(NO_HOLD, 'callscript', [msg('announced-hold', 'warning')], config(WEIGHTS));
    assert.strictEqual(s.rules.find((r) => r.ruleId === 'announced-hold')!.status, 'fail');
    assert.strictEqual(s.possible, 30);
    assert.strictEqual(s.score, 66); // floor(100 * 20 / 30): 66.67 never rounds up to 67
  });

  it('takes half the weight for an info finding (the default penalty) and all of it for an error', () => {
    const cfg = config(WEIGHTS);
    assert.strictEqual(score(WITH_HOLD, 'callscript', [msg('greeting', 'info')], cfg).earned, 25);
    assert.strictEqual(score(WITH_HOLD, 'callscript', [msg('greeting', 'error'), msg('greeting', 'info')], cfg).earned, 20);
  });

  it('uses the configured penalties', () => {
    const s = score(WITH_HOLD, 'callscript', [msg('greeting', 'warning')], config(WEIGHTS, { scoring: '  penalty: {warning: 0.25}\n' }));
    assert.strictEqual(s.possible, 30);
    assert.strictEqual(s.earned, 27.5);
    assert.strictEqual(s.score, 91); // floor(91.67)
  });

  it('fails a file with an error or warning of a critical rule, whatever its score', () => {
    const s = score(WITH_HOLD, 'callscript', [msg('no-pii', 'error')], config(WEIGHTS));
    assert.strictEqual(s.score, 83);
    assert.strictEqual(s.pass, false);
    assert.strictEqual(s.criticalFindings, 1);
    assert.deepStrictEqual(s.criticalRules, ['no-pii']);
  });

  it('does not fail a file for an info of a critical rule (no-pii contactDetails: info)', () => {
    const s = score(WITH_HOLD, 'callscript', [msg('no-pii', 'info')], config(WEIGHTS));
    assert.strictEqual(s.criticalFindings, 0);
    assert.strictEqual(s.pass, true);
  });

  it('passes at the threshold and fails just below it', () => {
    const messages = [msg('greeting', 'warning')]; // 20 / 30 -> 66
    const at = score(WITH_HOLD, 'callscript', messages, config(WEIGHTS, { scoring: '  threshold: 66\n' }));
    const above = score(WITH_HOLD, 'callscript', messages, config(WEIGHTS, { scoring: '  threshold: 67\n' }));
    assert.deepStrictEqual([at.score, at.threshold, at.pass], [66, 66, true]);
    assert.deepStrictEqual([above.score, above.threshold, above.pass], [66, 67, false]);
  });

  it('marks rules turned off as off and leaves them out', () => {
    const c = config(WEIGHTS, { top: 'rules:\n  greeting: off\n' });
    const s = score(WITH_HOLD, 'callscript', [], c);
    assert.strictEqual(s.rules.find((r) => r.ruleId === 'greeting')!.status, 'off');
    assert.strictEqual(s.possible, 20);
  });

  it('leaves out the wording rules for a language without a language pack', () => {
    const s = score(WITH_HOLD, 'callscript', [], config(WEIGHTS), 'fr');
    const jargon = s.rules.find((r) => r.ruleId === 'no-jargon')!;
    assert.deepStrictEqual([jargon.status, jargon.reason], ['n/a', 'no language pack for "fr"']);
    // no-pii needs no pack: it still counts.
    assert.strictEqual(s.rules.find((r) => r.ruleId === 'no-pii')!.status, 'pass');
  });

  it('ignores engine diagnostics (parse, unused-suppression)', () => {
    const s = score(WITH_HOLD, 'callscript', [msg('unused-suppression', 'info'), msg('parse', 'error')], config(WEIGHTS));
    assert.strictEqual(s.score, 100);
  });

  it('scores 100 when no rule applies', () => {
    const s = score(WITH_HOLD, 'callscript', [], config({}));
    assert.strictEqual(s.possible, 0);
    assert.strictEqual(s.score, 100);
  });

  it('lists only the rules for the file kind', () => {
    const s = score(WITH_HOLD, 'callscript', [], config(WEIGHTS));
    assert.ok(!s.rules.some((r) => r.ruleId === 'ticket-sections'));
    assert.ok(s.rules.some((r) => r.ruleId === 'greeting'));
  });
});

describe('applicability in ticket notes', () => {
  const note = (status: string, summary = '') =>
    `---\ncase: CASE-1\nstatus: ${status}\nopened: 2026-11-20\n---\n## Symptom\nPrinter offline.\n\n## Steps taken\n- Checked the cable.\n${summary}`;
  const cfg = () => config({ 'follow-up-plan': 10, escalation: 10, 'ticket-sections': 10, 'no-jargon': 10 });
  const status = (text: string, id: string) => score(text, 'ticket', [], cfg()).rules.find((r) => r.ruleId === id)!.status;

  it('asks for a follow-up plan only of pending and escalated notes', () => {
    assert.strictEqual(status(note('pending'), 'follow-up-plan'), 'pass');
    assert.strictEqual(status(note('escalated'), 'follow-up-plan'), 'pass');
    assert.strictEqual(status(note('resolved'), 'follow-up-plan'), 'n/a');
  });

  it('checks escalation only in escalated notes', () => {
    assert.strictEqual(status(note('escalated'), 'escalation'), 'pass');
    assert.strictEqual(status(note('open'), 'escalation'), 'n/a');
  });

  it('checks the wording of a note only when it has a Customer summary', () => {
    assert.strictEqual(status(note('open'), 'no-jargon'), 'n/a');
    assert.strictEqual(status(note('open', '\n## Customer summary\nWe fixed your printer.\n'), 'no-jargon'), 'pass');
  });
});

describe('applicability in call scripts', () => {
  const cfg = () => config({ 'transfer-consent': 10, 'honest-unknown': 10, 'closed-questions': 10, 'unknown-placeholder': 10 });
  const status = (text: string, id: string) => score(text, 'callscript', [], cfg()).rules.find((r) => r.ruleId === id)!.status;

  it('checks transfers only in scripts that transfer', () => {
    assert.strictEqual(status(NO_HOLD, 'transfer-consent'), 'n/a');
    assert.strictEqual(status(`${NO_HOLD}Agent: May I transfer you to billing?\n[transfer billing]\n`, 'transfer-consent'), 'pass');
  });

  it('checks honest-unknown only where the agent admits not knowing', () => {
    assert.strictEqual(status(NO_HOLD, 'honest-unknown'), 'n/a');
    assert.strictEqual(status(`${NO_HOLD}Agent: I'm not sure why that happens, let me check with a colleague.\n`, 'honest-unknown'), 'pass');
    // "not sure I understood" asks to repeat; it admits nothing.
    assert.strictEqual(status(`${NO_HOLD}Agent: I'm not sure I understood, could you say that again?\n`, 'honest-unknown'), 'n/a');
  });

  it('checks questions only when the agent asks one, and placeholders only when there are some', () => {
    assert.strictEqual(status('## Close\nAgent: Thank you for calling.\n', 'closed-questions'), 'n/a');
    assert.strictEqual(status(NO_HOLD, 'closed-questions'), 'pass');
    assert.strictEqual(status('## Close\nAgent: Thank you for calling.\n', 'unknown-placeholder'), 'n/a');
    assert.strictEqual(status(NO_HOLD, 'unknown-placeholder'), 'pass');
  });
});
