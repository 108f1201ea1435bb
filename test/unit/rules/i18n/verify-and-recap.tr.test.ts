import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');

runRuleTests('verify-and-recap', {
  valid: tr.valid([
    {
      code: '## Kapanış\nTemsilci: Şimdi bir test sayfası yazdırabilir misiniz?\nTemsilci: Özetle, yazıcıyı yeniden çevrim içi yaptık.\nTemsilci: Size yardımcı olabileceğim başka bir konu var mı?\n[bitir]\n',
    },
    {
      code: '## Kapanış\nTemsilci: İnternete bağlanabiliyor musunuz?\nTemsilci: Modeminizi sıfırladık ve şifreyi güncelledik.\nTemsilci: Başka bir sorunuz var mı?\n[bitir]\n',
      name: '"-abiliyor musunuz" ile kontrol',
    },
    { code: '## Aktarma\nTemsilci: Sizi fatura ekibine bağlıyorum.\n[aktar fatura]\n', name: 'aktarma ile biten görüşme kontrol edilmez' },
  ]),
  invalid: tr.invalid([
    {
      code: '## Kapanış\nTemsilci: İyi günler dilerim.\n[bitir]\n',
      errors: [
        { messageId: 'verify', line: 1, column: 1, endColumn: 11 },
        { messageId: 'recap', line: 1, column: 1 },
        { messageId: 'offer', line: 1, column: 1 },
      ],
    },
    {
      code: '## Kapanış\nTemsilci: Modemi sıfırladık. İyi günler.\n[bitir]\n',
      locale: 'tr',
      errors: [
        { messageId: 'verify', line: 1, column: 1, message: 'Kapanışta çözümün işe yaradığı kontrol edilmiyor: müşteriden denemesini isteyin ("Şimdi bir test sayfası yazdırabilir misiniz?").' },
        { messageId: 'offer', line: 1, column: 1 },
      ],
    },
  ]),
});
