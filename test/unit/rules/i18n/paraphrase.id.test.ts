import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');
const OPEN = 'Agen: Terima kasih telah menghubungi Acme, dengan Rina. Ada yang bisa saya bantu?\nPelanggan: Printer saya tidak bisa mencetak sejak pagi.\n';

runRuleTests('paraphrase', {
  valid: id.valid([
    { code: `${OPEN}Agen: Jika saya tidak salah tangkap, printernya tidak bisa mencetak sejak pagi, betul begitu?\nPelanggan: Betul.\nAgen: Apakah lampu printernya menyala?\n` },
    { code: `${OPEN}Agen: Jadi printernya tidak mencetak sejak pagi, ya?\nAgen: Coba restart printernya.\n`, name: '"jadi …, ya?"' },
    { code: `${OPEN}Agen: Boleh saya tahu nomor pelanggan Bapak?\n`, name: 'menanyakan nomor pelanggan bukan pertanyaan klarifikasi' },
    { code: `${OPEN}Agen: Mohon maaf atas ketidaknyamanannya. Apakah Bapak bersedia menunggu dua menit?\n` },
    { code: `${OPEN}Agen: Saya cek dulu ya, Pak.\n`, name: 'agen memeriksa sendiri, bukan instruksi' },
  ]),
  invalid: id.invalid([
    {
      code: `${OPEN}Agen: Apakah lampu printernya menyala?\n`,
      errors: [{ messageId: 'missing', line: 3, column: 7, endColumn: 39 }],
    },
    {
      code: `${OPEN}Agen: Silakan matikan printernya dulu, Pak.\n`,
      errors: [{ messageId: 'missing', line: 3, column: 7, endColumn: 44 }],
    },
    {
      code: `${OPEN}Agen: Baik, Pak, boleh dicabut kabelnya?\n`,
      locale: 'id',
      errors: [{ messageId: 'missing', line: 3, column: 7, message: 'Ulangi masalahnya dengan kata-kata Anda sendiri sebelum bertanya atau memberi instruksi: katakan dulu "Jika saya tidak salah tangkap, ... Betul begitu?".' }],
      name: 'imbuhan di-: "dicabut"; "kabelnya?" bukan "ya?"',
    },
  ]),
});
