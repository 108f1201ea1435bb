import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('honest-unknown', {
  valid: tr.valid([
    { code: 'Temsilci: Bilmiyorum ama hemen öğreneyim.\n' },
    { code: "Temsilci: Emin değilim.\nMüşteri: Hmm.\nTemsilci: Sizi yarın saat 10'da geri arayacağım.\n", name: 'saatli geri arama sözü bir sonraki konuşmada' },
    { code: 'Temsilci: Sizi doğru anladığımdan emin değilim, tekrar eder misiniz?\n', name: 'anlamadığını söylemek bilgi eksikliği değil' },
    { code: 'Temsilci: Emin değilim, bir arkadaşıma danışayım.\n' },
    { code: 'Temsilci: Bu bilgi bende yok, kontrol edip bugün içinde size dönüş yapacağım.\n' },
  ]),
  invalid: tr.invalid([
    {
      code: 'Temsilci: Şu an bilemiyorum.\nTemsilci: Sizi geri arayacağım.\n',
      errors: [{ messageId: 'noTime', line: 1, column: 11, endColumn: 28 }],
      name: 'geri arama sözü ama saat yok',
    },
    {
      code: 'Temsilci: Açıkçası bunu bilmiyorum.\n',
      locale: 'tr',
      errors: [{ messageId: 'noCommitment', line: 1, column: 25, message: '"bilmiyorum" dedikten sonra nasıl öğreneceğinizi söyleyin: bakın, bir iş arkadaşınıza sorun ya da belli bir saatte geri arayın ("Bir iş arkadaşıma danışayım").' }],
    },
  ]),
});
