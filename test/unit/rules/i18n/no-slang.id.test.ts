import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('no-slang', {
  valid: id.valid([
    { code: 'Agen: Tidak apa-apa, Pak, saya bantu.\n' },
    { code: 'Agen: Baik, Bu, modemnya sudah menyala.\n' },
    { code: 'Agen: Silakan pilih paket yang sesuai saja, Pak.\n', name: '"saja" baku' },
    { code: 'Agen: Analisis dari tim sudah keluar.\n', name: '"sis" di dalam kata lain tidak dihitung' },
    { code: 'Pelanggan: Gimana sih, udah dua hari gak nyala!\nAgen: Mohon maaf atas ketidaknyamanannya, Pak.\n', name: 'ucapan pelanggan tidak diperiksa' },
  ]),
  invalid: id.invalid([
    {
      code: 'Agen: Gimana, Pak, udah nyala?\n',
      errors: [
        { messageId: 'informal', line: 1, column: 7, endColumn: 13 },
        { messageId: 'informal', line: 1, column: 20, endColumn: 24 },
      ],
      output: 'Agen: Bagaimana, Pak, sudah nyala?\n',
    },
    {
      code: 'Agen: Makasih banyak, Gan.\n',
      errors: [
        { messageId: 'informal', line: 1, column: 7, endColumn: 14 },
        { messageId: 'informalHint', line: 1, column: 23, endColumn: 26 },
      ],
    },
    {
      code: 'Agen: Tunggu bentar ya, Kak.\n',
      locale: 'id',
      errors: [{ messageId: 'informal', line: 1, column: 14, message: '"bentar" terlalu santai untuk pelanggan: ucapkan "sebentar" saja.' }],
      output: 'Agen: Tunggu sebentar ya, Kak.\n',
    },
  ]),
});
