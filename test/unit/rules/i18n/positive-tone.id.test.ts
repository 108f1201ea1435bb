import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('positive-tone', {
  valid: id.valid([
    { code: 'Agen: Bapak tenang saja, datanya aman.\n', name: '"tenang saja" menenangkan, bukan menegur' },
    { code: 'Agen: Maaf, sepertinya Bapak salah sambung.\n', name: '"salah sambung" bukan menyalahkan' },
    { code: 'Agen: Seharusnya sudah bisa sekarang, Pak.\n', name: '"seharusnya" tentang perangkat, bukan pelanggan' },
    { code: 'Agen: Jika ada yang kurang jelas, silakan ditanyakan.\n' },
  ]),
  invalid: id.invalid([
    { code: 'Agen: Seharusnya Bapak menelepon kami dulu.\n', errors: [{ messageId: 'negative', line: 1, column: 7, endColumn: 33 }] },
    {
      code: 'Agen: Tenang dulu, Pak.\n',
      locale: 'id',
      errors: [{ messageId: 'negative', line: 1, column: 7, message: '"Tenang dulu" bisa terdengar menyalahkan atau menggurui pelanggan: sampaikan dengan positif, misalnya "Saya mengerti ini membuat kesal, dan saya di sini untuk membantu."' }],
    },
    { code: 'Agen: Kan sudah saya bilang, modemnya harus direstart.\n', errors: [{ messageId: 'negative', line: 1, column: 7, endColumn: 28 }] },
    { code: 'Agen: Itu bukan urusan saya.\n', errors: [{ messageId: 'negative', line: 1, column: 11, endColumn: 28 }] },
  ]),
});
