import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const id = inLanguage('id');

runRuleTests('honest-unknown', {
  valid: id.valid([
    { code: 'Agen: Saya kurang tahu, Pak, izin saya cek dulu.\n' },
    { code: 'Agen: Saya belum bisa memastikan.\nAgen: Saya akan menghubungi Bapak kembali besok sebelum pukul 12.00.\n' },
    { code: 'Agen: Saya kurang yakin apakah Bapak sudah mencoba restart.\n', name: 'tidak tahu apa yang dilakukan pelanggan bukan tidak tahu jawabannya' },
    { code: 'Agen: Saya tidak yakin saya menangkap maksud Bapak, bisa diulang?\n' },
    { code: 'Agen: Saya tidak punya informasinya sekarang, tetapi akan saya tanyakan ke tim teknis dan kami kabari dalam 1x24 jam.\n', name: '"1x24 jam" adalah waktu' },
  ]),
  invalid: id.invalid([
    {
      code: 'Agen: Saya tidak tahu.\nAgen: Nanti saya kabari.\n',
      errors: [{ messageId: 'noTime', line: 1, column: 7, endColumn: 22 }],
      name: '"nanti" bukan waktu yang jelas',
    },
    {
      code: 'Agen: Wah, saya tidak tahu, Pak.\n',
      locale: 'id',
      errors: [{ messageId: 'noCommitment', line: 1, column: 12, message: 'Setelah "saya tidak tahu", katakan bagaimana Anda akan mencari tahu: memeriksanya, bertanya kepada rekan, atau menelepon balik pada jam tertentu ("Saya tanyakan dulu ke rekan saya").' }],
    },
  ]),
});
