import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');
const LONG =
  'Temsilci: Kaydınız 2. seviye destek ekibine iletildi ve yarın sabah saat onda sizi arayacaklar, bu arada modemi kapatmayın ve kablolara dokunmayın lütfen, teşekkürler efendim, iyi günler dilerim size.\n';

runRuleTests('sentence-length', {
  valid: tr.valid([
    { code: 'Temsilci: Kaydınız 2. seviye destek ekibine iletildi. Yarın sabah saat onda sizi arayacaklar.\n', name: '"2." sıra sayısı cümleyi bitirmez ama kısa cümleler sorun değil' },
    { code: 'Temsilci: Teknisyenimiz yarın gelecek. Lütfen modemi kapatmayın ve kablolara dokunmayın. Başka bir sorunuz var mı?\n' },
  ]),
  invalid: tr.invalid([
    {
      code: LONG,
      errors: [{ messageId: 'tooLong', line: 1, column: 11, endColumn: 201 }],
      name: '"2. seviye" cümleyi bölmez',
    },
    {
      code: LONG,
      locale: 'tr',
      errors: [{ messageId: 'tooLong', line: 1, column: 11, message: 'Bu cümle 27 kelime; telefonda 25 kelimeyi geçmeyin: ikiye bölün.' }],
    },
  ]),
});
