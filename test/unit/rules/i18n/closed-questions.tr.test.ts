import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');
const START =
  'Temsilci: Acme Destek, ben Can. Size nasıl yardımcı olabilirim?\nMüşteri: Yazıcı çıktı vermiyor.\n' +
  'Temsilci: Doğru anladıysam sabahtan beri hiç çıktı vermiyor, öyle mi?\nMüşteri: Evet.\n';

runRuleTests('closed-questions', {
  valid: tr.valid([
    { code: `${START}Temsilci: Sorun güncellemeden sonra mı başladı?\n` },
    { code: `${START}Temsilci: Ekranda hangi hata yazıyor?\n` },
    { code: `${START}Temsilci: Neden olmasın, bir de kabloyu kontrol edelim mi?\n`, name: '"neden olmasın" soru değil' },
    { code: `${START}Temsilci: Sorunun nedenini bulmaya çalışıyorum. Işık yanıyor mu?\n`, name: '"nedenini" sözcüğü "neden" sorusu değil' },
    { code: `${START}Temsilci: Yazıcı kablosu takılı mı?\n` },
  ]),
  invalid: tr.invalid([
    { code: `${START}Temsilci: Sizce bu neden oluyor?\n`, errors: [{ messageId: 'open', line: 5, column: 11, endColumn: 33 }], name: '"neden" cümlenin ortasında' },
    { code: `${START}Temsilci: Bana biraz anlatır mısınız, ne oldu?\n`, errors: [{ messageId: 'open', line: 5, column: 11, endColumn: 47 }] },
    {
      code: `${START}Temsilci: Hatayı tarif eder misiniz?\n`,
      locale: 'tr',
      errors: [{ messageId: 'open', line: 5, column: 11, message: 'Netleştirme bölümünde açık uçlu soru: müşterinin evet, hayır ya da tek bir bilgiyle yanıtlayabileceği bir şey sorun ("Sorun güncellemeden sonra mı başladı?").' }],
    },
  ]),
});
