import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');
const OPEN = 'Temsilci: Acme Destek, ben Can.\nMüşteri: Merhaba, faturamla ilgili bir sorun var.\n';

runRuleTests('customer-name', {
  valid: tr.valid([
    { code: `${OPEN}Temsilci: Teşekkürler Ayşe Hanım, hemen bakıyorum.\n`, name: 'addan sonra gelen unvan: Hanım' },
    { code: `${OPEN}Temsilci: Teşekkür ederim Mehmet Bey.\n`, name: 'Bey' },
    { code: `${OPEN}Temsilci: Teşekkürler Sayın Yılmaz.\n`, name: 'addan önce gelen unvan: Sayın' },
    { code: `${OPEN}Temsilci: Teşekkür ederim {müşteri} Bey.\n`, name: 'yer tutucu' },
  ]),
  invalid: tr.invalid([
    {
      code: `${OPEN}Temsilci: Teşekkür ederim efendim.\n`,
      errors: [{ messageId: 'never', line: 3, column: 1 }],
      name: '"efendim" bir ad değildir',
    },
    {
      code: `${OPEN}Temsilci: Hanımefendi, hemen bakıyorum.\n`,
      locale: 'tr',
      errors: [{ messageId: 'never', line: 3, column: 1, message: 'Senaryoda müşteriye hiç adıyla hitap edilmiyor: en az bir kez {musteri} deyin, örneğin sorunu özetlerken.' }],
      name: '"Hanımefendi" ad olmadan',
    },
  ]),
});
