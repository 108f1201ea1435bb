import { runRuleTests } from '../../helpers/ruleTester';
import { inLanguage } from './lang';

const tr = inLanguage('tr');
const ASK = 'Temsilci: Hattınızın ayarlarını kontrol etmem gerekiyor. Sizi yaklaşık iki dakika bekletebilir miyim?\n';
const THANKS = 'Temsilci: Beklediğiniz için teşekkür ederim.\n';

runRuleTests('announced-hold', {
  valid: tr.valid([
    { code: `${ASK}Müşteri: Tabii.\n[beklet 2m]\n${THANKS}`, name: 'neden, izin ve süre tek konuşmada' },
    {
      code: 'Temsilci: Faturanıza bakmam lazım.\nMüşteri: Peki.\nTemsilci: Sizi bir iki dakika beklemeye alabilir miyim?\nMüşteri: Olur.\n[beklet]\nTemsilci: Beklettiğim için özür dilerim, sorunu buldum.\n',
      name: '"beklemeye alabilir miyim" ve "beklettiğim için özür dilerim"',
    },
    {
      code: 'Temsilci: Bölgenizdeki arızayı kontrol etmek için 2 dk hatta bekleyebilir misiniz?\n[beklet 2m]\nTemsilci: Sabrınız için teşekkürler.\n',
      name: 'rakamla süre ve "bekleyebilir misiniz"',
    },
    {
      code: 'TEMSİLCİ: HESABINIZI KONTROL ETMEM GEREKİYOR. SİZİ İKİ DAKİKA BEKLETEBİLİR MİYİM?\n[beklet 2m]\nTEMSİLCİ: BEKLEDİĞİNİZ İÇİN TEŞEKKÜR EDERİM.\n',
      name: 'büyük harfle yazılmış Türkçe: İ ve I doğru eşleşiyor',
    },
    {
      code: 'Temsilci: Hat testi yapmam gerekiyor, yaklaşık beş dakika sürecek. Sizi beklemeye alabilir miyim? İki dakikada bir size bilgi vereceğim.\n[beklet 5m]\nTemsilci: Beklediğiniz için teşekkür ederim.\n',
      name: 'uzun bekletmede ara ara bilgi verme sözü',
    },
    {
      code: 'Müşteri: Bir saniye bekler misiniz? Kapı çalıyor.\nTemsilci: Tabii, acele etmeyin.\n' + `${ASK}[beklet 2m]\n${THANKS}`,
      name: 'müşterinin sorusu sayılmaz, temsilcininki sayılır',
    },
  ]),
  invalid: tr.invalid([
    {
      code: 'Temsilci: Hemen bakıyorum.\n[beklet]\nTemsilci: Tamam.\n',
      errors: [
        { messageId: 'noReason', line: 2, column: 1, endColumn: 9 },
        { messageId: 'noPermission', line: 2, column: 1 },
        { messageId: 'noDuration', line: 2, column: 1 },
        { messageId: 'noThanks', line: 2, column: 1 },
      ],
      name: '"hemen bakıyorum" bir duyuru değildir',
    },
    {
      code: 'Temsilci: Hesabınızı kontrol etmem gerekiyor, sizi beklemeye alıyorum.\n[beklet]\nTemsilci: Beklediğiniz için teşekkürler.\n',
      errors: [
        { messageId: 'noPermission', line: 2, column: 1 },
        { messageId: 'noDuration', line: 2, column: 1 },
      ],
      name: '"beklemeye alıyorum" izin istemiyor',
    },
    {
      code: `${ASK}[beklet 2m]\nTemsilci: Evet, şimdi görüyorum.\n`,
      errors: [{ messageId: 'noThanks', line: 2, column: 1 }],
      name: 'bekletmeden sonra teşekkür yok',
    },
    {
      code: 'Temsilci: Hat testi yapmam gerekiyor. Sizi on dakika bekletebilir miyim?\n[beklet]\nTemsilci: Beklediğiniz için teşekkür ederim.\n',
      locale: 'tr',
      errors: [{ messageId: 'noCheckBack', line: 2, column: 1, message: '10 dakikalık bekletme 3 dakikadan uzun: ara ara bilgi vermeyi ya da geri aramayı teklif edin.' }],
      name: 'on dakika, geri dönüş sözü yok (Türkçe mesaj)',
    },
  ]),
});
