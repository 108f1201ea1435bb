import { runRuleTests } from '../helpers/ruleTester';

const TICKET = '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n';

runRuleTests('positive-tone', {
  valid: [
    { code: 'Agent: You should have received an email from us with the code.\n', name: '"should have" as an expectation' },
    { code: 'Agent: You should have a new email from us in the next few minutes.\n' },
    { code: "Agent: You shouldn't have any more trouble with it now.\n" },
    { code: "Agent: I understand this is frustrating, and I'm here to help.\n" },
    { code: "Agent: Here is what I can do: I'll send a technician tomorrow morning.\n" },
    { code: "Agent: Let me know if you don't understand any of the steps.\n" },
    { code: "Agent: It's not your fault; the update changed a setting.\n" },
    { code: 'Agent: As you mentioned, the printer stopped printing on Monday.\n' },
    { code: "Agent: The right team for this is billing, and I'll connect you with them.\n" },
    { code: "Customer: Calm down? I am calm!\nAgent: I'm sorry, I understand how frustrating this is.\n", name: 'customer turns are not agent speech' },
    { code: '[If the customer shouts, never say "calm down".]\nAgent: I hear you, and I am going to fix this.\n', name: 'stage notes are not spoken' },
    {
      code: TICKET + "## Steps taken\nTold the customer there's nothing we can do about the outage tonight.\n## Customer summary\nThe outage is fixed and your service is back.\n",
      kind: 'ticket',
      name: 'internal ticket sections are not checked',
    },
  ],
  invalid: [
    {
      code: 'Agent: You should have backed up your files first.\n',
      errors: [
        {
          messageId: 'negative',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 33,
          message: '"You should have backed up" can sound like blame or a lecture to the customer: say it positively, for example "Let\'s sort it out together; next time, it helps to ..."',
        },
      ],
    },
    {
      code: 'Agent: Please calm down, sir.\n',
      errors: [
        {
          messageId: 'negative',
          line: 1,
          column: 15,
          endColumn: 24,
          message: '"calm down" can sound like blame or a lecture to the customer: say it positively, for example "I understand this is frustrating, and I\'m here to help."',
        },
      ],
    },
    {
      code: 'Agent: As I already said, the refund takes five days.\n',
      errors: [{ messageId: 'negative', line: 1, column: 8, endColumn: 25, message: /"As I already said" .*"Let me put it another way: \.\.\."/ }],
    },
    {
      code: "Agent: Sorry, that's not my department.\n",
      errors: [{ messageId: 'negative', line: 1, column: 15, endColumn: 39, message: /I'll connect you with them/ }],
    },
    {
      code: "Agent: There's nothing I can do about that.\n",
      errors: [{ messageId: 'negative', line: 1, column: 8, endColumn: 32, message: /"Here is what I can do: \.\.\."/ }],
      name: 'the longest phrase wins',
    },
    {
      code: "Agent: You shouldn't have unplugged it during the update.\n",
      errors: [{ messageId: 'negative', line: 1, column: 8, endColumn: 36 }],
    },
    {
      code: "Agent: I'm sorry, but that's\n  impossible today.\n",
      errors: [{ messageId: 'negative', line: 1, column: 23, endLine: 2, endColumn: 13, message: /^"that's impossible" / }],
      name: 'a phrase across a line break',
    },
    {
      code: '- If the customer asks for a refund:\n  Agent: Rules are rules, I am afraid.\n',
      errors: [{ messageId: 'negative', line: 2, column: 10, endColumn: 25 }],
      name: 'inside a branch',
    },
    {
      code: TICKET + "## Resolution\nFee kept.\n## Customer summary\nThat's our policy, so the fee stays on your bill.\n",
      kind: 'ticket',
      errors: [{ messageId: 'negative', line: 9, column: 1, endColumn: 18 }],
    },
  ],
});
