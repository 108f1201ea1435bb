// no-pii through the engine: call scripts and ticket notes in the four languages,
// masked messages, exact ranges (1-based) and the masking fix.
import * as assert from 'assert';
import { runRuleTests, lintCase, fixOutput } from '../helpers/ruleTester';

const ticket = (body: string, lang = 'en'): string =>
  `---\ncase: C-1\nstatus: open\nopened: 2026-11-20\nlang: ${lang}\n---\n## Symptom\n${body}\n`;

runRuleTests('no-pii', {
  valid: [
    {
      name: 'callscript without personal data (order number, case id, dates)',
      code: 'Agent: Thank you for calling, this is {agent}. How can I help you?\nCustomer: My order 4111111111111111 from 2026-11-20 has not arrived, see CASE-1042.\n',
    },
    {
      name: 'callscript: password and PIN instructions without a value',
      code: 'Agent: Please reset your password. Your password must be 8 characters long.\nAgent: Enter your PIN on the keypad.\n',
    },
    {
      name: 'a card number inside a comment is not checked',
      code: 'Agent: How can I help you?\n<!-- test card for QA: 4111 1111 1111 1111 -->\n',
    },
    {
      name: 'ticket: Luhn-failing number, IBAN-shaped reference failing mod-97, error code',
      kind: 'ticket',
      code: ticket('Device 4111 1111 1111 1112 shows error 0x80070005.\nTransfer DE89 3704 0044 0532 0130 01 was rejected.'),
    },
    {
      name: 'ticket: masked values',
      kind: 'ticket',
      code: ticket('Card **** **** **** 1111 was charged.\nCustomer gave password: *********'),
    },
    {
      name: 'ticket: contact details are off by default',
      kind: 'ticket',
      code: ticket('Customer asked for a call back on +44 20 7946 0958 or john.doe@example.com.'),
    },
    {
      name: 'ticket: contact details in the front matter are where they belong',
      kind: 'ticket',
      options: { contactDetails: 'warning' },
      code: '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\ncontact: +44 20 7946 0958\n---\n## Symptom\nPrinter offline.\n',
    },
    {
      name: 'es: DNI with a wrong letter, password rule',
      kind: 'ticket',
      code: ticket('El cliente dio el DNI 12345678A.\nLa contraseña debe tener 8 caracteres.', 'es'),
    },
    {
      name: 'tr: TC Kimlik failing the checksum, reset instruction',
      code: '---\nlang: tr\n---\nTemsilci: Kimlik numaranız 12345678901 mi?\nTemsilci: Şifrenizi sıfırlayın lütfen.\n',
    },
    {
      name: 'id: NIK with an impossible date, placeholder password',
      code: '---\nlang: id\n---\nAgen: NIK 3201019913900001 tidak valid.\nAgen: Kata sandi: {sandi_baru}\n',
    },
  ],
  invalid: [
    {
      name: 'callscript: card number read back by the agent',
      code: 'Agent: Thanks, I have your card 4111 1111 1111 1111 on file.\n',
      errors: [
        {
          messageId: 'card',
          message: 'Payment card number **** **** **** 1111 must not be written down; mask it.',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 52,
          severity: 'error',
        },
      ],
      output: 'Agent: Thanks, I have your card **** **** **** 1111 on file.\n',
    },
    {
      name: 'ticket: password given by the customer',
      kind: 'ticket',
      code: '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n## Symptom\nCustomer gave password: Hunter22!\n',
      errors: [
        {
          messageId: 'password',
          message: 'Password ********* must not be written down; mask it and ask the customer to change it.',
          line: 7,
          column: 25,
          endLine: 7,
          endColumn: 34,
        },
      ],
      output: '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n## Symptom\nCustomer gave password: *********\n',
    },
    {
      name: 'callscript: PIN in a stage note and an IBAN in agent speech',
      code: '## Billing\n[The new PIN is 4821.]\nAgent: I will refund to ES91 2100 0418 4502 0005 1332.\n',
      errors: [
        { messageId: 'pin', message: 'PIN **** must not be written down; mask it.', line: 2, column: 17, endLine: 2, endColumn: 21 },
        {
          messageId: 'iban',
          message: 'IBAN **** **** **** **** **** 1332 must not be written down; mask it.',
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 54,
        },
      ],
      output: '## Billing\n[The new PIN is ****.]\nAgent: I will refund to **** **** **** **** **** 1332.\n',
    },
    {
      name: 'es ticket: DNI and password',
      kind: 'ticket',
      code: ticket('DNI del cliente: 12345678Z.\nContraseña: Madrid#77', 'es'),
      errors: [
        { messageId: 'nationalId', message: 'DNI *****678Z must not be written down; mask it.', line: 8, column: 18, endLine: 8, endColumn: 27 },
        { messageId: 'password', line: 9, column: 13, endLine: 9, endColumn: 22 },
      ],
      output: ticket('DNI del cliente: *****678Z.\nContraseña: *********', 'es'),
    },
    {
      name: 'tr callscript: TC Kimlik No and a password',
      code: '---\nlang: tr\n---\nMüşteri: TC kimlik numaram 10000000146.\nTemsilci: Teşekkürler. Şifre: Ankara06 olarak ayarlandı.\n',
      errors: [
        { messageId: 'nationalId', message: 'TC Kimlik No *******0146 must not be written down; mask it.', line: 4, column: 28, endLine: 4, endColumn: 39 },
        { messageId: 'password', message: /^Password \*{8} /, line: 5, column: 31, endLine: 5, endColumn: 39 },
      ],
      output: '---\nlang: tr\n---\nMüşteri: TC kimlik numaram *******0146.\nTemsilci: Teşekkürler. Şifre: ******** olarak ayarlandı.\n',
    },
    {
      name: 'id ticket: NIK and passport',
      kind: 'ticket',
      code: ticket('NIK pelanggan 3201014108900001, nomor paspor B1234567.', 'id'),
      errors: [
        { messageId: 'nationalId', message: 'NIK ************0001 must not be written down; mask it.', line: 8, column: 15, endLine: 8, endColumn: 31 },
        { messageId: 'passport', message: 'Passport number ****4567 must not be written down; mask it.', line: 8, column: 46, endLine: 8, endColumn: 54 },
      ],
      output: ticket('NIK pelanggan ************0001, nomor paspor ****4567.', 'id'),
    },
    {
      name: 'ticket: a card number in the front matter is reported too (everywhere = all but comments)',
      kind: 'ticket',
      code: '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\ncustomer: Ms. Green, card 4111111111111111\n---\n## Symptom\nPrinter offline.\n',
      errors: [{ messageId: 'card', line: 5, column: 27, endLine: 5, endColumn: 43 }],
      output: '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\ncustomer: Ms. Green, card ************1111\n---\n## Symptom\nPrinter offline.\n',
    },
    {
      name: 'contact details at their own severity, card still an error',
      kind: 'ticket',
      options: { contactDetails: 'warning' },
      code: ticket('Call back on +44 20 7946 0958; card 5500-0000-0000-0004.'),
      errors: [
        {
          messageId: 'contactDetails',
          message: 'Phone number +** ** **** 0958 is personal contact data; keep it in the customer record, not in the text.',
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 30,
          severity: 'warning',
        },
        { messageId: 'card', line: 8, column: 37, endLine: 8, endColumn: 56, severity: 'error' },
      ],
    },
    {
      name: 'contact details: email at info',
      options: { contactDetails: 'info' },
      code: 'Agent: I will send it to john.doe@example.com.\n',
      errors: [{ messageId: 'contactDetails', message: /^Email address \*{4}\.\*{3}@\*{6}e\.com /, line: 1, column: 26, endLine: 1, endColumn: 46, severity: 'info' }],
      output: 'Agent: I will send it to ****.***@******e.com.\n',
    },
  ],
});

describe('rule no-pii: messages never contain the secret', () => {
  it('no message repeats the value it reports', () => {
    const code = 'Agent: card 4111 1111 1111 1111, PIN 4821, password: Hunter22!, DNI 12345678Z, IBAN DE89370400440532013000.\n';
    const msgs = lintCase('no-pii', { code });
    assert.strictEqual(msgs.length, 5);
    for (const secret of ['4111 1111 1111 1111', '4111', '4821', 'Hunter22', '12345678', '370400440532']) {
      for (const m of msgs) assert.ok(!m.message.includes(secret), `${m.message} contains ${secret}`);
    }
    assert.strictEqual(
      fixOutput('no-pii', { code }),
      'Agent: card **** **** **** 1111, PIN ****, password: *********, DNI *****678Z, IBAN ******************3000.\n',
    );
  });
});
