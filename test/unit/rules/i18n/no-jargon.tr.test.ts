import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('no-jargon', {
  valid: tr.valid([
    { code: 'Temsilci: Modemi yeniden başlatalım.\n' },
    { code: 'Temsilci: TC kimlik numaranızı alabilir miyim?\n', name: 'yaygın kısaltmalar' },
    { code: 'Temsilci: İp kopmuş olabilir mi?\n', name: '"ip" (sicim) bir IP adresi değildir' },
    { code: "Temsilci: Size SMS ile bir kod gönderdim, KDV dahil tutar 200 TL.\n" },
    { code: '[Modemin DNS ayarlarını kontrol et.]\nTemsilci: Bağlantınızı kontrol ediyorum.\n', name: 'sahne notu müşteriye okunmaz' },
  ]),
  invalid: tr.invalid([
    {
      code: "Temsilci: Modeminizin DNS'ini değiştireceğiz.\n",
      errors: [{ messageId: 'jargon', line: 1, column: 23, endColumn: 26 }],
      name: 'kesme işaretiyle ek alan kısaltma',
    },
    {
      code: 'Temsilci: IP adresinizi öğrenebilir miyim?\n',
      locale: 'tr',
      errors: [{ messageId: 'jargon', line: 1, column: 11, endColumn: 24, message: '"IP adresinizi" teknik bir terim: yerine "ağ adresi" deyin.' }],
      name: 'ek almış terim (yıldızlı kalıp)',
    },
    {
      code: 'Temsilci: Hattınızda senkron sorunu var.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 22, endColumn: 29 }],
      output: 'Temsilci: Hattınızda modemin hatta bağlanması sorunu var.\n',
    },
    { code: 'Temsilci: XYZ hatası alıyor musunuz?\n', errors: [{ messageId: 'acronym', line: 1, column: 11, endColumn: 14 }] },
  ]),
});
