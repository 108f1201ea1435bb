import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('no-minimizing', {
  valid: id.valid([
    { code: 'Agen: Boleh saya minta nomor teleponnya saja, Pak?\n', name: '"saja" dalam permintaan yang sopan' },
    { code: 'Agen: Bapak bisa menghubungi kami kapan saja.\n' },
    { code: 'Agen: Saya tinggal di Bandung juga, Pak.\n', name: '"tinggal" berarti menetap' },
    { code: 'Agen: Cukup lama ya, Pak, mohon maaf.\n', name: '"cukup" berarti "agak"' },
    { code: 'Agen: Memang tidak mudah, Bu, saya mengerti.\n' },
    { code: 'Agen: Silakan matikan modemnya dulu.\n' },
  ]),
  invalid: id.invalid([
    {
      code: 'Agen: Bapak cukup klik tombol ini.\n',
      errors: [{ messageId: 'word', line: 1, column: 13, endColumn: 18 }],
      output: 'Agen: Bapak klik tombol ini.\n',
    },
    {
      code: 'Agen: Matikan saja modemnya.\n',
      errors: [{ messageId: 'word', line: 1, column: 15, endColumn: 19 }],
      output: 'Agen: Matikan modemnya.\n',
      name: '"saja" setelah perintah',
    },
    {
      code: 'Agen: Gampang kok, Pak.\n',
      locale: 'id',
      errors: [{ messageId: 'phrase', line: 1, column: 7, message: '"Gampang kok" membuat masalah pelanggan terdengar sepele: akui masalahnya dan jelaskan langkah berikutnya.' }],
    },
    {
      code: 'Agen: Bapak hanya perlu menekan tombol reset.\n',
      errors: [{ messageId: 'word', line: 1, column: 13, endColumn: 18 }],
      output: 'Agen: Bapak perlu menekan tombol reset.\n',
    },
  ]),
});
