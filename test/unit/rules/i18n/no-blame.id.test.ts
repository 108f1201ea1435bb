import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('no-blame', {
  valid: id.valid([
    { code: 'Agen: Teknisi sebelumnya sudah mengganti kabelnya.\n', name: 'fakta netral' },
    { code: 'Agen: Tim kami sudah memperbaiki jaringannya.\n' },
    { code: 'Agen: Bagian penagihan akan menghubungi Bapak besok.\n' },
    { code: 'Pelanggan: Teknisi tadi tidak becus!\nAgen: Mohon maaf atas ketidaknyamanannya, Pak.\n', name: 'ucapan pelanggan tidak diperiksa' },
  ]),
  invalid: id.invalid([
    { code: 'Agen: Teknisi sebelumnya memang tidak becus.\n', errors: [{ messageId: 'blame', line: 1, column: 7, endColumn: 44 }] },
    {
      code: 'Agen: Bagian penagihan itu payah.\n',
      locale: 'id',
      errors: [{ messageId: 'blame', line: 1, column: 7, message: '"Bagian penagihan itu payah" menjelekkan rekan kerja, tim, atau produk: tuliskan apa yang terjadi dan apa yang dilakukan, tanpa menghakimi.' }],
    },
    { code: 'Agen: Sistem kami selalu error.\n', errors: [{ messageId: 'blame', line: 1, column: 7, endColumn: 31 }] },
  ]),
});
