import { runRuleTests } from '../helpers/ruleTester';

const G = 'Agent: Thank you for calling Acme, this is Sam. How can I help you today?\n';
const MSG = 'Restate the problem before you ask or instruct: first say "Let me make sure I understand: ... Is that right?".';

runRuleTests('paraphrase', {
  valid: [
    {
      code: `## Greeting\n${G}Customer: My printer says offline.\n\n## Listen\nAgent: I see. Please go on.\n\n## Paraphrase\nAgent: Since this morning your printer shows offline and nothing prints. Is that right?\n\n## Clarify\nAgent: Is the light on the front of the printer on?\n`,
      name: 'a Paraphrase section before the Clarify section',
    },
    {
      code: `${G}Customer: My laptop won't connect to the Wi-Fi.\nAgent: So, if I understood correctly, your laptop stopped connecting yesterday. Is that right?\nCustomer: Yes.\nAgent: Is the Wi-Fi switch on the side turned on?\n`,
      name: 'a restatement by its words',
    },
    {
      code: `${G}Customer: I was charged twice.\nAgent: I'm sorry to hear that. Could I have your account number, please?\nCustomer: 4471-2209.\nAgent: Let me make sure I understand: your card was charged twice this month. Is that right?\nAgent: Which date was the second charge?\n`,
      name: 'an identity check is not a clarifying question',
    },
    {
      code: `${G}Customer: The internet is slow.\nAgent: May I place you on a brief hold while I pull up your account?\n[hold 1m]\nAgent: Thank you for waiting. If I understand correctly, pages load slowly since Monday. Is that correct?\nAgent: Does it happen on every device?\n`,
      name: 'a hold permission question is not a clarifying question',
    },
    {
      code: `${G}Customer: My email stopped working.\n\n## Listen\nAgent: Could you tell me more about what happens when you open it?\nCustomer: It just spins.\nAgent: Let me make sure I understand: your email app keeps loading and never opens. Is that right?\nAgent: Did this start after an update?\n`,
      name: 'listening questions in a Listen section',
    },
    {
      code: `${G}Customer: My bill is higher. Should I pay it now?\nAgent: Let me make sure I understand: your bill went up this month and you want to know why. Is that right? Which amount do you see?\n`,
      name: 'the restatement and the first question in one turn; the customer\'s question does not count',
    },
    {
      code: `${G}Customer: My router blinks red.\n[Ask whether the cable is plugged in.]\nAgent: Just to confirm I understand, your router light is red and nothing loads. Is that right?\n`,
      name: 'stage notes are not questions',
    },
    {
      code: `${G}Customer: I can't log in.\nAgent: Let me make sure I understand: the app says your password is wrong. Is that right?\n- If the account is locked:\n  Agent: Could you open the email we sent you?\n- Otherwise:\n  Agent: Please tap "Forgot password".\n`,
      name: 'questions inside branches after the restatement',
    },
    { code: G, name: 'a greeting alone' },
    {
      code: `${G}Customer: My payment is missing.\nAgent: I just checked your account, and I can see the payment from Monday.\nAgent: Just a moment, please.\n`,
      name: '"I just checked your account" and "just a moment" are not questions or instructions',
    },
  ],
  invalid: [
    {
      code: `${G}Customer: My printer says offline.\nAgent: Is the light on the front of the printer on?\n`,
      errors: [{ messageId: 'missing', line: 3, column: 8, endLine: 3, endColumn: 52, message: MSG }],
    },
    {
      code: `${G}Customer: The internet is down.\nAgent: I'm sorry about that. Please restart the router.\n`,
      errors: [{ messageId: 'missing', line: 3, column: 30, endLine: 3, endColumn: 56 }],
      name: 'an instruction',
    },
    {
      code: `${G}Customer: My screen is black.\nAgent: Okay, now could you press the power button? Is the light on?\nAgent: Is the cable plugged in?\n`,
      errors: [{ messageId: 'missing', line: 3, column: 8, endLine: 3, endColumn: 51 }],
      name: 'reported once, at the first question on the path',
    },
    {
      code: `${G}Customer: I can't print.\n- If the customer sounds upset:\n  Agent: I'm sorry. Let me make sure I understand: nothing prints at all. Is that right?\n- If the customer is calm:\n  Agent: Is the printer switched on?\n`,
      errors: [{ messageId: 'missing', line: 6, column: 10, endLine: 6, endColumn: 37 }],
      name: 'a restatement in a sibling branch is not on this path',
    },
    {
      code: `${G}Customer: I can't print.\n- If it is a network printer:\n  Agent: Could you print a configuration page?\n- If it is a USB printer:\n  Agent: Is the cable plugged in?\n`,
      errors: [
        { messageId: 'missing', line: 4, column: 10, endLine: 4, endColumn: 47 },
        { messageId: 'missing', line: 6, column: 10, endLine: 6, endColumn: 34 },
      ],
      name: 'one report per path',
    },
  ],
});
