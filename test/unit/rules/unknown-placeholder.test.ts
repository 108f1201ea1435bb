import { runRuleTests } from '../helpers/ruleTester';

const FM = '---\nplaceholders: [agent, company, customer]\n---\n';

runRuleTests('unknown-placeholder', {
  valid: [
    { code: `${FM}Agent: Thank you for calling {company}, this is {agent}. How can I help you, {customer}?\n`, name: 'declared in the front matter' },
    { code: '---\nplaceholders: {agent: rep_name, company: brand, customer: caller, other: [case_id]}\n---\nAgent: Thanks for calling {brand}, {caller}. Your case is {case_id}.\n', name: 'a role map with other names' },
    { code: 'Agent: Your ticket number is {ticketId}.\n', config: { placeholders: { names: ['ticketId'], roles: null } }, name: 'declared in the config' },
    { code: 'Agent: Thank you for calling {company}, this is {agent}. Thank you, {customerName}.\n', name: 'nothing declared: the built-in role names' },
    { code: `${FM}[Look up {caseNumber} in the CRM first.]\nAgent: One moment, {customer}.\n`, name: 'stage notes are not read out' },
    { code: `${FM}Agent: Press the key marked { and } together.\n`, name: 'braces that are not a placeholder' },
  ],
  invalid: [
    {
      code: `${FM}Agent: Thank you, {custmer}.\n`,
      errors: [{ messageId: 'didYouMean', line: 4, column: 19, endLine: 4, endColumn: 28, message: 'Unknown placeholder {custmer}: did you mean {customer}?' }],
      output: `${FM}Agent: Thank you, {customer}.\n`,
    },
    {
      code: `${FM}Agent: Thank you, {Customer}.\n`,
      errors: [{ messageId: 'didYouMean', line: 4, column: 19, endColumn: 29 }],
      output: `${FM}Agent: Thank you, {customer}.\n`,
      name: 'placeholders are case-sensitive',
    },
    {
      code: 'Agent: This is {agnet}.\n',
      errors: [{ messageId: 'didYouMean', line: 1, column: 16, endColumn: 23, message: 'Unknown placeholder {agnet}: did you mean {agent}?' }],
      output: 'Agent: This is {agent}.\n',
      name: 'nothing declared: swapped letters of a built-in name',
    },
    {
      code: `${FM}Agent: Your order {orderId} shipped today.\n`,
      errors: [{ messageId: 'unknown', line: 4, column: 19, endColumn: 28, message: 'Unknown placeholder {orderId}: declare it under "placeholders:" in the front matter or the config, or use one of: {agent}, {company}, {customer}.' }],
      output: `${FM}Agent: Your order {orderId} shipped today.\n`,
      name: 'no close name: no fix',
    },
    {
      code: 'Agent: Your ticket is {ticket}.\n',
      errors: [{ messageId: 'noneDeclared', line: 1, column: 23, endColumn: 31, message: 'Unknown placeholder {ticket}: declare it under "placeholders:" in the front matter or the config.' }],
    },
    {
      code: '---\nplaceholders: [name1, name2]\n---\nAgent: Hello, {name}.\n',
      errors: [{ messageId: 'unknown', line: 4, column: 15, endColumn: 21 }],
      output: '---\nplaceholders: [name1, name2]\n---\nAgent: Hello, {name}.\n',
      name: 'two names equally close: no fix',
    },
  ],
});
