import { runRuleTests } from '../helpers/ruleTester';

const BODY = '## Symptom\nPrinter offline.\n';
const fm = (lines: string) => `---\n${lines}---\n${BODY}`;
const BASIC = 'case: CASE-1042\nstatus: pending\nopened: 2026-11-20\n';

runRuleTests('ticket-front-matter', {
  valid: [
    {
      code: fm('case: CASE-1042\ncustomer: Ms. Green\nstatus: pending\ntier: 2\nopened: 2026-11-20\nfollowUp: 2026-11-24\ncontact: phone\nowner: Sam Lee\nlang: en\n'),
      name: 'every known key, well-formed',
    },
    { code: fm(BASIC), name: 'only the required keys' },
    { code: fm('case: 1042\nstatus: open\nopened: 2026-11-20\n'), name: 'a numeric case id' },
    { code: fm('case: CASE-7\nstatus: closed\nopened: 2026-01-05\ntier: 3\n'), name: 'closed, tier 3' },
    { code: fm(BASIC + 'followUp: 2026-11-20\n'), name: 'follow-up on the day the case was opened' },
    { code: fm(BASIC + 'priority: high\nproduct: Fibre 500\n'), name: 'unknown keys are allowed' },
    { code: fm('case: CASE-8\nstatus: open\nopened: 2026-11-24\n'), name: 'opened tomorrow (UTC) is within a day of slack' },
    { code: fm(BASIC + 'lang: en-GB\n'), name: 'a regional language code' },
    { code: fm(BASIC + 'contact: email, not before 10:00\n'), name: 'contact is free text' },
    { code: fm(BASIC + 'date: 2026-11-20\n'), name: '"date" is not a misspelt "case"' },
    { code: fm(BASIC + 'cause: billing\n'), name: 'a near-miss of a key that is already there is not a misspelling' },
    { code: fm('case: "CASE-9"\nstatus: "resolved"\nopened: "2026-11-20"\n'), name: 'quoted values' },
    { code: fm(BASIC + 'followUp:\n'), name: 'an empty followUp is follow-up-plan’s to report' },
    { code: fm('case: CASE-10\nstatus: escalated\nopened: 2026-11-20\ncustomer: Mr. Öztürk\n'), name: 'customer with a title' },
    { code: '---\ncase: CASE-11\nstatus: open\nopened: 2026-11-20\n---\n<!-- written during the call -->\n' + BODY, name: 'a comment after the front matter' },
    { code: fm('case: CASE-12\nstatus: open\nopened: 2026-11-22\n'), today: '2026-11-23', name: 'opened in the past' },
  ],
  invalid: [
    {
      code: '## Symptom\nPrinter offline.\n',
      errors: [
        {
          messageId: 'missingFrontMatter',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          message: 'Case note has no front matter: start it with `---`, then case, status and opened, then `---`.',
        },
      ],
      output: '## Symptom\nPrinter offline.\n',
      name: 'no front matter (a suggestion, not an automatic fix)',
    },
    {
      code: fm('status: open\n'),
      errors: [
        { messageId: 'missingKey', line: 1, column: 1, endLine: 1, endColumn: 4, message: 'Front matter is missing `case` (the case id, e.g. CASE-1042).' },
        { messageId: 'missingKey', line: 1, column: 1, endColumn: 4, message: 'Front matter is missing `opened` (the date the case was opened, YYYY-MM-DD).' },
      ],
    },
    {
      code: fm('case: CASE-1\nstatus:\nopened: 2026-11-20\n'),
      errors: [{ messageId: 'emptyValue', line: 3, column: 1, endColumn: 7, message: '`status` is empty: write one of open, pending, escalated, resolved, closed.' }],
    },
    {
      code: fm('case: CASE-1\nstatus: resolvd\nopened: 2026-11-20\n'),
      errors: [{ messageId: 'badStatusHint', line: 3, column: 9, endColumn: 16, message: 'status "resolvd" is not known: did you mean "resolved"?' }],
      output: fm('case: CASE-1\nstatus: resolvd\nopened: 2026-11-20\n'),
    },
    {
      code: fm('case: CASE-1\nstatus: Resolved\nopened: 2026-11-20\n'),
      errors: [{ messageId: 'statusCase', line: 3, column: 9, endColumn: 17, message: 'status is written in lower case: "resolved".' }],
      output: fm('case: CASE-1\nstatus: resolved\nopened: 2026-11-20\n'),
      name: 'capitalised status is fixed',
    },
    {
      code: fm('case: CASE-1\nstatus: archived\nopened: 2026-11-20\n'),
      errors: [{ messageId: 'badStatus', line: 3, column: 9, endColumn: 17, message: 'status "archived" is not known: use one of open, pending, escalated, resolved, closed.' }],
    },
    {
      code: fm('case: CASE-1\nstatus: open\nopened: 20/11/2026\n'),
      errors: [{ messageId: 'badDate', line: 4, column: 9, endColumn: 19, message: '`opened` must be a date written YYYY-MM-DD, like 2026-11-20.' }],
    },
    {
      code: fm(BASIC + 'followUp: 2026-02-30\n'),
      errors: [{ messageId: 'badDate', line: 5, column: 11, endColumn: 21, message: '`followUp` must be a date written YYYY-MM-DD, like 2026-11-20.' }],
      name: 'a date that does not exist',
    },
    {
      code: fm(BASIC + 'tier: 4\n'),
      errors: [{ messageId: 'badTier', line: 5, column: 7, endColumn: 8, message: 'tier must be 1, 2 or 3.' }],
    },
    {
      code: fm(BASIC + 'followUp: 2026-11-18\n'),
      errors: [{ messageId: 'followUpBeforeOpened', line: 5, column: 11, endColumn: 21, message: 'followUp (2026-11-18) is before the date the case was opened (2026-11-20).' }],
    },
    {
      code: fm('case: CASE-1\nstatus: open\nopened: 2027-11-20\n'),
      errors: [{ messageId: 'openedInFuture', line: 4, column: 9, endColumn: 19, message: 'opened (2027-11-20) is after today (2026-11-23): check the date.' }],
      name: 'opened next year: a typo in the year',
    },
    {
      code: fm(BASIC + 'followup: 2026-11-24\n'),
      errors: [{ messageId: 'misspelledKey', line: 5, column: 1, endColumn: 9, message: '`followup` is not a known key: did you mean `followUp`?' }],
    },
    {
      code: fm('case: CASE-1\nStatus: open\nopened: 2026-11-20\n'),
      errors: [{ messageId: 'misspelledKey', line: 3, column: 1, endColumn: 7, message: '`Status` is not a known key: did you mean `status`?' }],
      name: 'a misspelt required key is reported once, at the key',
    },
    {
      code: fm(BASIC + 'lang: english\n'),
      errors: [{ messageId: 'badLang', line: 5, column: 7, endColumn: 14, message: 'lang must be a language code such as en, es, tr or id.' }],
    },
    {
      code: fm(BASIC + 'owner: 42\n'),
      errors: [{ messageId: 'notText', line: 5, column: 8, endColumn: 10, message: '`owner` must be text.' }],
    },
  ],
});
