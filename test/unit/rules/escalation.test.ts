import { runRuleTests } from '../helpers/ruleTester';

const BASE = '## Symptom\nNo dial tone since Monday.\n\n## Steps taken\n- Line test fails at the street cabinet.\n';

/** `status` is line 3 (value at 3:9); with one extra key (`tier`) the body starts at line 7 and BASE ends at line 11. */
const note = (status: string, keys: string, body = '', lang = '') =>
  `---\ncase: C-1\nstatus: ${status}\n${keys}opened: 2026-11-20\n${lang ? `lang: ${lang}\n` : ''}---\n${BASE}${body}`;

const TR = '---\ncase: C-1\nstatus: escalated\ntier: 2\nopened: 2026-11-20\nlang: tr\n---\n## Belirti\nÇevir sesi yok.\n\n## Yapılan adımlar\n- Hat testi kabinde başarısız.\n\n';

const NO_REASON =
  'The Escalation section does not say why the case was escalated: in at least 4 words, say what could not be solved at this level and what the next team should do.';

runRuleTests('escalation', {
  valid: [
    { code: note('escalated', 'tier: 2\n', '\n## Escalation\nThe cabinet port is faulty and only field operations can replace it.\n'), name: 'tier 2 and a reason' },
    { code: note('escalated', 'tier: 3\n', '\n## Escalation\nCustomer asked for a supervisor.\n'), name: 'a short sentence is a reason' },
    { code: note('pending', 'tier: 1\n'), name: 'only escalated notes are checked' },
    { code: note('resolved', 'tier: 1\n', '\n## Escalation\nSee above.\n'), name: 'a resolved note may keep a short Escalation section' },
    {
      code: note('escalated', 'tier: 2\n', '\n## Escalado\nLa avería está en la central y necesita un técnico.\n', 'es'),
      name: 'Spanish section name',
    },
    { code: note('escalated', 'tier: 2\n', '\n## Eskalasyon\nHat santralde arızalı, saha ekibinin gitmesi gerekiyor.\n', 'tr'), name: 'Turkish section name' },
    { code: note('escalated', 'tier: 2\n', '\n## Eskalasi\nKabel fiber putus di tiang, perlu teknisi lapangan.\n', 'id'), name: 'Indonesian section name' },
    {
      code: note('escalated', 'tier: 2\n', '\n## Escalation\nEscalated to tier 2 because the port needs replacing.\n'),
      name: 'a restated escalation followed by a reason',
    },
    { code: note('escalated', 'tier: 2\n', '\n## Escalation\n- Needs a field engineer.\n- Cabinet port faulty.\n'), name: 'a reason as a list' },
    { code: note('escalated', 'tier: 5\n', '\n## Escalation\nNeeds a field engineer on site.\n'), name: 'an impossible tier is left to ticket-front-matter' },
    { code: note('escalated', 'tier: 2\n', '\n## Escalation\nOutage suspected.\n'), options: { minWords: 2 }, name: 'option minWords' },
  ],
  invalid: [
    {
      code: note('escalated', '', '\n## Escalation\nNeeds a field engineer on site.\n'),
      errors: [
        {
          messageId: 'missingTier',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 18,
          message: 'An escalated case note needs `tier: 2` or `tier: 3`: the support level the case went to.',
        },
      ],
    },
    {
      code: note('escalated', 'tier: 1\n', '\n## Escalation\nNeeds a field engineer on site.\n'),
      errors: [
        { messageId: 'tierTooLow', line: 4, column: 7, endLine: 4, endColumn: 8, message: 'The case is escalated but tier is 1: set tier to the level it went to (2 or 3).' },
      ],
    },
    {
      code: note('escalated', 'tier: 2\n', '\n## Next steps\nCall the customer tomorrow.\n\n## Customer summary\nAn engineer will visit.\n'),
      errors: [
        {
          messageId: 'missingSection',
          line: 3,
          column: 9,
          endColumn: 18,
          message: 'An escalated case note needs an Escalation section: add `## Escalation` and say why the case was escalated and what the next team should do.',
        },
      ],
      output: note(
        'escalated',
        'tier: 2\n',
        '\n## Next steps\nCall the customer tomorrow.\n\n## Escalation\n<Why was the case escalated, and what should the next team do?>\n\n## Customer summary\nAn engineer will visit.\n',
      ),
      name: 'the fix inserts the section after Next steps',
    },
    {
      code: note('escalated', 'tier: 2\n', '\n## Escalation\n\n## Next steps\nCall the customer tomorrow.\n'),
      errors: [
        {
          messageId: 'emptySection',
          line: 13,
          column: 1,
          endColumn: 14,
          message: 'The Escalation section has nothing written yet: say why the case was escalated and what the next team should do.',
        },
      ],
    },
    {
      code: note('escalated', 'tier: 2\n', '\n## Escalation\nSee above.\n'),
      errors: [{ messageId: 'noReason', line: 14, column: 1, endLine: 14, endColumn: 11, message: NO_REASON }],
    },
    {
      code: note('escalated', 'tier: 2\n', '\n## Escalation\nEscalated to tier 2.\n'),
      errors: [{ messageId: 'noReason', line: 14, column: 1, endColumn: 21, message: NO_REASON }],
      name: 'restating the escalation is not a reason',
    },
    {
      code: note('escalated', 'tier: 2\n', '\n## Escalado\nVer arriba.\n', 'es'),
      errors: [{ messageId: 'noReason', line: 15, column: 1, endColumn: 12, message: /^The Escalado section does not say why/ }],
    },
    {
      code: TR + '## Sonraki adımlar\nMüşteri yarın aranacak.\n',
      errors: [{ messageId: 'missingSection', line: 3, column: 9, message: /add `## Eskalasyon`/ }],
      output: TR + '## Sonraki adımlar\nMüşteri yarın aranacak.\n\n## Eskalasyon\n<Vaka neden üst seviyeye aktarıldı ve sonraki ekip ne yapmalı?>\n',
      name: 'Turkish note gets a Turkish heading',
    },
    {
      code: note('escalated', 'tier: 2\n', '\n## Eskalasi\nLihat di atas.\n', 'id'),
      errors: [{ messageId: 'noReason', line: 15, column: 1, endColumn: 15 }],
    },
    {
      code: note('escalated', 'tier: 3\n', '\n## Escalation\nCustomer asked for a supervisor.\n'),
      options: { minWords: 8 },
      errors: [{ messageId: 'noReason', line: 14, column: 1, endColumn: 33, message: /in at least 8 words/ }],
      name: 'option minWords',
    },
  ],
});
