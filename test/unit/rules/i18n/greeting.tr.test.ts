import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');
const CUSTOMER = 'Müşteri: Merhaba, internetim çalışmıyor.\n';

runRuleTests('greeting', {
  valid: tr.valid([
    { code: `Temsilci: Acme Müşteri Hizmetlerine hoş geldiniz, ben Ayşe. Size nasıl yardımcı olabilirim?\n${CUSTOMER}` },
    { code: `Temsilci: {şirket} Müşteri Hizmetlerine hoş geldiniz, ben {temsilci}. Size nasıl yardımcı olabilirim?\n${CUSTOMER}`, name: 'yer tutucularla' },
    { code: `Temsilci: Acme'yi aradığınız için teşekkür ederiz, adım Mehmet. Hangi konuda yardımcı olabilirim?\n${CUSTOMER}`, name: 'kesme işaretli ek: Acme\'yi' },
    { code: `Temsilci: İyi günler, Türk Telekom'a hoş geldiniz, Elif ile görüşüyorsunuz. Nasıl yardımcı olabilirim?\n${CUSTOMER}`, name: '"… ile görüşüyorsunuz" adı önce söyler' },
    { code: `Temsilci: {sirket}'e hoş geldiniz, ben {temsilci}, size nasıl yardımcı olabilirim?\n${CUSTOMER}`, name: 'yer tutucudan sonra gelen ek' },
    { code: `Temsilci: Acme Destek, iyi günler, ben Can. Buyurun, sizi dinliyorum.\n${CUSTOMER}`, name: '"buyurun" yardım teklifidir' },
  ]),
  invalid: tr.invalid([
    {
      code: `Temsilci: Merhaba, size nasıl yardımcı olabilirim?\n${CUSTOMER}`,
      errors: [
        { messageId: 'name', line: 1, column: 1, endColumn: 51 },
        { messageId: 'company', line: 1, column: 1, endColumn: 51 },
      ],
    },
    {
      code: `Temsilci: İyi günler, ben Ayşe.\n${CUSTOMER}`,
      locale: 'tr',
      errors: [
        { messageId: 'company', line: 1, column: 1, message: 'Karşılamada şirketin adı geçmiyor: müşteriye nereyi aradığını söyleyin ("Acme Destek\'i aradığınız için teşekkür ederiz").' },
        { messageId: 'helpOffer', line: 1, column: 1 },
      ],
    },
    {
      code: 'Müşteri: Yazıcım çalışmıyor.\n',
      errors: [{ messageId: 'noAgentTurn', line: 1, column: 1 }],
      output: 'Temsilci: {sirket} Müşteri Hizmetlerine hoş geldiniz, ben {temsilci}. Size nasıl yardımcı olabilirim?\nMüşteri: Yazıcım çalışmıyor.\n',
      name: 'düzeltme Türkçe karşılamayı Temsilci etiketiyle ekler',
    },
  ]),
});
