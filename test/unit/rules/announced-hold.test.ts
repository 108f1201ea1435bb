import * as assert from 'assert';
import { applyFixes } from '../../../server/src/engine/fix';
import { lintCase, runRuleTests } from '../helpers/ruleTester';

const ANNOUNCE = "Agent: I need to look at your printer's settings on our side. May I put you on hold for about two minutes?\n";
const THANKS = 'Agent: Thank you for waiting.\n';

runRuleTests('announced-hold', {
  valid: [
    { code: `## Check settings\n${ANNOUNCE}Customer: Yes.\n[hold 2m]\n${THANKS}`, name: 'reason, permission and duration in one turn' },
    {
      code: 'Agent: I need to check your account on our side.\nCustomer: Okay.\nAgent: May I put you on hold for about two minutes?\nCustomer: Sure.\n[hold 2m]\nAgent: Thanks for holding, I can see the problem now.\n',
      name: 'announced across two agent turns, two turns before the hold',
    },
    {
      code: `- If the customer reports a billing error:\n  Agent: I'd like to review your last invoice. Is it okay if I put you on hold for 1-2 minutes?\n  Customer: Sure.\n  [hold 1-2m]\n  Agent: Thank you for your patience.\n`,
      name: 'a hold inside a branch, announced in the branch',
    },
    {
      code: `${ANNOUNCE}- If the customer agrees:\n  [hold 2m]\n  Agent: Thank you for holding.\n- If not:\n  Agent: No problem, I will call you back by 3 pm.\n  [callback]\n`,
      name: 'a hold inside a branch, announced before it',
    },
    {
      code: 'Agent: I need to run a line test. It takes about five minutes. May I put you on hold? I will check back with you every two minutes.\nCustomer: Fine.\n[hold 5m]\nAgent: Thank you for your patience.\n',
      name: 'a long hold with a check-back',
    },
    {
      code: 'Agent: I need to run a line test. May I put you on hold for five minutes?\n[hold 5m]\nAgent: Thank you for waiting.\n',
      options: { maxHoldMinutes: 5 },
      name: 'a hold within maxHoldMinutes',
    },
    {
      code: "## Check\nAgent: Let me check that with the warehouse. Would you mind holding for 90 seconds?\nCustomer: Go ahead.\n\n## Hold\n[hold 90s]\nAgent: Thanks for holding. The parcel left today.\n",
      name: 'a hold that opens its own section is announced by the end of the previous one',
    },
    {
      code: `${ANNOUNCE}[hold 2m]\n- If the settings are wrong:\n  Agent: Thank you for waiting. I found the problem.\n- If the settings are fine:\n  Agent: Thank you for waiting. Everything looks right on our side.\n`,
      name: 'thanks in each alternative after the hold',
    },
    {
      code: `Customer: Can you hold on a second? My dog is barking.\nAgent: Of course, take your time.\n${ANNOUNCE}[hold 2m]\n${THANKS}`,
      name: "the customer's words are not the announcement, the agent's are",
    },
  ],
  invalid: [
    {
      code: 'Agent: Just a moment.\n[hold]\nAgent: Okay.\n',
      errors: [
        { messageId: 'noReason', line: 2, column: 1, endLine: 2, endColumn: 7, message: 'Hold is not announced: tell the customer why you need to put them on hold.' },
        { messageId: 'noPermission', line: 2, column: 1, endLine: 2, endColumn: 7, message: 'Hold is not announced: ask the customer for permission ("May I put you on hold?").' },
        { messageId: 'noDuration', line: 2, column: 1, endLine: 2, endColumn: 7, message: 'Hold is not announced: say how long the customer will wait ("about two minutes").' },
        { messageId: 'noThanks', line: 2, column: 1, endLine: 2, endColumn: 7, message: 'After the hold, thank the customer for waiting ("Thank you for waiting").' },
      ],
    },
    {
      code: `- If the customer is a business:\n  ${ANNOUNCE}  [hold 2m]\n  ${THANKS}- If the customer is at home:\n  [hold 2m]\n  ${THANKS}`,
      errors: [
        { messageId: 'noReason', line: 6, column: 3, endColumn: 12 },
        { messageId: 'noPermission', line: 6, column: 3, endColumn: 12 },
        { messageId: 'noDuration', line: 6, column: 3, endColumn: 12 },
      ],
      name: 'an announcement in a sibling branch does not count',
    },
    {
      code: `${ANNOUNCE}[hold 2m]\nAgent: Thank you for waiting. I need to check one more setting.\n[hold 2m]\n${THANKS}`,
      errors: [
        { messageId: 'noPermission', line: 4, column: 1 },
        { messageId: 'noDuration', line: 4, column: 1 },
      ],
      name: 'each hold needs its own announcement',
    },
    {
      code: 'Agent: I need to run a line test. May I put you on hold for about five minutes?\n[hold 5m]\nAgent: Thank you for waiting.\n',
      errors: [{ messageId: 'noCheckBack', line: 2, column: 1, endColumn: 10, message: 'A hold of 5 minutes is longer than 3: offer to check back with an update or to call back.' }],
      name: 'a long hold without a check-back',
    },
    {
      code: 'Agent: I need to check the logs. May I put you on hold? It will be quick.\n[hold 10m]\nAgent: Thank you for waiting.\n',
      errors: [
        { messageId: 'noDuration', line: 2, column: 1 },
        { messageId: 'noCheckBack', line: 2, column: 1, message: 'A hold of 10 minutes is longer than 3: offer to check back with an update or to call back.' },
      ],
      name: 'the directive says how long even when the agent does not',
    },
    {
      code: `${ANNOUNCE}[hold 2m]\nAgent: Okay, I found it.\n`,
      errors: [{ messageId: 'noThanks', line: 2, column: 1 }],
    },
  ],
});

describe('announced-hold suggestions', () => {
  it('insert the missing announcement parts, with markers, before the hold', () => {
    const code = '## Check\n- If needed:\n  Agent: Thanks.\n  [hold 2m]\n  Agent: Thank you for waiting.\n';
    const msgs = lintCase('announced-hold', { code });
    assert.deepStrictEqual(msgs.map((m) => m.data?.messageId), ['noReason', 'noPermission', 'noDuration']);
    const fix = msgs[0].suggestions?.[0]?.fix;
    assert.ok(fix);
    assert.strictEqual(
      applyFixes(code, [fix]).text,
      '## Check\n- If needed:\n  Agent: Thanks.\n  Agent: I need to <reason>. May I put you on hold? It will take about <minutes> minutes.\n  [hold 2m]\n  Agent: Thank you for waiting.\n',
    );
  });

  it('insert only what is missing', () => {
    const code = 'Agent: I need to check your account. May I put you on hold?\n[hold 2m]\nAgent: Thank you for waiting.\n';
    const [m] = lintCase('announced-hold', { code });
    assert.strictEqual(m.data?.messageId, 'noDuration');
    assert.strictEqual(
      applyFixes(code, [m.suggestions![0].fix]).text,
      'Agent: I need to check your account. May I put you on hold?\nAgent: It will take about <minutes> minutes.\n[hold 2m]\nAgent: Thank you for waiting.\n',
    );
  });

  it('thank the customer right after the hold', () => {
    const code = `${ANNOUNCE}[hold 2m]\nAgent: Okay, I found it.\n`;
    const [m] = lintCase('announced-hold', { code });
    assert.strictEqual(applyFixes(code, [m.suggestions![0].fix]).text, `${ANNOUNCE}[hold 2m]\nAgent: Thank you for waiting.\nAgent: Okay, I found it.\n`);
  });
});
