import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('no-slang', {
  valid: tr.valid([
    { code: 'Temsilci: Teşekkür ederim, hemen bakıyorum.\n' },
    { code: 'Temsilci: Bir dakika lütfen, kaydınızı açıyorum.\n' },
    { code: 'Temsilci: LAN kablosunu modemin arkasına takın.\n', name: '"LAN" argo değil' },
    { code: 'Temsilci: Ablanız da aynı hattı kullanıyor mu?\n', name: '"ablanız" bir akrabadır, hitap değil' },
    { code: 'Müşteri: Eyvallah hocam.\nTemsilci: Rica ederim Ahmet Bey.\n', name: 'müşterinin sözleri kontrol edilmez' },
  ]),
  invalid: tr.invalid([
    {
      code: 'Temsilci: Eyvallah, hemen bakıyorum.\n',
      errors: [{ messageId: 'informal', line: 1, column: 11, endColumn: 19 }],
      output: 'Temsilci: Teşekkür ederim, hemen bakıyorum.\n',
    },
    {
      code: 'Temsilci: Hocam, modemi bi kapatıp açar mısınız?\n',
      errors: [
        { messageId: 'informalHint', line: 1, column: 11, endColumn: 16 },
        { messageId: 'informal', line: 1, column: 25, endColumn: 27 },
      ],
      output: 'Temsilci: Hocam, modemi bir kapatıp açar mısınız?\n',
    },
    {
      code: 'Temsilci: Harbiden garip bir durum.\n',
      locale: 'tr',
      errors: [{ messageId: 'informal', line: 1, column: 11, message: '"Harbiden" müşteriyle konuşurken fazla laubali kaçıyor: yerine "gerçekten" deyin.' }],
    },
  ]),
});
