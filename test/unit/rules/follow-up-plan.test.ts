import { runRuleTests } from '../helpers/ruleTester';

/** `status` is line 3 (value at column 9); the keys given follow from line 4. */
const note = (keys: string) => `---\ncase: C-1\n${keys}opened: 2026-11-16\n---\n## Symptom\nNo dial tone since Monday.\n`;
const PLAN = 'followUp: 2026-11-24\ncontact: phone\nowner: Sam Lee\n';

const missing = (status: string) => ({
  followUp: `A ${status} case note needs \`followUp\`: the date the customer will hear from us next, written YYYY-MM-DD.`,
  contact: `A ${status} case note needs \`contact\`: how the customer wants to be reached (phone, email, chat).`,
  owner: `A ${status} case note needs \`owner\`: the person who will follow up with the customer.`,
});

runRuleTests('follow-up-plan', {
  valid: [
    { code: note('status: pending\n' + PLAN), name: 'pending note with date, contact and owner' },
    { code: note('status: escalated\nfollowUp: 2026-11-23\ncontact: email\nowner: Dana Kim\n'), name: 'a follow-up due today is not overdue' },
    { code: note('status: open\n'), name: 'open notes need no plan' },
    { code: note('status: resolved\nfollowUp: 2026-11-01\n'), name: 'a past follow-up on a resolved case is history, not overdue' },
    { code: note('status: closed\nfollowUp: 2026-10-02\ncontact: phone\n'), name: 'closed case with an old follow-up date' },
    { code: note('status: open\nfollowUp: 2026-11-30\n'), name: 'open case with a future follow-up' },
    { code: note('status: pending\nfollowUp: 2026-11-24\ncontact: email after 17:00, not the office line\nowner: Sam Lee\n'), name: 'contact may be free text' },
    { code: note('status: pending\nfollowUp: 2026-11-20\ncontact: chat\nowner: Sam Lee\n'), today: '2026-11-19', name: 'today comes from the clock the test sets' },
    { code: note('status: pending\nfollowUp: next week\ncontact: phone\nowner: Sam Lee\n'), name: 'a malformed date is left to ticket-front-matter' },
    { code: note('status: pending\n'), options: { statuses: ['escalated'] }, name: 'option statuses: pending not required' },
    { code: note('status: Pending\n' + PLAN), name: 'status read case-insensitively' },
  ],
  invalid: [
    {
      code: note('status: pending\n'),
      errors: [
        { messageId: 'missingFollowUp', line: 3, column: 9, endLine: 3, endColumn: 16, message: missing('pending').followUp },
        { messageId: 'missingContact', line: 3, column: 9, endColumn: 16, message: missing('pending').contact },
        { messageId: 'missingOwner', line: 3, column: 9, endColumn: 16, message: missing('pending').owner },
      ],
    },
    {
      code: note('status: escalated\nfollowUp: 2026-11-24\ncontact: phone\n'),
      errors: [{ messageId: 'missingOwner', line: 3, column: 9, endColumn: 18, message: missing('escalated').owner }],
    },
    {
      code: note('status: pending\nfollowUp: 2026-11-24\ncontact:\nowner: Sam Lee\n'),
      errors: [{ messageId: 'missingContact', line: 5, column: 1, endLine: 5, endColumn: 8, message: missing('pending').contact }],
      name: 'an empty key is reported at the key',
    },
    {
      code: note('status: open\nfollowUp: 2026-11-20\n'),
      errors: [
        {
          messageId: 'overdue',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 21,
          message: 'The follow-up date 2026-11-20 has passed (today is 2026-11-23): contact the customer, then set the next followUp or update the status.',
        },
      ],
    },
    {
      code: note('status: pending\n' + PLAN),
      today: '2026-12-01',
      errors: [{ messageId: 'overdue', line: 4, column: 11, endColumn: 21, message: /2026-11-24 has passed \(today is 2026-12-01\)/ }],
      name: 'overdue by the injected clock',
    },
    {
      code: note('status: escalated\nfollowUp: 2026-11-02\nowner: Dana Kim\n'),
      errors: [
        { messageId: 'missingContact', line: 3, column: 9 },
        { messageId: 'overdue', line: 4, column: 11 },
      ],
    },
    {
      code: note('status: open\n'),
      options: { statuses: ['open', 'pending', 'escalated'] },
      errors: [
        { messageId: 'missingFollowUp', line: 3, column: 9, message: missing('open').followUp },
        { messageId: 'missingContact', line: 3, column: 9 },
        { messageId: 'missingOwner', line: 3, column: 9 },
      ],
      name: 'option statuses: open notes too',
    },
    {
      code: note('status: Pending\nfollowUp: 2026-11-24\ncontact: phone\n'),
      errors: [{ messageId: 'missingOwner', line: 3, column: 9, endColumn: 16, message: missing('pending').owner }],
      name: 'capitalised status',
    },
  ],
});
