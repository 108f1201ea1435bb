import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('no-jargon', {
  valid: id.valid([
    { code: 'Agen: Silakan restart modemnya.\n', name: '"restart" sudah umum' },
    { code: 'Agen: Kode OTP sudah kami kirim lewat SMS.\n', name: 'singkatan yang umum di Indonesia' },
    { code: 'Agen: Nomor HP Bapak masih aktif?\n' },
    { code: 'Agen: Driver ojeknya sudah sampai, Bu?\n', name: '"driver" ojek bukan driver perangkat' },
    { code: 'Agen: Token listriknya sudah masuk?\n', name: '"token" listrik adalah kata sehari-hari' },
  ]),
  invalid: id.invalid([
    {
      code: 'Agen: Coba ganti DNS di router Bapak.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 18, endColumn: 21 }],
    },
    {
      code: 'Agen: Mohon direboot dulu modemnya.\n',
      locale: 'id',
      errors: [{ messageId: 'jargon', line: 1, column: 13, endColumn: 21, message: '"direboot" adalah istilah teknis: ucapkan "dinyalakan ulang" saja.' }],
      output: 'Agen: Mohon dinyalakan ulang dulu modemnya.\n',
      name: 'imbuhan di-',
    },
    {
      code: 'Agen: Redaman di kabel Bapak tinggi.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 7, endColumn: 14 }],
      output: 'Agen: Pelemahan sinyal di kabel Bapak tinggi.\n',
    },
    {
      code: 'Agen: Lampu LOS di modem menyala merah?\n',
      errors: [{ messageId: 'jargon', line: 1, column: 13, endColumn: 16 }],
    },
  ]),
});
