import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('no-minimizing', {
  valid: tr.valid([
    { code: 'Temsilci: Bu sorun sadece bu modelde görülüyor.\n', name: '"sadece" nötr bir açıklamada' },
    { code: 'Temsilci: İşlem sadece iki dakika sürecek.\n', name: 'süre bildiren "sadece"' },
    { code: 'Temsilci: Sadece adınızı teyit etmem gerekiyor.\n' },
    { code: 'Temsilci: Kolay değil, biliyorum.\n', name: 'zorluğu kabul etmek' },
    { code: 'Temsilci: Modemi yeniden başlatın lütfen.\n' },
    { code: 'Temsilci: Bu ayar gözden kaçması kolay bir yerde.\n' },
  ]),
  invalid: tr.invalid([
    {
      code: 'Temsilci: Sadece modemi yeniden başlatın.\n',
      errors: [{ messageId: 'word', line: 1, column: 11, endColumn: 17 }],
      output: 'Temsilci: Modemi yeniden başlatın.\n',
      name: 'fiil sonda, aradaki kelimelerle',
    },
    {
      code: 'Temsilci: Arkadaki düğmeye basmanız yeterli.\n',
      errors: [{ messageId: 'phrase', line: 1, column: 28, endColumn: 44 }],
    },
    {
      code: 'Temsilci: Bu çok basit bir sorun.\n',
      locale: 'tr',
      errors: [{ messageId: 'phrase', line: 1, column: 14, message: '"çok basit" müşterinin sorununu önemsizmiş gibi gösteriyor: sorunu kabul edin ve bir sonraki adımı anlatın.' }],
    },
    {
      code: 'Temsilci: Yalnızca kabloyu çıkarıp tekrar takın.\n',
      errors: [{ messageId: 'word', line: 1, column: 11, endColumn: 19 }],
      output: 'Temsilci: Kabloyu çıkarıp tekrar takın.\n',
    },
  ]),
});
