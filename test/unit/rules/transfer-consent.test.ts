import * as assert from 'assert';
import { applyFixes } from '../../../server/src/engine/fix';
import { lintCase, runRuleTests } from '../helpers/ruleTester';

const WARM = "I will explain your case so you don't need to repeat it.";

runRuleTests('transfer-consent', {
  valid: [
    {
      code: `## Billing questions\n- If the problem is with billing:\n  Agent: Our billing team can change this for you. May I transfer you to them? I will\n  explain your case so you don't need to repeat it.\n  [transfer billing]\n`,
      name: 'the spec example: explanation, consent and a warm transfer in a branch',
    },
    {
      code: "Agent: Our tier 2 specialists handle account recovery, so they can restore your files.\nCustomer: Okay.\nAgent: May I transfer you? I'll brief them so you won't have to repeat anything.\nCustomer: Sure.\n[transfer tier2]\n",
      name: 'explanation two turns before the consent question',
    },
    {
      code: `Agent: Our network engineers can check the line from the exchange. Is it okay if I transfer you? ${WARM}\n- If the customer agrees:\n  [transfer network]\n- If not:\n  Agent: No problem, I will email you the case number.\n`,
      name: 'announced before the branch that transfers',
    },
    {
      code: `## Escalate\nAgent: A specialist can reset the device remotely. Would you like me to connect you? ${WARM}\nCustomer: Yes please.\n\n## Transfer\n[transfer tier2]\n`,
      name: 'the transfer opens its own section',
    },
    {
      code: `Agent: Billing can refund the charge for you. Is that okay? ${WARM}\n[transfer billing]\n`,
      name: 'the target named in the directive',
    },
    {
      code: `Agent: The sales team deals with upgrades. Shall I put you through? They will already have your details.\n[transfer sales]\n`,
      name: 'other ways to say it',
    },
  ],
  invalid: [
    {
      code: 'Agent: One moment.\n[transfer billing]\n',
      errors: [
        { messageId: 'explanation', line: 2, column: 1, endLine: 2, endColumn: 19, message: 'Before the transfer, explain who the customer will talk to and why ("Our billing team can change this for you").', severity: 'warning' },
        { messageId: 'consent', line: 2, column: 1, endLine: 2, endColumn: 19, message: 'Before the transfer, ask for the customer\'s consent ("May I transfer you to them?").', severity: 'warning' },
        { messageId: 'warm', line: 2, column: 1, endLine: 2, endColumn: 19, message: 'Consider a warm transfer: promise to brief your colleague ("I will explain your case so you don\'t need to repeat it").', severity: 'info' },
      ],
    },
    {
      code: 'Agent: Our billing team can change this for you. May I transfer you to them?\n[transfer billing]\n',
      errors: [{ messageId: 'warm', line: 2, column: 1, severity: 'info' }],
      name: 'a cold transfer is reported as info',
    },
    {
      code: `Agent: I'm going to send you over to another department. May I transfer you? ${WARM}\n[transfer billing]\n`,
      errors: [{ messageId: 'explanation', line: 2, column: 1 }],
      name: 'who but not why (the consent question is not a reason)',
    },
    {
      code: `Agent: Our billing team can change this for you. ${WARM}\n  [transfer billing]\n`,
      errors: [{ messageId: 'consent', line: 2, column: 3, endColumn: 21 }],
    },
    {
      code: `- If the customer is a business:\n  Agent: Our business team can set up invoices. May I transfer you? ${WARM}\n  [transfer business]\n- If the customer is at home:\n  [transfer home]\n`,
      errors: [
        { messageId: 'explanation', line: 5, column: 3 },
        { messageId: 'consent', line: 5, column: 3 },
        { messageId: 'warm', line: 5, column: 3 },
      ],
      name: 'an announcement in a sibling branch does not count',
    },
  ],
});

describe('transfer-consent suggestion', () => {
  it('inserts the missing parts before the transfer, at its indentation', () => {
    const code = '- If billing:\n  Agent: One moment.\n  [transfer billing]\n';
    const [m] = lintCase('transfer-consent', { code });
    const s = m.suggestions?.[0];
    assert.ok(s, 'a suggestion');
    assert.strictEqual(
      applyFixes(code, [s.fix]).text,
      `- If billing:\n  Agent: One moment.\n  Agent: Our <team> can <reason>. May I transfer you to them? ${WARM}\n  [transfer billing]\n`,
    );
  });
});
