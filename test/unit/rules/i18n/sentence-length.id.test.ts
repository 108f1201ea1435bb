import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');
const LONG =
  'Agen: Bpk. Budi, teknisi kami akan datang besok pagi sekitar pukul sembilan untuk memeriksa kabel, modem, router, dll. dan memastikan semuanya berfungsi normal kembali seperti biasa di rumah Bapak.\n';

runRuleTests('sentence-length', {
  valid: id.valid([
    { code: 'Agen: Teknisi kami akan datang besok pagi. Beliau akan memeriksa kabel dan modem Bapak.\n' },
    { code: 'Agen: Baik, Bpk. Budi, terima kasih.\n' },
  ]),
  invalid: id.invalid([
    {
      code: LONG,
      errors: [{ messageId: 'tooLong', line: 1, column: 7, endColumn: 198 }],
      name: '"Bpk." dan "dll." tidak memotong kalimat',
    },
    {
      code: LONG,
      locale: 'id',
      errors: [{ messageId: 'tooLong', line: 1, column: 7, message: 'Kalimat ini terdiri dari 28 kata; di telepon, jangan lebih dari 25: bagi menjadi dua.' }],
    },
  ]),
});
