// Editor words (hover, quick-fix titles, rule descriptions) exist in every language with
// the same {placeholders} as the English ones.
import * as assert from 'assert';
import { ENGINE_RULES } from '../../../server/src/engine/lint';
import { ruleDescription, uiPack, uiText } from '../../../server/src/engine/uiText';
import { allRules } from '../../../server/src/rules';

const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('editor words by locale', () => {
  const en = uiPack('en')!;
  for (const locale of ['es', 'tr', 'id']) {
    it(`${locale} has every editor string with the same placeholders`, () => {
      const own = uiPack(locale)!;
      for (const [key, english] of Object.entries(en.strings)) {
        assert.ok(own.strings[key], `${locale}: ${key}`);
        assert.deepStrictEqual(names(own.strings[key]), names(english), `${locale}: ${key}`);
      }
      assert.deepStrictEqual(Object.keys(own.strings).filter((k) => !(k in en.strings)), []);
    });

    it(`${locale} describes every rule and engine diagnostic`, () => {
      const own = uiPack(locale)!;
      const ids = [...allRules().map((r) => r.meta.id), ...ENGINE_RULES.filter((id) => id !== 'config')];
      assert.deepStrictEqual(ids.filter((id) => !own.descriptions[id]), []);
    });
  }

  it('fills titles and falls back to English for other locales', () => {
    assert.strictEqual(uiText('es', 'fixReplace', { old: 'DNS', new: 'servicio' }), 'Sustituir «DNS» por «servicio»');
    assert.strictEqual(uiText('tr', 'disableLine', { rule: 'no-slang' }), 'Bu satırda no-slang kuralını kapat');
    assert.strictEqual(uiText('fr', 'fixAll'), 'Fix all supportlint problems');
    assert.strictEqual(ruleDescription('greeting', 'Open the call with your name, the company and an offer of help.', 'id'), 'Buka panggilan dengan nama Anda, nama perusahaan, dan tawaran bantuan.');
    assert.strictEqual(ruleDescription('greeting', 'Open the call with your name, the company and an offer of help.', 'en'), 'Open the call with your name, the company and an offer of help.');
    assert.strictEqual(ruleDescription('parse', undefined, 'en'), 'The file could not be read as a call script or ticket note at this point.');
  });
});
