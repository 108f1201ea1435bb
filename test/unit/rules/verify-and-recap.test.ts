import { runRuleTests } from '../helpers/ruleTester';

const G = 'Agent: Thank you for calling Acme, this is Sam. How can I help you today?\nCustomer: My printer says offline.\n\n';
const CLOSE = '## Close\nAgent: Could you print a test page now, so we know it works?\nAgent: To recap: we switched the printer back online and printed a test page.\nAgent: Is there anything else I can help you with today?\n[end]\n';

runRuleTests('verify-and-recap', {
  valid: [
    { code: `${G}${CLOSE}`, name: 'the spec closing' },
    {
      code: `${G}## Wrap-up\nAgent: Is the page loading now?\nCustomer: Yes, it works.\nAgent: Great. To recap, we cleared your browser's stored files and the page loads again.\nCustomer: Thanks.\nAgent: Is there anything else I can help you with today?\n[end]\n`,
      name: 'a closing split across turns, with the customer in between',
    },
    {
      code: `${G}## Verify the fix\nAgent: Could you print a test page now?\nCustomer: It printed.\n\n## Close\nAgent: To recap, we switched the printer back online.\nAgent: Is there anything else I can help you with?\n`,
      name: 'a "Verify the fix" section right before the Close section',
    },
    {
      code: `${G}## Troubleshoot\nAgent: Please switch the printer off and on again.\nAgent: Does it work now?\nAgent: So today we restarted the printer. Anything else I can do for you?\n[end]\n`,
      name: 'no closing section: the speech before [end]',
    },
    {
      code: `${G}## Transfer\nAgent: Our tier 2 team can repair the print server. May I transfer you? I will explain your case so you don't need to repeat it.\n[transfer tier2]\n`,
      name: 'a call that ends in a transfer has no closing of its own',
    },
    {
      code: `${G}## Close\nAgent: To recap: I've booked a technician for Friday morning.\nAgent: Is there anything else I can help you with?\n[callback]\n[end]\n`,
      name: 'a callback checks the fix later',
    },
    {
      code: `${G}## Check\n- If the call drops:\n  [callback]\n  [end]\nAgent: Is the light on?\n\n${CLOSE}`,
      name: 'an early [end] in a branch does not make a closing',
    },
    {
      code: `${G}## Close\n[Read back the case number.]\nAgent: Were you able to log in just now?\nAgent: I've unlocked your account and sent a reset link. Any other questions?\n`,
      name: 'other words for the three parts',
    },
  ],
  invalid: [
    {
      code: `${G}## Close\nAgent: To recap: we switched the printer back online.\nAgent: Is there anything else I can help you with today?\n[end]\n`,
      errors: [
        {
          messageId: 'verify',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 9,
          message: 'The closing does not check that the fix works: ask the customer to try it ("Could you print a test page now?").',
        },
      ],
    },
    {
      code: `${G}## Close\nAgent: Thank you for calling. Goodbye!\n[end]\n`,
      errors: [
        { messageId: 'verify', line: 4, column: 1, endColumn: 9 },
        { messageId: 'recap', line: 4, column: 1, endColumn: 9, message: 'The closing does not recap what was done: sum it up in one sentence ("To recap: we switched the printer back online").' },
        { messageId: 'offer', line: 4, column: 1, endColumn: 9, message: 'The closing does not offer further help: ask "Is there anything else I can help you with today?".' },
      ],
    },
    {
      code: `${G}## Troubleshoot\nAgent: Please restart the router.\nCustomer: Done, it works now.\nAgent: Thanks for calling, goodbye.\n[end]\n`,
      errors: [
        { messageId: 'verify', line: 8, column: 1, endLine: 8, endColumn: 6 },
        { messageId: 'recap', line: 8, column: 1, endLine: 8, endColumn: 6 },
        { messageId: 'offer', line: 8, column: 1, endLine: 8, endColumn: 6 },
      ],
      name: 'no closing section: reported at [end]; the customer saying it works is not the agent checking',
    },
    {
      code: `${G}## Steps\nAgent: Please restart the router.\nAgent: Is it working now?\n`,
      errors: [
        { messageId: 'recap', line: 4, column: 1, endColumn: 9 },
        { messageId: 'offer', line: 4, column: 1, endColumn: 9 },
      ],
      name: 'neither: the last section',
    },
  ],
});

runRuleTests('verify-and-recap', {
  valid: [
    {
      name: 'a check phrased as "so we know it works"',
      code: '## Close\nAgent: Could you open the website once more, so we know it works?\nCustomer: It works.\nAgent: To recap: we cleared the saved website addresses and the page loads again.\nAgent: Is there anything else I can help you with today?\n[end]\n',
    },
  ],
  invalid: [
    {
      name: 'asking to repeat is not a check',
      code: '## Close\nAgent: Could you say that once more?\nCustomer: Sure.\nAgent: To recap: we cleared the saved website addresses and the page loads again.\nAgent: Is there anything else I can help you with today?\n[end]\n',
      errors: [{ line: 1, column: 1 }],
    },
  ],
});
