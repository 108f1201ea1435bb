import * as assert from 'assert';
import { applyFixes } from '../../../server/src/engine/fix';
import { lintCase, runRuleTests } from '../helpers/ruleTester';

const FM = '---\nplaceholders: [agent, company, customer]\n---\n';
const ROLES = '---\nplaceholders: {agent: rep_name, company: brand, customer: caller}\n---\n';

runRuleTests('greeting', {
  valid: [
    { code: `${FM}## Greeting\nAgent: Thank you for calling {company}, this is {agent}. How can I help you today?\nCustomer: My printer says offline.\n`, name: 'the standard greeting with placeholders' },
    { code: 'Agent: Thank you for calling Acme Support, my name is Sam. How may I help you today?\n', name: 'a literal name and company' },
    { code: `${FM}Agent: Thank you for calling {company}.\nAgent: This is {agent} speaking. What can I do for you?\nCustomer: Hi.\n`, name: 'a greeting split across two agent turns' },
    { code: "Agent: Good morning, you've reached the City Library help desk, this is Priya. How can I help?\n", name: 'company after "the"' },
    { code: `${ROLES}Agent: Thanks for calling {brand}, {rep_name} speaking. How can I assist you?\n`, name: 'role map placeholders' },
    { code: 'Rep: Welcome to Northwind Energy, I am Dana. How can I help you today?\nCaller: Hello.\n', config: { speakers: { agent: ['Rep'], customer: ['Caller'] } }, name: 'configured speaker labels' },
    { code: `${FM}# Password reset\n\n[Smile: the customer can hear it.]\n## Opening\nAgent: Thank you for calling {company}, this is {agent}. How can I help you today?\n`, name: 'a stage note before the greeting' },
    { code: 'Customer: Hello?\nAgent: Hi, thank you for calling Acme, this is Sam. How can I help you?\n', name: 'the customer speaks first' },
    { code: 'Agent: Acme Support, Jordan speaking, how can I help?\n', name: 'company and name before their trailing words' },
    { code: '---\nlang: es\n---\nAgente: Gracias por llamar a {empresa}, le atiende {agente}. ¿En qué puedo ayudarle?\n', name: 'a Spanish script is not judged with English phrases' },
  ],
  invalid: [
    {
      code: 'Agent: Hello, how can I help you?\n',
      errors: [
        { messageId: 'name', line: 1, column: 1, endLine: 1, endColumn: 34, message: 'The greeting does not say who is speaking: introduce yourself by name ("this is Sam").' },
        { messageId: 'company', line: 1, column: 1, endLine: 1, endColumn: 34, message: 'The greeting does not name the company: tell the customer who they reached ("Thank you for calling Acme Support").' },
      ],
      output: 'Agent: Hello, how can I help you?\n',
      name: 'name and company missing; the template is only a suggestion',
    },
    {
      code: 'Agent: Thank you for calling Acme. How can I help?\n',
      errors: [{ messageId: 'name', line: 1, column: 1, endLine: 1, endColumn: 51 }],
    },
    {
      code: 'Agent: Hi, this is Sam from Acme.\nCustomer: Hi Sam.\n',
      errors: [{ messageId: 'helpOffer', line: 1, column: 1, endLine: 1, endColumn: 34, message: 'The greeting does not offer help: end it with a question such as "How can I help you today?".' }],
    },
    {
      code: 'Agent: Hello, this is the help desk. How can I help?\n',
      errors: [
        { messageId: 'name', line: 1, column: 1, endColumn: 53 },
        { messageId: 'company', line: 1, column: 1, endColumn: 53 },
      ],
      name: '"the help desk" is neither a name nor a company',
    },
    {
      code: "Agent: I'm Sorry for the wait at Acme. How can I help?\n",
      errors: [{ messageId: 'name', line: 1, column: 1, endColumn: 55 }],
      name: 'a capitalised ordinary word is not a name',
    },
    {
      code: '## Greeting\nCustomer: Hello?\n',
      errors: [{ messageId: 'noAgentTurn', line: 1, column: 1, endLine: 1, endColumn: 12, message: 'The script has no agent turn: start it with a greeting that gives your name, the company and an offer of help.' }],
      output: '## Greeting\nAgent: Thank you for calling {company}, this is {agent}. How can I help you today?\nCustomer: Hello?\n',
      name: 'no agent turn: the greeting goes into the opening section',
    },
    {
      code: `${ROLES}# Router\n\n## Listen\nCustomer: My router is blinking.\n`,
      errors: [{ messageId: 'noAgentTurn', line: 1, column: 1, endLine: 1, endColumn: 4 }],
      output: `${ROLES}# Router\n\n## Greeting\nAgent: Thank you for calling {brand}, this is {rep_name}. How can I help you today?\n\n## Listen\nCustomer: My router is blinking.\n`,
      name: 'no agent turn: a greeting section with the declared role placeholders',
    },
    {
      code: '# Router\n[Greet the customer.]\n',
      errors: [{ messageId: 'noAgentTurn', line: 1, column: 1, endLine: 1, endColumn: 9 }],
      output: '# Router\nAgent: Thank you for calling {company}, this is {agent}. How can I help you today?\n[Greet the customer.]\n',
      name: 'no sections: the greeting goes after the title',
    },
  ],
});

describe('greeting suggestion', () => {
  it('offers the template above the first agent turn, with the declared placeholders', () => {
    const code = `${ROLES}## Greeting\nAgent: Hello, how can I help you?\n`;
    const msgs = lintCase('greeting', { code });
    assert.deepStrictEqual(msgs.map((m) => m.data?.messageId), ['name', 'company']);
    const s = msgs[0].suggestions?.[0];
    assert.ok(s, 'a suggestion');
    assert.strictEqual(s.title, 'Insert a greeting before the first agent turn');
    assert.strictEqual(
      applyFixes(code, [s.fix]).text,
      `${ROLES}## Greeting\nAgent: Thank you for calling {brand}, this is {rep_name}. How can I help you today?\nAgent: Hello, how can I help you?\n`,
    );
  });
});
