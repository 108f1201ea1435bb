// Matching works on folded text (case, accents, Turkish dotted and dotless i), also when
// accents are written as combining marks (NFD), and ranges still cover the original
// characters, marks included.
import * as assert from 'assert';
import { defaultConfig } from '../../../server/src/config/load';
import { fold } from '../../../server/src/engine/fold';
import { lint } from '../../../server/src/engine/lint';
import { PhraseMatcher } from '../../../server/src/engine/phrases';

const spans = (phrases: string[], text: string) => new PhraseMatcher(phrases).match(text).map((m) => [m.start, m.end]);

describe('folding and phrase matching across scripts', () => {
  it('keeps the length of decomposed text', () => {
    const nfd = 'Está en la sen\u0303al'.normalize('NFD');
    assert.strictEqual(fold(nfd).length, nfd.length);
  });

  it('matches a plain phrase written with combining accents and covers the marks', () => {
    const text = 'Ya esta\u0301 listo.';
    assert.deepStrictEqual(spans(['está listo'], text), [[3, 14]]);
    assert.strictEqual(text.slice(3, 14), 'esta\u0301 listo');
  });

  it('matches a regex phrase over decomposed text', () => {
    const text = 'La sen\u0303al es de\u0301bil.';
    assert.deepStrictEqual(spans(['/(?<![\\p{L}])senal es debil(?![\\p{L}])/'], text), [[3, 19]]);
  });

  it('matches suffixes after a decomposed letter', () => {
    assert.deepStrictEqual(spans(['beklet*'], 'Sizi beklettig\u0306im ic\u0327in'), [[5, 17]]);
  });

  it('matches Turkish dotted and dotless i in either case', () => {
    assert.deepStrictEqual(spans(['bekletebilir miyim'], 'SİZİ BEKLETEBİLİR MİYİM?'), [[5, 23]]);
    assert.deepStrictEqual(spans(['kapalı'], 'Modem KAPALI görünüyor.'), [[6, 12]]);
    assert.deepStrictEqual(spans(['iptal'], 'I\u0307ptal ettim.'), [[0, 6]]);
  });

  it('matches Spanish phrases with and without accents and inverted marks', () => {
    assert.deepStrictEqual(spans(['¿le importa esperar'], '¿Le importa esperar un momento?'), [[0, 19]]);
    assert.deepStrictEqual(spans(['cómo está'], 'Hola, ¿como esta usted?'), [[7, 16]]);
  });

  it('matches Indonesian words with affixes listed as phrases', () => {
    assert.deepStrictEqual(spans(['menunggu', 'ditunggu'], 'Mohon ditunggu, terima kasih sudah menunggu.'), [[6, 14], [35, 43]]);
  });

  it('reports a jargon term written in NFD at its original characters', () => {
    const text = '---\nlang: es\n---\nAgente: Revise la ma\u0301scara de subred, por favor.\n';
    const m = lint({ text, kind: 'callscript', config: defaultConfig('/tmp'), onlyRules: ['no-jargon'] }).messages.filter((x) => x.ruleId === 'no-jargon');
    assert.strictEqual(m.length, 1);
    assert.strictEqual(text.slice(m[0].span.start, m[0].span.end), 'ma\u0301scara de subred');
    assert.strictEqual(m[0].fix?.text, 'configuración del rango de la red');
  });

  it('finds open questions and instructions in decomposed text, at the same ranges as in composed text', () => {
    const config = { ...defaultConfig('/tmp'), language: 'es' };
    const script =
      'Agente: Gracias por llamar a Acme, le atiende Lucía. ¿En qué puedo ayudarle?\nCliente: No imprime.\n' +
      'Agente: Déjeme ver si lo he entendido: no imprime nada desde esta mañana, ¿es así?\nCliente: Sí.\nAgente: ¿Por qué cree que ha pasado?\n';
    const run = (text: string) =>
      lint({ text, kind: 'callscript', config, onlyRules: ['closed-questions'] }).messages.map((m) => [m.span.start, m.span.end, m.data?.messageId]);
    const nfd = script.normalize('NFD');
    assert.notStrictEqual(nfd.length, script.length);
    const composed = run(script);
    assert.strictEqual(composed.length, 1);
    const decomposed = run(nfd);
    assert.strictEqual(decomposed.length, 1);
    const [start, end] = decomposed[0] as [number, number];
    assert.strictEqual(nfd.slice(start, end).normalize('NFC'), '¿Por qué cree que ha pasado?');
  });

  it('recognises a Turkish instruction typed with decomposed letters', () => {
    const config = { ...defaultConfig('/tmp'), language: 'tr' };
    const text = ('Temsilci: Acme Destek, ben Can. Size nasıl yardımcı olabilirim?\nMüşteri: Yazıcı çalışmıyor.\n' + 'Temsilci: Lütfen yazıcıyı kapatıp açın.\n').normalize('NFD');
    const m = lint({ text, kind: 'callscript', config, onlyRules: ['paraphrase'] }).messages;
    assert.deepStrictEqual(m.map((x) => [x.line + 1, x.data?.messageId]), [[3, 'missing']]);
    assert.strictEqual(text.slice(m[0].span.start, m[0].span.end).normalize('NFC'), 'Lütfen yazıcıyı kapatıp açın.');
  });
});
