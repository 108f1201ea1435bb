import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');
const OPEN = 'Agen: Terima kasih telah menghubungi Acme, dengan Rina.\nPelanggan: Halo, tagihan saya bermasalah.\n';

runRuleTests('customer-name', {
  valid: id.valid([
    { code: `${OPEN}Agen: Baik, Pak Budi, saya cek dulu.\n` },
    { code: `${OPEN}Agen: Terima kasih, Ibu Sari.\n` },
    { code: `${OPEN}Agen: Terima kasih, bu Sari.\n`, name: 'sapaan huruf kecil di tengah kalimat' },
    { code: `${OPEN}Agen: Terima kasih, {pelanggan}.\n`, name: 'placeholder' },
  ]),
  invalid: id.invalid([
    {
      code: `${OPEN}Agen: Terima kasih, Bapak.\n`,
      errors: [{ messageId: 'never', line: 3, column: 1 }],
      name: '"Bapak" tanpa nama',
    },
    {
      code: `${OPEN}Agen: Mohon ditunggu, Kak.\n`,
      locale: 'id',
      errors: [{ messageId: 'never', line: 3, column: 1, message: 'Skrip ini tidak pernah menyapa pelanggan dengan namanya: ucapkan {pelanggan} setidaknya sekali, misalnya saat mengulang masalahnya.' }],
    },
  ]),
});
