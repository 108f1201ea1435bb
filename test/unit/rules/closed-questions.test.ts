import { runRuleTests } from '../helpers/ruleTester';

const G = 'Agent: Thank you for calling Acme, this is Sam. How can I help you today?\nCustomer: My printer stopped printing.\n';
const P = 'Agent: Let me make sure I understand: your printer stopped printing this morning. Is that right?\nCustomer: Yes.\n';
const MSG = 'Open question in the clarifying part: ask for one fact the customer can answer with yes, no or a detail ("Did it start after the update?").';

runRuleTests('closed-questions', {
  valid: [
    {
      code: `${G}${P}\n## Clarify\nAgent: Is the light on the front of the printer on?\nAgent: Did it start after the update?\nAgent: How long has this been happening?\nAgent: Which browser do you use? When did you last restart it?\nAgent: What's the error message on the screen?\n`,
      name: 'closed questions asking for one fact',
    },
    { code: `${G}\n## Listen\nAgent: Tell me about what happened when you pressed print.\n\n## Paraphrase\n${P}`, name: 'open questions while listening, before the restatement' },
    { code: `${G}${P}\n## Clarify\nAgent: Why don't we print a test page together?\n`, name: '"why don\'t we" is a suggestion, not a question' },
    { code: `${G}${P}\n## Troubleshoot\nAgent: Please open the print queue.\nAgent: What happened when you clicked it?\n`, name: 'troubleshooting has started' },
    { code: `${G}${P}Agent: Please restart the printer.\nCustomer: Done.\nAgent: What happened when it started up?\n`, name: 'an instruction ends the clarifying part' },
    { code: `${G}${P}\n## Clarify\nCustomer: Why does this keep happening?\nAgent: Is this the first time it happened?\n`, name: "the customer's own question" },
    { code: `${G}${P}\n## Clarify\n[Why: the customer needs to feel heard.]\nAgent: Is the printer connected by cable?\n`, name: 'a stage note' },
    { code: `${G}Agent: What happened next?\n`, name: 'no restatement yet: still listening' },
  ],
  invalid: [
    {
      code: `${G}${P}\n## Clarify\nAgent: Why did the printer stop working?\n`,
      errors: [{ messageId: 'open', line: 7, column: 8, endLine: 7, endColumn: 41, message: MSG, severity: 'info' }],
    },
    {
      code: `${G}${P}Agent: Can you describe what you see on the screen?\n`,
      errors: [{ messageId: 'open', line: 5, column: 8, endLine: 5, endColumn: 52 }],
      name: 'after the restatement in a section without a name',
    },
    {
      code: `${G}Agent: So, if I understood correctly, the app crashes when you open it. Is that right? How do you feel about the new version?\n`,
      errors: [{ messageId: 'open', line: 3, column: 88, endLine: 3, endColumn: 126 }],
      name: 'in the restating turn, after the restatement',
    },
    {
      code: `${G}${P}\n## Clarifying questions\nAgent: Okay. Tell me about your setup at home. Why do you think it stopped?\n`,
      errors: [
        { messageId: 'open', line: 7, column: 14, endLine: 7, endColumn: 47 },
        { messageId: 'open', line: 7, column: 48, endLine: 7, endColumn: 76 },
      ],
      name: 'two open questions in one turn',
    },
  ],
});
