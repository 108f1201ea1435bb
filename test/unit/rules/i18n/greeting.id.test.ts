import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');
const CUSTOMER = 'Pelanggan: Halo, internet saya mati.\n';

runRuleTests('greeting', {
  valid: id.valid([
    { code: `Agen: Selamat pagi, terima kasih telah menghubungi Acme, dengan Rina. Ada yang bisa saya bantu?\n${CUSTOMER}` },
    { code: `Agen: Terima kasih telah menghubungi {perusahaan}, dengan {agen}, ada yang bisa dibantu?\n${CUSTOMER}`, name: 'placeholder dan bentuk pasif "dibantu"' },
    { code: `Agen: Selamat siang, saya Budi dari Telkomsel. Apa yang bisa saya bantu?\n${CUSTOMER}` },
    { code: `Agen: Selamat sore, Acme Customer Service, dengan Dewi di sini. Ada yang bisa kami bantu?\n${CUSTOMER}` },
  ]),
  invalid: id.invalid([
    {
      code: `Agen: Halo, ada yang bisa saya bantu?\n${CUSTOMER}`,
      errors: [
        { messageId: 'name', line: 1, column: 1, endColumn: 38 },
        { messageId: 'company', line: 1, column: 1, endColumn: 38 },
      ],
    },
    {
      code: `Agen: Selamat datang di Acme. Dengan Bapak siapa saya berbicara?\n${CUSTOMER}`,
      locale: 'id',
      errors: [
        { messageId: 'name', line: 1, column: 1, message: 'Salam pembuka tidak menyebutkan siapa yang berbicara: perkenalkan diri dengan nama Anda ("dengan Rina").' },
        { messageId: 'helpOffer', line: 1, column: 1 },
      ],
      name: '"dengan Bapak" menyapa pelanggan, bukan nama agen',
    },
    {
      code: 'Pelanggan: Printer saya tidak bisa mencetak.\n',
      errors: [{ messageId: 'noAgentTurn', line: 1, column: 1 }],
      output: 'Agen: Terima kasih telah menghubungi {perusahaan}, dengan {agen}. Ada yang bisa saya bantu?\nPelanggan: Printer saya tidak bisa mencetak.\n',
    },
  ]),
});
