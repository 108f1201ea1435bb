import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('transfer-consent', {
  valid: id.valid([
    { code: 'Agen: Tim penagihan kami bisa mengubah tagihan Bapak. Boleh saya alihkan ke tim tersebut? Saya akan menjelaskan kasus Bapak sehingga tidak perlu mengulanginya.\n[alihkan penagihan]\n' },
    {
      code: 'Agen: Bagian teknis yang menangani gangguan jaringan di wilayah Ibu.\nAgen: Apakah Ibu bersedia saya sambungkan? Catatan saya akan saya teruskan, jadi Ibu tidak perlu menjelaskan lagi.\n[alihkan teknis]\n',
      name: 'penjelasan dan persetujuan di dua giliran',
    },
    {
      code: 'Agen: Rekan saya di level 2 punya akses ke pengaturan akun. Bagaimana, Pak, boleh saya hubungkan? Saya sampaikan kasus Bapak lebih dulu.\n[alihkan]\n',
    },
  ]),
  invalid: id.invalid([
    {
      code: 'Agen: Saya alihkan ke bagian penagihan ya.\n[alihkan penagihan]\n',
      errors: [
        { messageId: 'explanation', line: 2, column: 1, endColumn: 20 },
        { messageId: 'consent', line: 2, column: 1 },
        { messageId: 'warm', line: 2, column: 1, severity: 'info' },
      ],
    },
    {
      code: 'Agen: Bagian teknis yang menangani gangguan jaringan. Apakah Bapak bersedia saya sambungkan?\n[alihkan teknis]\n',
      locale: 'id',
      errors: [{ messageId: 'warm', line: 2, column: 1, severity: 'info', message: 'Pertimbangkan pengalihan hangat: janjikan untuk menjelaskan kasusnya kepada rekan Anda ("Saya akan menjelaskan kasus Bapak/Ibu sehingga tidak perlu mengulanginya").' }],
    },
  ]),
});
