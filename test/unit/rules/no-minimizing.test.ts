import { runRuleTests } from '../helpers/ruleTester';

const TICKET = '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n';

runRuleTests('no-minimizing', {
  valid: [
    { code: 'Agent: I just checked your account, and the payment went through.\n', name: '"just" about the agent\'s own action' },
    { code: 'Agent: Just a moment, please, while I open your account.\n' },
    { code: 'Agent: Just to confirm, your postcode is 4021?\n' },
    { code: "Agent: I've just sent you a reset link by email.\n" },
    { code: 'Agent: Keep the receipt just in case you need it later.\n' },
    { code: "Agent: It's just after 3, so the engineer will arrive before 5.\n" },
    { code: 'Agent: Let me just check one more setting on our side.\n' },
    { code: "Agent: We'll just send you a replacement, so you don't need to do anything.\n" },
    { code: 'Agent: Did you just restart it, or has it been on all day?\n', name: 'a question about what the customer did' },
    { code: 'Agent: Just checking: is the light on the front green?\n' },
    { code: "Agent: Don't worry, it's easy to miss that setting.\n", name: 'reassurance, not minimizing' },
    { code: 'Agent: Simply put, the green light means the router is online.\n' },
    { code: 'Agent: Please hold the power button for ten seconds. Just hold on while it restarts.\n' },
    { code: 'Customer: Can I just restart it?\nAgent: Yes, please restart it now.\n', name: 'customer turns are not agent speech' },
    { code: "[Just read the steps slowly. It's easy for customers to get lost.]\nAgent: Please open Settings.\n", name: 'stage notes are not spoken' },
    {
      code: TICKET + '## Steps taken\nJust restarted the router; simple fix, obviously.\n## Customer summary\nWe restarted your router and the internet works again.\n',
      kind: 'ticket',
      name: 'internal ticket sections are not checked',
    },
  ],
  invalid: [
    {
      code: 'Agent: Just restart it.\n',
      errors: [{ messageId: 'word', line: 1, column: 8, endLine: 1, endColumn: 12, message: '"Just" makes the customer\'s problem sound trivial: leave it out.' }],
      output: 'Agent: Restart it.\n',
      name: 'the next word gets the capital',
    },
    {
      code: 'Agent: If the light is still red, just unplug the router.\n',
      errors: [{ messageId: 'word', line: 1, column: 35, endColumn: 39 }],
      output: 'Agent: If the light is still red, unplug the router.\n',
    },
    {
      code: 'Agent: You can simply click Retry.\n',
      errors: [{ messageId: 'word', line: 1, column: 16, endColumn: 22, message: '"simply" makes the customer\'s problem sound trivial: leave it out.' }],
      output: 'Agent: You can click Retry.\n',
    },
    {
      code: 'Agent: You just need to press the reset button.\n',
      errors: [{ messageId: 'word', line: 1, column: 12, endColumn: 16 }],
      output: 'Agent: You need to press the reset button.\n',
    },
    {
      code: 'Agent: Obviously, the cable has to be plugged in.\n',
      errors: [{ messageId: 'word', line: 1, column: 8, endColumn: 17 }],
      output: 'Agent: The cable has to be plugged in.\n',
      name: 'the comma goes with the word',
    },
    {
      code: 'Agent: It is, basically, a setting in your account.\n',
      errors: [{ messageId: 'word', line: 1, column: 15, endColumn: 24 }],
      output: 'Agent: It is a setting in your account.\n',
      name: 'a word between commas',
    },
    {
      code: "Agent: Don't worry, it's easy. All you have to do is open Settings.\n",
      errors: [
        { messageId: 'phrase', line: 1, column: 21, endColumn: 30, message: '"it\'s easy" makes the customer\'s problem sound trivial: acknowledge it and describe the next step instead.' },
        { messageId: 'phrase', line: 1, column: 32, endColumn: 50 },
      ],
      output: "Agent: Don't worry, it's easy. All you have to do is open Settings.\n",
      name: 'phrases need rewording: no automatic fix',
    },
    {
      code: 'Agent: It only takes a second, no big deal.\n',
      errors: [
        { messageId: 'phrase', line: 1, column: 11, endColumn: 30 },
        { messageId: 'phrase', line: 1, column: 32, endColumn: 43 },
      ],
    },
    {
      code: '- If the lights are off:\n  Agent: Please just plug it\n  back in.\n',
      errors: [{ messageId: 'word', line: 2, column: 17, endLine: 2, endColumn: 21 }],
      output: '- If the lights are off:\n  Agent: Please plug it\n  back in.\n',
      name: 'inside a branch',
    },
    {
      code: TICKET + '## Resolution\nRestarted router.\n## Customer summary\nYour router needed a restart. Next time, just unplug it for ten seconds.\n',
      kind: 'ticket',
      errors: [{ messageId: 'word', line: 9, column: 42, endColumn: 46 }],
      output: TICKET + '## Resolution\nRestarted router.\n## Customer summary\nYour router needed a restart. Next time, unplug it for ten seconds.\n',
    },
  ],
});
