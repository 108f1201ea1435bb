import { runRuleTests } from '../helpers/ruleTester';

runRuleTests('honest-unknown', {
  valid: [
    { code: "Agent: I'm not sure, so let me check with a colleague.\n", name: 'a commitment in the same turn' },
    {
      code: "Agent: I don't know the exact delivery date yet.\nCustomer: Okay.\nAgent: I will find out from our delivery team and call you back by 3 pm today.\n",
      name: 'a commitment in the next agent turn',
    },
    { code: "Agent: I'm not certain about that, but I will call you back by 5 pm with the answer.\n", name: 'a callback with a time' },
    {
      code: "Agent: I don't have that information in front of me. May I put you on hold for two minutes?\nCustomer: Sure.\n[hold 2m]\nAgent: Thank you for waiting.\n",
      name: 'a hold straight after is finding out',
    },
    { code: "Agent: I'm not sure I understood. Could you repeat the error message?\n", name: 'not sure I understood' },
    { code: "Agent: If you don't know your password, we can reset it together.\n", name: "the customer's not knowing" },
    { code: "Customer: I don't know.\nAgent: That's fine. Is the light green or red?\n", name: "the customer's own words" },
    {
      code: "Agent: I'm not sure why that happened.\n- If it is urgent:\n  Agent: Let me ask our engineer right now.\n- Otherwise:\n  Agent: I'll email you the answer by tomorrow morning.\n",
      name: 'each branch commits',
    },
    {
      code: "Agent: I'm not sure why.\n- If it is urgent:\n  Agent: Let me ask our engineer right now.\n",
      name: 'a lone branch commits and the call goes no further',
    },
    {
      code: "Agent: I don't know yet, but I will call you back.\nCustomer: When?\nAgent: By 4 pm today.\n",
      name: 'the time given in the next turn',
    },
    { code: "[If you don't know the answer, say so.]\nAgent: Is the router on?\n", name: 'a stage note' },
  ],
  invalid: [
    {
      code: "Agent: I don't know. Is there anything else I can help with?\n",
      errors: [
        {
          messageId: 'noCommitment',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 20,
          message: 'After "I don\'t know", say how you will find out: look it up, ask a colleague, or call back by a time ("Let me check with a colleague").',
        },
      ],
    },
    {
      code: "Agent: Sorry, I'm not sure. I'll call you back.\n",
      errors: [{ messageId: 'noTime', line: 1, column: 15, endLine: 1, endColumn: 27, message: 'After "I\'m not sure", say when you will call back ("I\'ll call you back by 3 pm today").' }],
    },
    {
      code: "Agent: I have no idea why it does that.\nCustomer: Oh.\nAgent: Let's move on to your other question.\nAgent: I will find out later.\n",
      errors: [{ messageId: 'noCommitment', line: 1, column: 8, endColumn: 22 }],
      name: 'only the next agent turn counts',
    },
    {
      code: "Agent: I'm not sure why.\n- If it is urgent:\n  Agent: Let me ask our engineer right now.\nAgent: Is there anything else I can help with?\n",
      errors: [{ messageId: 'noCommitment', line: 1, column: 8, endColumn: 20 }],
      name: 'a lone branch that may be skipped',
    },
    {
      code: "Agent: I'm not sure why.\n- If it is urgent:\n  Agent: Let me ask our engineer right now.\n- Otherwise:\n  Agent: Is there anything else I can help with?\n",
      errors: [{ messageId: 'noCommitment', line: 1, column: 8, endColumn: 20 }],
      name: 'one alternative moves on without committing',
    },
  ],
});
