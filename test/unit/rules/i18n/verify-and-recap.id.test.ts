import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('verify-and-recap', {
  valid: id.valid([
    {
      code: '## Penutup\nAgen: Bisa Bapak coba cetak halaman uji sekarang?\nAgen: Jadi, tadi kita sudah mengaktifkan kembali printernya.\nAgen: Apakah ada lagi yang bisa saya bantu?\n[selesai]\n',
    },
    {
      code: '## Penutup\nAgen: Apakah internetnya sudah normal, Bu?\nAgen: Kami sudah mengganti pengaturan modemnya.\nAgen: Ada hal lain yang bisa kami bantu?\n[selesai]\n',
    },
    { code: '## Pengalihan\nAgen: Saya sambungkan ke bagian penagihan.\n[alihkan penagihan]\n', name: 'panggilan yang berakhir dengan pengalihan tidak diperiksa' },
  ]),
  invalid: id.invalid([
    {
      code: '## Penutup\nAgen: Terima kasih, selamat siang.\n[selesai]\n',
      errors: [
        { messageId: 'verify', line: 1, column: 1, endColumn: 11 },
        { messageId: 'recap', line: 1, column: 1 },
        { messageId: 'offer', line: 1, column: 1 },
      ],
    },
    {
      code: '## Penutup\nAgen: Apakah internetnya sudah normal?\nAgen: Terima kasih.\n[selesai]\n',
      locale: 'id',
      errors: [
        { messageId: 'recap', line: 1, column: 1, message: 'Penutup tidak merangkum apa yang sudah dilakukan: rangkum dalam satu kalimat ("Jadi, tadi kita sudah mengaktifkan kembali printernya").' },
        { messageId: 'offer', line: 1, column: 1 },
      ],
    },
  ]),
});
