import { runRuleTests } from '../helpers/ruleTester';

const TICKET = '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n';
const BLAME = ' speaks badly of a colleague, team or product: write what happened and what was done, without judging.';

runRuleTests('no-blame', {
  valid: [
    { code: 'Agent: The previous agent reset your password yesterday, so the new one is active.\n', name: 'a neutral fact about a colleague' },
    { code: 'Agent: Our billing team can change this for you.\n' },
    { code: 'Agent: The last update changed a setting on your router.\n' },
    { code: 'Agent: A known issue in our software causes this; a fix is coming next week.\n' },
    { code: 'Agent: Our engineers know this problem well, and they have a fix ready.\n' },
    { code: 'Agent: The new technician will arrive between 9 and 11, and he has the spare part with him.\n' },
    { code: 'Agent: The technician replaced the cable, and the old one was useless after the storm.\n', name: 'subject and negative in different clauses' },
    { code: 'Agent: If it is useless to you, I can remove the add-on today.\n', name: '"it" is not IT' },
    { code: 'Agent: Our billing team will refund the useless add-on today.\n', name: 'a judging word about something else' },
    { code: "Agent: The technician said the old modem is useless now, so I'll send a new one.\n", name: 'reported speech about a device' },
    { code: 'Agent: The previous agent noted that the update messed up the print queue.\n', name: 'reported speech about an update' },
    { code: "Agent: Billing made a mistake on your invoice, and I've corrected it.\n", name: 'owning a mistake is a fact' },
    { code: 'Agent: Our billing team is not useless; they fixed it within the hour.\n', name: 'negated' },
    { code: "Agent: I had no idea the refund took that long; I'm sorry, let me speed it up.\n", name: 'no colleague or product is judged' },
    { code: "Customer: Your last technician messed everything up!\nAgent: I'm sorry to hear that. Let me look at what was changed.\n", name: 'customer turns are what the customer says' },
    { code: '<!-- the last tech messed it up -->\nAgent: I have reset your router settings.\n', name: 'comments are not checked' },
    { code: '[Our IT team can reset the account if the customer asks.]\nAgent: I can reset that for you.\n' },
    {
      code:
        TICKET +
        '## Steps taken\nPrevious agent reset the password on 2026-11-19. Billing confirmed the refund.\n## Cause\nThe last update turned on offline mode.\n## Customer summary\nOur billing team has refunded the fee.\n',
      kind: 'ticket',
    },
  ],
  invalid: [
    {
      code: 'Agent: Sorry, the last tech messed it up.\n',
      errors: [{ messageId: 'blame', line: 1, column: 15, endLine: 1, endColumn: 41, message: '"the last tech messed it up"' + BLAME }],
    },
    {
      code: 'Agent: Honestly, our software is garbage.\n',
      errors: [{ messageId: 'blame', line: 1, column: 18, endColumn: 41, message: '"our software is garbage"' + BLAME }],
    },
    {
      code: 'Agent: Your settings were messed up by the previous agent.\n',
      errors: [{ messageId: 'blame', line: 1, column: 27, endColumn: 58 }],
      name: 'the negative before the subject',
    },
    {
      code: 'Agent: Honestly, our billing team is completely useless.\n',
      errors: [{ messageId: 'blame', line: 1, column: 18, endColumn: 56, message: '"our billing team is completely useless"' + BLAME }],
      name: 'an adjective said of the subject',
    },
    {
      code: '[Useless IT again: reset the account yourself.]\n',
      errors: [{ messageId: 'blame', line: 1, column: 2, endColumn: 12 }],
      name: 'an adjective right before the subject',
    },
    {
      code: "Agent: It's billing's fault, not mine.\n",
      errors: [{ messageId: 'blame', line: 1, column: 8, endColumn: 28, message: `"It's billing's fault"` + BLAME }],
      name: 'a fixed phrase',
    },
    {
      code: "Agent: I'm afraid that department\n  is useless with refunds.\n",
      errors: [{ messageId: 'blame', line: 1, column: 19, endLine: 2, endColumn: 13, message: '"that department is useless"' + BLAME }],
      name: 'a sentence across a line break',
    },
    {
      code: '[IT screwed up again, so check the settings first.]\nAgent: Let me check your settings.\n',
      errors: [{ messageId: 'blame', line: 1, column: 2, endColumn: 15, message: '"IT screwed up"' + BLAME }],
      name: 'stage notes are checked too',
    },
    {
      code: TICKET + '## Steps taken\nThe previous agent had no idea what the error meant.\n',
      kind: 'ticket',
      errors: [{ messageId: 'blame', line: 7, column: 1, endColumn: 31 }],
      name: 'internal ticket sections are checked',
    },
    {
      code: TICKET + '## Symptom\nNo internet.\n## Escalation\n- Whoever set this up did a terrible job; escalating to tier 2.\n',
      kind: 'ticket',
      errors: [{ messageId: 'blame', line: 9, column: 3, endColumn: 41 }],
      name: 'a list item',
    },
    {
      code: TICKET + '## Customer summary\nOur billing team is useless, but I have fixed the charge myself.\n',
      kind: 'ticket',
      errors: [{ messageId: 'blame', line: 7, column: 1, endColumn: 28 }],
    },
  ],
});
