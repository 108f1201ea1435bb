import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('positive-tone', {
  valid: tr.valid([
    { code: 'Temsilci: Anlamadığınız bir yer olursa lütfen sorun.\n' },
    { code: 'Temsilci: Hemen kontrol ediyorum, birlikte çözeceğiz.\n' },
    { code: 'Temsilci: Modemi kapatmanız gerekecek, ardından açacağız.\n', name: 'ileriye dönük talimat suçlama değildir' },
    { code: 'Temsilci: Bunun can sıkıcı olduğunu anlıyorum.\n' },
  ]),
  invalid: tr.invalid([
    {
      code: 'Temsilci: Modemi kapatmamalıydınız.\n',
      errors: [{ messageId: 'negative', line: 1, column: 18, endColumn: 35 }],
      name: '"-malıydınız" eki',
    },
    {
      code: 'Temsilci: Sakin olun lütfen.\n',
      locale: 'tr',
      errors: [{ messageId: 'negative', line: 1, column: 11, message: '"Sakin olun" müşteriye suçlama ya da nasihat gibi gelebilir: olumlu söyleyin, örneğin "Bunun can sıkıcı olduğunu anlıyorum; size yardımcı olmak için buradayım."' }],
    },
    { code: 'Temsilci: Dediğim gibi, sorun modemde.\n', errors: [{ messageId: 'negative', line: 1, column: 11, endColumn: 23 }] },
    { code: 'Temsilci: Neden aramadınız?\n', errors: [{ messageId: 'negative', line: 1, column: 11, endColumn: 27 }] },
  ]),
});
