import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');
const ASK = 'Agen: Saya perlu mengecek pengaturan jaringan Bapak. Apakah Bapak bersedia menunggu kurang lebih dua menit?\n';
const THANKS = 'Agen: Terima kasih sudah menunggu, Pak.\n';

runRuleTests('announced-hold', {
  valid: id.valid([
    { code: `${ASK}Pelanggan: Iya, boleh.\n[tahan 2m]\n${THANKS}`, name: 'alasan, izin dan durasi dalam satu giliran' },
    {
      code: 'Agen: Izinkan saya mengecek tagihan Ibu terlebih dahulu.\nPelanggan: Silakan.\nAgen: Boleh saya minta waktunya sekitar 3 menit?\nPelanggan: Boleh.\n[tahan 3m]\nAgen: Mohon maaf telah menunggu lama, Bu.\n',
      name: '"boleh saya minta waktunya" dan "mohon maaf telah menunggu"',
    },
    {
      code: 'Agen: Karena saya perlu berkoordinasi dengan tim teknis, bisa ditunggu sebentar, kurang lebih satu menit?\n[tahan 1m]\nAgen: Terima kasih atas kesabarannya.\n',
      name: 'imbuhan di-: "bisa ditunggu"',
    },
    {
      code: 'Agen: Saya perlu menjalankan tes jaringan, kira-kira lima menit. Apakah Bapak bersedia menunggu? Setiap dua menit saya akan memberi kabar.\n[tahan 5m]\nAgen: Terima kasih telah menunggu.\n',
      name: 'penahanan lama dengan janji memberi kabar',
    },
    {
      code: 'Pelanggan: Bisa tunggu sebentar? Ada tamu.\nAgen: Silakan, Pak.\n' + `${ASK}[tahan 2m]\n${THANKS}`,
      name: 'pertanyaan pelanggan tidak dihitung',
    },
  ]),
  invalid: id.invalid([
    {
      code: 'Agen: Sebentar ya.\n[tahan]\nAgen: Oke.\n',
      errors: [
        { messageId: 'noReason', line: 2, column: 1, endColumn: 8 },
        { messageId: 'noPermission', line: 2, column: 1 },
        { messageId: 'noDuration', line: 2, column: 1 },
        { messageId: 'noThanks', line: 2, column: 1 },
      ],
      name: '"sebentar ya" bukan pengumuman',
    },
    {
      code: 'Agen: Saya perlu mengecek akun Bapak. Mohon ditunggu.\n[tahan]\nAgen: Terima kasih sudah menunggu.\n',
      errors: [
        { messageId: 'noPermission', line: 2, column: 1 },
        { messageId: 'noDuration', line: 2, column: 1 },
      ],
      name: '"mohon ditunggu" meminta, bukan menanyakan izin',
    },
    {
      code: `${ASK}[tahan 2m]\nAgen: Baik, sudah saya lihat.\n`,
      errors: [{ messageId: 'noThanks', line: 2, column: 1 }],
      name: 'tidak berterima kasih setelah penahanan',
    },
    {
      code: 'Agen: Saya perlu menjalankan tes jaringan. Apakah Bapak bersedia menunggu setengah jam?\n[tahan]\nAgen: Terima kasih sudah menunggu.\n',
      locale: 'id',
      errors: [{ messageId: 'noCheckBack', line: 2, column: 1, message: 'Penahanan 30 menit lebih lama dari 3 menit: tawarkan untuk kembali memberi kabar atau menelepon balik.' }],
      name: 'setengah jam tanpa janji memberi kabar (pesan bahasa Indonesia)',
    },
  ]),
});
