// Every rule message (and suggestion title) has a Spanish, Turkish and Indonesian
// template with the same {placeholders}, and the engine uses them by locale while rule
// ids stay the same.
import * as assert from 'assert';
import { defaultConfig } from '../../../server/src/config/load';
import { lint } from '../../../server/src/engine/lint';
import { getPack } from '../../../server/src/packs';
import { allRules } from '../../../server/src/rules';

const LOCALES = ['es', 'tr', 'id'] as const;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe('localized messages', () => {
  for (const locale of LOCALES) {
    describe(locale, () => {
      const messages = getPack(locale).messages ?? {};
      for (const rule of allRules()) {
        it(`translates every message of ${rule.meta.id} with the same placeholders`, () => {
          const own = messages[rule.meta.id] ?? {};
          for (const [id, english] of Object.entries(rule.meta.messages)) {
            const t = own[id];
            assert.ok(t, `${locale}: ${rule.meta.id}.${id} has no translation`);
            assert.deepStrictEqual(placeholders(t), placeholders(english), `${locale}: ${rule.meta.id}.${id} placeholders`);
            assert.notStrictEqual(t, english, `${locale}: ${rule.meta.id}.${id} is not translated`);
          }
        });
      }
      it('has no translations for messages that do not exist', () => {
        const ids = new Map(allRules().map((r) => [r.meta.id, r.meta.messages]));
        const orphans: string[] = [];
        for (const [ruleId, own] of Object.entries(messages)) {
          for (const id of Object.keys(own)) if (!ids.get(ruleId)?.[id]) orphans.push(`${ruleId}.${id}`);
        }
        assert.deepStrictEqual(orphans, []);
      });
    });
  }
});

describe('messages by locale', () => {
  const config = defaultConfig('/tmp');
  const script = '---\nlang: es\n---\nAgente: Un momento.\n[espera]\nAgente: Listo.\n';

  it('gives the same rule ids with messages in the requested language', () => {
    const en = lint({ text: script, kind: 'callscript', config, onlyRules: ['announced-hold'] }).messages;
    const es = lint({ text: script, kind: 'callscript', config, onlyRules: ['announced-hold'], locale: 'es' }).messages;
    assert.deepStrictEqual(
      es.map((m) => m.ruleId),
      en.map((m) => m.ruleId),
    );
    const reason = es.find((m) => m.data?.messageId === 'noReason');
    assert.strictEqual(reason?.message, 'Espera sin anunciar: explique al cliente por qué necesita ponerle en espera.');
    assert.strictEqual(en.find((m) => m.data?.messageId === 'noReason')?.message, 'Hold is not announced: tell the customer why you need to put them on hold.');
  });

  it('localizes suggestion titles', () => {
    const tr = lint({ text: script, kind: 'callscript', config, onlyRules: ['announced-hold'], locale: 'tr' }).messages;
    const titles = tr.flatMap((m) => (m.suggestions ?? []).map((s) => s.title));
    assert.ok(titles.includes('Bekletmeden önce bekletme duyurusu ekle'), titles.join(' | '));
    assert.ok(titles.includes('Bekletmeden sonra müşteriye teşekkür et'), titles.join(' | '));
  });

  it('fills titles that carry data', () => {
    const note = '---\ncase: CASE-1\nstatus: Pendin\nopened: 2026-11-20\n---\n## Síntoma\nNo imprime.\n';
    const id = lint({ text: note, kind: 'ticket', config, onlyRules: ['ticket-front-matter'], locale: 'id' }).messages;
    const titles = id.flatMap((m) => (m.suggestions ?? []).map((s) => s.title));
    assert.deepStrictEqual(titles, ['Ubah status menjadi "pending"']);
  });

  it('translates the English values a rule puts into its message', () => {
    const note = '---\ncase: CASE-1\nstatus: open\nopened: 2026-11-20\nlang: id\n---\n## Gejala\nPrinter tidak bisa mencetak.\n';
    const m = lint({ text: note, kind: 'ticket', config, onlyRules: ['ticket-sections'], locale: 'id' }).messages;
    assert.deepStrictEqual(
      m.map((x) => x.message),
      ['Setiap catatan kasus memerlukan bagian Langkah yang diambil: tambahkan `## Langkah yang diambil` dan tuliskan apa yang sudah Anda periksa dan coba, serta hasilnya.'],
    );
  });

  it('falls back to English for a locale without a pack', () => {
    const fr = lint({ text: script, kind: 'callscript', config, onlyRules: ['announced-hold'], locale: 'fr' }).messages;
    assert.strictEqual(fr.find((m) => m.data?.messageId === 'noReason')?.message, 'Hold is not announced: tell the customer why you need to put them on hold.');
  });

  it('says in the locale which rules a language without a pack skipped', () => {
    const fr = lint({ text: '---\nlang: fr\n---\nAgent: Bonjour.\n', kind: 'callscript', config, onlyRules: ['no-slang', 'greeting'], locale: 'tr' }).messages;
    assert.deepStrictEqual(fr.map((m) => m.message), ['"fr" için henüz dil paketi yok: şu kurallar atlandı: greeting, no-slang.']);
  });
});
