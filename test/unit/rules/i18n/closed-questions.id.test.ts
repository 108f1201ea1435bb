import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');
const START =
  'Agen: Terima kasih telah menghubungi Acme, dengan Rina. Ada yang bisa saya bantu?\nPelanggan: Printer saya tidak bisa mencetak.\n' +
  'Agen: Jika saya tidak salah tangkap, printernya tidak mencetak sejak pagi, betul?\nPelanggan: Betul.\n';

runRuleTests('closed-questions', {
  valid: id.valid([
    { code: `${START}Agen: Apakah masalahnya mulai setelah pembaruan?\n` },
    { code: `${START}Agen: Lampu apa yang menyala?\n` },
    { code: `${START}Agen: Kenapa tidak kita coba restart dulu?\n`, name: '"kenapa tidak kita coba" adalah ajakan' },
    { code: `${START}Agen: Kabelnya sudah terpasang, Pak?\n` },
  ]),
  invalid: id.invalid([
    { code: `${START}Agen: Kenapa Bapak pikir itu terjadi?\n`, errors: [{ messageId: 'open', line: 5, column: 7, endColumn: 38 }] },
    { code: `${START}Agen: Baik, Pak, coba ceritakan apa yang terjadi.\n`, errors: [{ messageId: 'open', line: 5, column: 7, endColumn: 50 }] },
    {
      code: `${START}Agen: Bisa dijelaskan pesan errornya?\n`,
      locale: 'id',
      errors: [{ messageId: 'open', line: 5, column: 7, message: 'Pertanyaan terbuka di bagian klarifikasi: tanyakan satu fakta yang bisa dijawab pelanggan dengan ya, tidak, atau satu keterangan ("Apakah masalahnya mulai setelah pembaruan?").' }],
    },
  ]),
});
