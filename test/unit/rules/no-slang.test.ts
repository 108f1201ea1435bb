import { runRuleTests } from '../helpers/ruleTester';

const TICKET = '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n';

runRuleTests('no-slang', {
  valid: [
    { code: 'Agent: Yes, I can check that for you right away.\n' },
    { code: 'Agent: I am going to send you a new router as soon as possible.\n' },
    { code: 'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?\n' },
    { code: 'Agent: You are welcome, {customer}. Is there anything else I can help you with?\n' },
    { code: 'Agent: Please keep the router in a cool, dry place.\n', name: '"cool" as a temperature' },
    { code: 'Agent: The cooling fan is loud because it has to work harder.\n', name: 'no word inside a longer word' },
    { code: 'Agent: The screen should say "Cool down mode" now.\n', name: '"cool" that is not an interjection' },
    { code: 'Agent: Please put a tick in the box next to "Remember me".\n' },
    { code: 'Agent: The shell window opens; type the code there, please.\n', name: '"hell" inside "shell"' },
    { code: 'Customer: Yeah, gonna try that, dude.\nAgent: Thank you, please go ahead.\n', name: 'customer turns are not agent speech' },
    { code: '[Never say "yeah" or "no worries" on the call.]\nAgent: You are welcome.\n', name: 'stage notes are not spoken' },
    { code: '<!-- supportlint-disable-next-line no-slang -->\nAgent: Yeah, that is the one.\n', name: 'suppressed' },
    {
      code: TICKET + '## Steps taken\nYeah, cust was gonna reboot anyway, FYI.\n## Customer summary\nYes, your refund is on its way and will arrive in three days.\n',
      kind: 'ticket',
      name: 'internal ticket sections are not checked',
    },
    {
      code: TICKET + '## Customer summary\nThank you for your patience. We replaced the cable and your internet works again.\n',
      kind: 'ticket',
    },
  ],
  invalid: [
    {
      code: 'Agent: Yeah, I can see the problem.\n',
      errors: [{ messageId: 'informal', line: 1, column: 8, endLine: 1, endColumn: 12, message: '"Yeah" is too casual for a customer: say "yes" instead.' }],
      output: 'Agent: Yes, I can see the problem.\n',
    },
    {
      code: "Agent: I'm gonna send you a reset link.\n",
      errors: [{ messageId: 'informal', line: 1, column: 12, endLine: 1, endColumn: 17, message: '"gonna" is too casual for a customer: say "going to" instead.' }],
      output: "Agent: I'm going to send you a reset link.\n",
    },
    {
      code: 'Agent: I will fix it ASAP.\n',
      errors: [{ messageId: 'informal', line: 1, column: 22, endColumn: 26, message: '"ASAP" is too casual for a customer: say "as soon as possible" instead.' }],
      output: 'Agent: I will fix it as soon as possible.\n',
      name: 'an abbreviation mid-sentence becomes lower case',
    },
    {
      code: 'Agent: FYI, your plan renews on Monday.\n',
      errors: [{ messageId: 'informal', line: 1, column: 8, endColumn: 11 }],
      output: 'Agent: For your information, your plan renews on Monday.\n',
      name: 'an abbreviation at the start of a sentence gets a capital',
    },
    {
      code: 'Agent: No worries, take your time.\n',
      errors: [
        {
          messageId: 'informalHint',
          line: 1,
          column: 8,
          endColumn: 18,
          message: '"No worries" is too casual for a customer: say "you\'re welcome" after thanks, or "that\'s quite all right" after an apology.',
        },
      ],
      output: 'Agent: No worries, take your time.\n',
      name: 'no automatic fix where the right words depend on the situation',
    },
    {
      code: 'Agent: Hey dude, what seems to be the problem?\n',
      errors: [
        { messageId: 'informal', line: 1, column: 8, endColumn: 11 },
        { messageId: 'slang', line: 1, column: 12, endColumn: 16, message: '"dude" is slang or crude language: use neutral, professional words instead.' },
      ],
      output: 'Agent: Hello dude, what seems to be the problem?\n',
    },
    {
      code: 'Agent: Okay, cool. Let me check; it should only take\n  a sec.\n',
      errors: [
        { messageId: 'informal', line: 1, column: 14, endColumn: 18 },
        { messageId: 'informal', line: 2, column: 3, endLine: 2, endColumn: 8 },
      ],
      output: 'Agent: Okay, great. Let me check; it should only take\n  a moment.\n',
      name: 'continuation lines are part of the turn',
    },
    {
      code: '- If the customer is upset:\n  Agent: The update screwed up your settings, I am sorry.\n',
      errors: [{ messageId: 'informalHint', line: 2, column: 21, endColumn: 31 }],
      name: 'inside a branch',
    },
    {
      code: 'Agent: Those crappy cables are the problem.\n',
      errors: [{ messageId: 'slang', line: 1, column: 14, endColumn: 20 }],
    },
    {
      code: TICKET + '## Steps taken\nReplaced cable.\n## Customer summary\nYep, your refund is on its way; it is gonna take three days.\n',
      kind: 'ticket',
      errors: [
        { messageId: 'informal', line: 9, column: 1, endColumn: 4 },
        { messageId: 'informal', line: 9, column: 39, endColumn: 44 },
      ],
      output: TICKET + '## Steps taken\nReplaced cable.\n## Customer summary\nYes, your refund is on its way; it is going to take three days.\n',
    },
  ],
});
