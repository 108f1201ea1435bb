import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');
const OPEN = 'Temsilci: Acme Destek, ben Can. Size nasıl yardımcı olabilirim?\nMüşteri: Sabahtan beri yazıcı çıktı vermiyor.\n';

runRuleTests('paraphrase', {
  valid: tr.valid([
    { code: `${OPEN}Temsilci: Doğru anladıysam sabahtan beri yazıcı hiç çıktı vermiyor, öyle mi?\nMüşteri: Evet.\nTemsilci: Yazıcının ışığı yanıyor mu?\n` },
    { code: `${OPEN}Temsilci: Anladığım kadarıyla yazıcı sabahtan beri çıktı vermiyor.\nTemsilci: Kabloyu çıkarıp tekrar takın.\n`, name: '"anladığım kadarıyla"' },
    { code: `${OPEN}Temsilci: Yani yazıcı sabahtan beri yazdırmıyor, değil mi?\nMüşteri: Aynen.\nTemsilci: Lütfen yazıcıyı kapatıp açın.\n`, name: '"yani …, değil mi?"' },
    { code: `${OPEN}Temsilci: Müşteri numaranızı alabilir miyim?\n`, name: 'kimlik sorusu netleştirme sorusu değildir' },
    { code: `${OPEN}Temsilci: Çok üzgünüm, sizi iki dakika bekletebilir miyim?\n`, name: 'bekletme izni netleştirme sorusu değildir' },
  ]),
  invalid: tr.invalid([
    {
      code: `${OPEN}Temsilci: Yazıcının ışığı yanıyor mu?\n`,
      errors: [{ messageId: 'missing', line: 3, column: 11, endColumn: 38 }],
    },
    {
      code: `${OPEN}Temsilci: Lütfen yazıcıyı kapatıp açın.\n`,
      errors: [{ messageId: 'missing', line: 3, column: 11, endColumn: 40 }],
      name: 'fiil sonda: talimat yine de tanınır',
    },
    {
      code: `${OPEN}Temsilci: Tamam, yazıcıyı yeniden başlatabilir misiniz?\n`,
      locale: 'tr',
      errors: [{ messageId: 'missing', line: 3, column: 11, message: 'Soru sormadan ya da talimat vermeden önce sorunu kendi cümlelerinizle özetleyin: önce "Doğru anladıysam ... Öyle mi?" deyin.' }],
    },
  ]),
});
