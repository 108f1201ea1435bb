// Language detection on short texts: a five-turn script in each language, with the
// English technical words agents mix in, falls to the right pack; unclear text gives
// the config language or English.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { chooseLanguage, detectLanguage } from '../../../server/src/engine/language';
import { parseDocument } from '../../../server/src/parse';

const script = (turns: string[]) => turns.join('\n') + '\n';
const detect = (text: string, config?: string) => chooseLanguage(parseDocument(text, 'callscript'), config);

const FIVE_TURNS: Record<string, string> = {
  en: script([
    'Agent: Thank you for calling Acme, this is Sam. How can I help you today?',
    'Customer: My router keeps dropping the Wi-Fi.',
    'Agent: Let me make sure I understand: the Wi-Fi drops several times a day?',
    'Customer: Yes.',
    'Agent: Could you restart the router for me?',
  ]),
  es: script([
    'Agente: Gracias por llamar a Acme, le atiende Lucía. ¿En qué puedo ayudarle?',
    'Cliente: El router se desconecta del WiFi cada rato.',
    'Agente: Déjeme ver si lo he entendido: ¿se corta varias veces al día?',
    'Cliente: Sí, desde el lunes.',
    'Agente: ¿Puede reiniciar el router, por favor?',
  ]),
  tr: script([
    'Temsilci: Acme’yi aradığınız için teşekkür ederim, ben Ayşe. Size nasıl yardımcı olabilirim?',
    'Müşteri: Modem sürekli WiFi bağlantısını kaybediyor.',
    'Temsilci: Doğru anladıysam bağlantı gün içinde birkaç kez kopuyor, öyle mi?',
    'Müşteri: Evet.',
    'Temsilci: Modemi yeniden başlatabilir misiniz?',
  ]),
  id: script([
    'Agen: Terima kasih telah menghubungi Acme, dengan Rina. Ada yang bisa saya bantu?',
    'Pelanggan: Router saya sering putus WiFi-nya.',
    'Agen: Jika saya tidak salah tangkap, WiFi-nya putus beberapa kali sehari?',
    'Pelanggan: Iya, sejak Senin.',
    'Agen: Bisa Bapak nyalakan ulang routernya?',
  ]),
};

describe('language detection', () => {
  for (const [lang, text] of Object.entries(FIVE_TURNS)) {
    it(`detects ${lang} in a five-turn script`, () => {
      assert.deepStrictEqual(detect(text), { lang, source: 'detected' });
    });
  }

  it('is not pulled to English by English technical words', () => {
    assert.strictEqual(detectLanguage('Reinicie el router y haga un reset del modem, luego revise el email y el password.'), 'es');
    assert.strictEqual(detectLanguage('Lütfen modemi reset edin, sonra email ve password ayarlarını kontrol edin.'), 'tr');
    assert.strictEqual(detectLanguage('Silakan reset modemnya, lalu cek email dan password di menu setting.'), 'id');
    assert.strictEqual(detectLanguage('Please reset the modem, then check the email and password settings.'), 'en');
  });

  it('detects one-sentence texts', () => {
    assert.strictEqual(detectLanguage('¿Me confirma su número de cliente, por favor?'), 'es');
    assert.strictEqual(detectLanguage('Müşteri numaranızı alabilir miyim?'), 'tr');
    assert.strictEqual(detectLanguage('Boleh saya minta nomor pelanggannya?'), 'id');
    assert.strictEqual(detectLanguage('Could I have your customer number, please?'), 'en');
  });

  it('detects Turkish typed without Turkish letters', () => {
    assert.strictEqual(detectLanguage('Tesekkur ederim, size nasil yardimci olabilirim? Sorun ne zamandir var?'), 'tr');
  });

  it('detects Spanish without accents or inverted marks', () => {
    assert.strictEqual(detectLanguage('Gracias por llamar, en que puedo ayudarle hoy? Me dice su numero de cliente?'), 'es');
  });

  it('reads text written with combining accents', () => {
    assert.strictEqual(detectLanguage('Gracias, ¿esta\u0301 usted en casa? La sen\u0303al llego\u0301 ayer.'), 'es');
  });

  it('gives up on text too short or mixed to tell', () => {
    assert.strictEqual(detectLanguage('Router reset.'), null);
    assert.strictEqual(detectLanguage('OK, WiFi, modem, DNS.'), null);
  });

  it('prefers front matter, then the config language, then detection, then English', () => {
    assert.deepStrictEqual(detect('---\nlang: tr\n---\n' + FIVE_TURNS.es), { lang: 'tr', source: 'front-matter' });
    assert.deepStrictEqual(detect(FIVE_TURNS.es, 'id'), { lang: 'id', source: 'config' });
    assert.deepStrictEqual(detect('Agent: Router reset.\n'), { lang: 'en', source: 'default' });
  });

  it('detects the language of every bundled example once its lang: line is removed', () => {
    const root = path.resolve(__dirname, '../../../../examples');
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const wrong: string[] = [];
    for (const [lang, dirs] of [['en', ['scripts', 'tickets']], ['es', ['es']], ['tr', ['tr']], ['id', ['id']]] as const) {
      for (const file of dirs.flatMap((d) => walk(path.join(root, d)))) {
        const text = fs.readFileSync(file, 'utf8').replace(/^lang: \w+\n/m, '');
        const got = chooseLanguage(parseDocument(text, file.endsWith('.ticket') ? 'ticket' : 'callscript'), undefined).lang;
        if (got !== lang) wrong.push(`${path.relative(root, file)}: ${got}`);
      }
    }
    assert.deepStrictEqual(wrong, []);
  });
});
