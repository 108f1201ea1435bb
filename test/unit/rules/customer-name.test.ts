import { runRuleTests } from '../helpers/ruleTester';

const FM = '---\nplaceholders: [agent, company, customer]\n---\n';
const GREETING = 'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?\n';

runRuleTests('customer-name', {
  valid: [
    { code: `${FM}${GREETING}Customer: My printer is offline.\nAgent: Let me make sure I understand, {customer}: your printer shows offline. Is that right?\n`, name: 'the customer placeholder' },
    { code: `${GREETING}Customer: This is Ms. Green.\nAgent: Thank you, Ms. Green. Is the printer switched on?\n`, name: 'a title and a name' },
    { code: `${GREETING}Agent: Thank you, Mr {customer}.\n`, name: 'a title before the placeholder' },
    { code: '---\nplaceholders: {agent: rep_name, company: brand, customer: caller}\n---\nAgent: Thanks for calling {brand}.\nCustomer: Hi.\nAgent: Thank you, {caller}.\n', name: 'the role map names the customer placeholder' },
    { code: `${GREETING}Customer: Hi.\n- If the customer gave a name:\n  Agent: Thank you, Dr. Patel.\n`, name: 'inside a branch' },
    { code: 'Customer: Hello?\n[Customer-only fragment.]\n', name: 'no agent speech at all' },
  ],
  invalid: [
    {
      code: `${GREETING}Customer: Hi, this is Ms. Green.\nAgent: Thank you. Is the printer switched on?\n`,
      errors: [{ messageId: 'never', line: 3, column: 1, endLine: 3, endColumn: 46, message: 'The script never addresses the customer by name: say {customer} at least once, for example when you restate the problem.', severity: 'info' }],
      name: 'only the customer says the name',
    },
    {
      code: '---\nplaceholders: {agent: rep_name, company: brand, customer: caller}\n---\nAgent: Thanks for calling {brand}, this is {rep_name}. How can I help?\n[Use the name from the account.]\n',
      errors: [{ messageId: 'never', line: 4, column: 1, endLine: 4, endColumn: 71, message: 'The script never addresses the customer by name: say {caller} at least once, for example when you restate the problem.' }],
      name: 'no customer turn: reported at the first agent turn, naming the declared placeholder',
    },
    {
      code: `${GREETING}Customer: Hi.\nAgent: I will miss the deadline, sir.\n`,
      errors: [{ messageId: 'never', line: 3, column: 1, endColumn: 38 }],
      name: '"miss" in lower case and "sir" are not names',
    },
  ],
});
