import { runRuleTests } from '../helpers/ruleTester';

/** Front matter of 5 lines (`lang` adds one); the status value is at 3:9. */
const head = (status: string, lang?: string) => `---\ncase: C-1\nstatus: ${status}\nopened: 2026-11-20\n${lang ? `lang: ${lang}\n` : ''}---\n`;

const SYMPTOM_STEPS = '## Symptom\nPrinter offline since Monday.\n\n## Steps taken\n- Checked the cable: fine.\n';
const FINISHED = SYMPTOM_STEPS + '\n## Cause\nQueue set offline by an update.\n\n## Resolution\nSet the queue online.\n\n## Verification\nTest page printed.\n';

const MISSING_CAUSE = 'A resolved case note needs a Cause section: add `## Cause` and write what caused the problem.';
const MISSING_RESOLUTION = 'A resolved case note needs a Resolution section: add `## Resolution` and write what fixed it.';
const MISSING_VERIFICATION =
  'A resolved case note needs a Verification section: add `## Verification` and write how you and the customer confirmed that it works.';

runRuleTests('ticket-sections', {
  valid: [
    { code: head('open') + SYMPTOM_STEPS, name: 'open note: Symptom and Steps taken are enough' },
    { code: head('resolved') + FINISHED, name: 'resolved note with every section' },
    {
      code: head('closed') + '## Problem\nNo dial tone.\n\n## Troubleshooting\nLine test passed.\n\n## Root cause\nCable unplugged.\n\n## Solution\nPlugged it in.\n\n## Verified\nCustomer called us back.\n',
      name: 'synonyms count: Problem, Troubleshooting, Root cause, Solution, Verified',
    },
    { code: head('pending') + SYMPTOM_STEPS + '\n## Follow-up\nCall the customer on 2026-11-24.\n', name: '"Follow-up" is Next steps' },
    { code: head('escalated') + SYMPTOM_STEPS + '\n## Next steps\nNetwork team checks the port today.\n', name: 'escalated note with Next steps' },
    {
      code: head('resolved', 'es') + '## Síntoma\nNo imprime.\n\n## Pasos realizados\n- Revisamos el cable.\n\n## Causa\nCola en pausa.\n\n## Solución\nReanudamos la cola.\n\n## Verificación\nLa página de prueba salió bien.\n',
      name: 'Spanish section names',
    },
    {
      code: head('pending', 'tr') + '## Belirti\nİnternet yavaş.\n\n## Yapılan adımlar\n- Hat testi yapıldı.\n\n## Takip\nMüşteri yarın aranacak.\n',
      name: 'Turkish section names',
    },
    {
      code: head('closed', 'id') + '## Gejala\nInternet mati.\n\n## Langkah yang diambil\n- Modem dinyalakan ulang.\n\n## Penyebab\nKabel lepas.\n\n## Penyelesaian\nKabel dipasang kembali.\n\n## Verifikasi\nPelanggan sudah bisa browsing.\n',
      name: 'Indonesian section names',
    },
    {
      code: head('open') + '## Symptom\nNo sound on calls.\n\n## Steps taken\n### Remote checks\n- Line test passed.\n### With the customer\n- Headset works on another phone.\n',
      name: 'a section written in subsections is not empty',
    },
    { code: head('open') + '## Symptom:\nNo sound on calls.\n## Steps taken:\n- Headset swapped.\n', name: 'headings with a colon, no blank lines' },
    { code: head('waiting') + SYMPTOM_STEPS, name: 'an unknown status only needs the sections every note needs' },
    {
      code: head('resolved') + '## Verification\nTest page printed.\n\n## Symptom\nOffline.\n\n## Resolution\nSet online.\n\n## Steps taken\nChecked.\n\n## Cause\nUpdate.\n',
      name: 'order does not matter for presence',
    },
    { code: head('open') + '## Symptom\nNo sound.\n\n## Notes for the team\nBusy line.\n\n## Steps taken\n<!-- remote -->\nHeadset swapped.\n', name: 'free sections and comments around content' },
    {
      code: head('resolved') + FINISHED + '\n## Customer summary\nYour printer works again.\n',
      options: { require: { resolved: ['customerSummary'] } },
      name: 'option require: present',
    },
    { code: head('closed') + FINISHED.replace('## Verification', '## VERIFICATION'), name: 'names are case-insensitive' },
    {
      code: head('resolved') + '<!-- supportlint-disable-file ticket-sections -->\n' + SYMPTOM_STEPS,
      name: 'suppressed for the file (the messages sit in the front matter, where comments cannot go)',
    },
  ],
  invalid: [
    {
      code: head('resolved') + SYMPTOM_STEPS,
      errors: [
        { messageId: 'missingForStatus', line: 3, column: 9, endLine: 3, endColumn: 17, message: MISSING_CAUSE },
        { messageId: 'missingForStatus', line: 3, column: 9, endColumn: 17, message: MISSING_RESOLUTION },
        { messageId: 'missingForStatus', line: 3, column: 9, endColumn: 17, message: MISSING_VERIFICATION },
      ],
      output:
        head('resolved') +
        SYMPTOM_STEPS +
        '\n## Cause\n<What caused the problem?>\n\n## Resolution\n<What fixed it?>\n\n## Verification\n<How did you and the customer confirm that it works?>\n',
      name: 'resolved note: three sections missing, inserted in order at the end',
    },
    {
      code: 'Printer offline since Monday.\n',
      errors: [
        { messageId: 'missingAlways', line: 1, column: 1, endLine: 1, endColumn: 30, message: 'Every case note needs a Symptom section: add `## Symptom` and write what the customer reported and since when.' },
        { messageId: 'missingAlways', line: 1, column: 1, endColumn: 30, message: 'Every case note needs a Steps taken section: add `## Steps taken` and write what you checked and tried, and what happened.' },
      ],
      output:
        'Printer offline since Monday.\n\n## Symptom\n<What did the customer report, and since when?>\n\n## Steps taken\n<What did you check and try, and what happened?>\n',
      name: 'no front matter: reported on the first line',
    },
    {
      code: head('resolved') + SYMPTOM_STEPS + '\n## Resolution\nSet the queue online.\n\n## Customer summary\nIt works again.\n',
      errors: [
        { line: 3, column: 9, message: MISSING_CAUSE },
        { line: 3, column: 9, message: MISSING_VERIFICATION },
      ],
      output:
        head('resolved') +
        SYMPTOM_STEPS +
        '\n## Cause\n<What caused the problem?>\n\n## Resolution\nSet the queue online.\n\n## Verification\n<How did you and the customer confirm that it works?>\n\n## Customer summary\nIt works again.\n',
      name: 'each heading goes to its place between existing sections',
    },
    {
      code: head('open') + '## Steps taken\n- Checked the cable.\n',
      errors: [{ messageId: 'missingAlways', line: 3, column: 9, endColumn: 13 }],
      output: head('open') + '## Symptom\n<What did the customer report, and since when?>\n\n## Steps taken\n- Checked the cable.\n',
      name: 'Symptom goes before the first section',
    },
    {
      code: head('pending') + SYMPTOM_STEPS + '\n## Next steps\n<!-- fill in after the call -->\n',
      errors: [
        {
          messageId: 'emptyForStatus',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 14,
          message: 'The Next steps section has nothing written yet, but a pending case note needs it: write what happens next, who does it and by when.',
        },
      ],
      output: head('pending') + SYMPTOM_STEPS + '\n## Next steps\n<!-- fill in after the call -->\n',
      name: 'a section holding only a comment counts as missing (no fix)',
    },
    {
      code: head('resolved') + FINISHED.replace('Queue set offline by an update.', '<What caused the problem?>'),
      errors: [{ messageId: 'emptyForStatus', line: 12, column: 1, endColumn: 9, message: 'The Cause section has nothing written yet, but a resolved case note needs it: write what caused the problem.' }],
      name: 'a section holding only the inserted prompt is still empty',
    },
    {
      code: head('open') + '## Symptom\n\n## Steps taken\n- Checked the cable.\n',
      errors: [{ messageId: 'emptyAlways', line: 6, column: 1, endColumn: 11, message: 'The Symptom section has nothing written yet: write what the customer reported and since when.' }],
    },
    {
      code: head('resolved', 'es') + '## Síntoma\nNo imprime.\n\n## Pasos realizados\n- Revisamos el cable.\n\n## Solución\nReanudamos la cola.\n\n## Verificación\nSalió la página de prueba.\n',
      errors: [{ line: 3, column: 9, message: 'A resolved case note needs a Cause section: add `## Causa` and write what caused the problem.' }],
      output:
        head('resolved', 'es') +
        '## Síntoma\nNo imprime.\n\n## Pasos realizados\n- Revisamos el cable.\n\n## Causa\n<¿Qué causó el problema?>\n\n## Solución\nReanudamos la cola.\n\n## Verificación\nSalió la página de prueba.\n',
      name: 'Spanish note gets a Spanish heading and prompt',
    },
    {
      code: head('pending', 'tr') + '## Belirti\nİnternet yavaş.\n\n## Yapılan adımlar\n- Hat testi yapıldı.\n\n## Müşteri özeti\nHattınızı kontrol ettik.\n',
      errors: [{ line: 3, column: 9, message: 'A pending case note needs a Next steps section: add `## Sonraki adımlar` and write what happens next, who does it and by when.' }],
      output:
        head('pending', 'tr') +
        '## Belirti\nİnternet yavaş.\n\n## Yapılan adımlar\n- Hat testi yapıldı.\n\n## Sonraki adımlar\n<Şimdi ne olacak, kim yapacak ve ne zamana kadar?>\n\n## Müşteri özeti\nHattınızı kontrol ettik.\n',
      name: 'Turkish note gets a Turkish heading and prompt',
    },
    {
      code: head('closed', 'id') + '## Gejala\nInternet mati.\n\n## Langkah yang diambil\n- Modem dinyalakan ulang.\n\n## Penyebab\nKabel lepas.\n\n## Penyelesaian\nKabel dipasang kembali.\n',
      errors: [{ line: 3, column: 9, endColumn: 15, message: 'A closed case note needs a Verification section: add `## Verifikasi` and write how you and the customer confirmed that it works.' }],
      output:
        head('closed', 'id') +
        '## Gejala\nInternet mati.\n\n## Langkah yang diambil\n- Modem dinyalakan ulang.\n\n## Penyebab\nKabel lepas.\n\n## Penyelesaian\nKabel dipasang kembali.\n\n## Verifikasi\n<Bagaimana dipastikan bersama pelanggan bahwa sudah berfungsi?>\n',
      name: 'Indonesian note gets an Indonesian heading and prompt',
    },
    {
      code: head('pending') + '## Síntoma\nLa impresora no imprime.\n\n## Pasos realizados\n- Revisamos el cable.\n',
      config: { language: 'en' },
      errors: [{ line: 3, column: 9, message: 'A pending case note needs a Next steps section: add `## Próximos pasos` and write what happens next, who does it and by when.' }],
      output: head('pending') + '## Síntoma\nLa impresora no imprime.\n\n## Pasos realizados\n- Revisamos el cable.\n\n## Próximos pasos\n<¿Qué pasa ahora, quién lo hace y para cuándo?>\n',
      name: 'headings follow the language the existing headings are written in',
    },
    {
      code: head('resolved') + FINISHED,
      options: { require: { resolved: ['customerSummary'] } },
      errors: [
        {
          line: 3,
          column: 9,
          message: 'A resolved case note needs a Customer summary section: add `## Customer summary` and write what we did and what happens next, in plain words for the customer.',
        },
      ],
      output: head('resolved') + FINISHED + '\n## Customer summary\n<What we did and what happens next, in plain words for the customer>\n',
      name: 'option require: an extra section for a status',
    },
    {
      code: head('open').replace(/\n/g, '\r\n') + '## Symptom\r\nNo sound.\r\n',
      errors: [{ line: 3, column: 9, messageId: 'missingAlways' }],
      output: head('open').replace(/\n/g, '\r\n') + '## Symptom\r\nNo sound.\r\n\r\n## Steps taken\r\n<What did you check and try, and what happened?>\r\n',
      name: 'CRLF files get CRLF insertions',
    },
  ],
});
