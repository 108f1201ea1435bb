import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('transfer-consent', {
  valid: tr.valid([
    { code: 'Temsilci: Fatura ekibimiz bu konuda size yardımcı olabilir. Sizi onlara aktarabilir miyim? Durumunuzu ben anlatacağım, tekrar anlatmanıza gerek kalmayacak.\n[aktar fatura]\n' },
    {
      code: 'Temsilci: Teknik destek ekibimiz modem ayarlarınıza erişebildiği için bunu çözebilir.\nTemsilci: Sizi onlara bağlayabilir miyim? Notlarımı ileteceğim, baştan anlatmanıza gerek olmayacak.\n[aktar teknik]\n',
      name: 'iki konuşmada açıklama ve onay',
    },
    {
      code: 'Temsilci: İkinci seviye uzman arkadaşım bu konuyla ilgileniyor. Uygun mu? Durumunuzu ben aktaracağım.\n[aktar]\n',
    },
  ]),
  invalid: tr.invalid([
    {
      code: 'Temsilci: Sizi fatura birimine aktarıyorum.\n[aktar fatura]\n',
      errors: [
        { messageId: 'explanation', line: 2, column: 1, endColumn: 15 },
        { messageId: 'consent', line: 2, column: 1 },
        { messageId: 'warm', line: 2, column: 1, severity: 'info' },
      ],
      name: '"aktarıyorum" bir bildirim, izin değil',
    },
    {
      code: 'Temsilci: Teknik destek ekibimiz bunu çözebilir. Uygun mu?\n[aktar teknik]\n',
      locale: 'tr',
      errors: [{ messageId: 'warm', line: 2, column: 1, severity: 'info', message: 'Sıcak aktarmayı düşünün: iş arkadaşınızı bilgilendireceğinizi söyleyin ("Durumunuzu ben anlatacağım, tekrar etmenize gerek kalmayacak").' }],
    },
  ]),
});
