import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('no-blame', {
  valid: tr.valid([
    { code: 'Temsilci: Önceki teknisyen şifrenizi sıfırlamış.\n', name: 'nötr bir bilgi' },
    { code: 'Temsilci: Arkadaşımız kaydınızı açmış, ama sorun devam ediyor.\n' },
    { code: 'Temsilci: Fatura ekibimiz yarın sizi arayacak.\n' },
    { code: 'Müşteri: Önceki teknisyen tam bir beceriksizdi!\nTemsilci: Yaşadığınız sorun için çok üzgünüm.\n', name: 'müşterinin sözleri kontrol edilmez' },
  ]),
  invalid: tr.invalid([
    { code: 'Temsilci: Önceki teknisyen tam bir beceriksiz.\n', errors: [{ messageId: 'blame', line: 1, column: 11, endColumn: 46 }] },
    {
      code: 'Temsilci: Fatura ekibi yine batırmış.\n',
      locale: 'tr',
      errors: [{ messageId: 'blame', line: 1, column: 11, message: '"Fatura ekibi yine batırmış" bir iş arkadaşını, ekibi ya da ürünü kötülüyor: yargılamadan ne olduğunu ve ne yapıldığını yazın.' }],
    },
    { code: 'Temsilci: Sistemimiz hep bozuluyor.\n', errors: [{ messageId: 'blame', line: 1, column: 11, endColumn: 35 }] },
  ]),
});
