// The Spanish, Turkish and Indonesian glossaries: big enough, and safe for the quick fix
// (a plain alternative never contains a term of its own glossary, so fixes settle).
import * as assert from 'assert';
import { fold } from '../../../server/src/engine/fold';
import { PhraseMatcher } from '../../../server/src/engine/phrases';
import { getPack } from '../../../server/src/packs';

for (const lang of ['es', 'tr', 'id']) {
  describe(`${lang} glossary`, () => {
    const pack = getPack(lang);
    const forms = (e: (typeof pack.jargon)[number]) => [e.term, ...(e.aliases ?? [])];

    it('has at least 100 entries, each with a plain alternative', () => {
      assert.ok(pack.jargon.length >= 100, `${pack.jargon.length} entries`);
      for (const e of pack.jargon) assert.ok(e.term.trim() && e.plain.trim(), JSON.stringify(e));
    });

    it('lists every form once', () => {
      const seen = new Map<string, string>();
      for (const e of pack.jargon) {
        for (const f of forms(e)) {
          const k = fold(f);
          assert.ok(!seen.has(k), `"${f}" in both "${seen.get(k)}" and "${e.term}"`);
          seen.set(k, e.term);
        }
      }
    });

    it('never offers a plain alternative that is itself jargon', () => {
      const insensitive = new PhraseMatcher(pack.jargon.filter((e) => !e.caseSensitive).flatMap(forms));
      const sensitive = pack.jargon.filter((e) => e.caseSensitive).flatMap(forms);
      for (const e of pack.jargon) {
        assert.deepStrictEqual(insensitive.match(e.plain).map((m) => m.text), [], `plain of "${e.term}"`);
        for (const s of sensitive) assert.ok(!new RegExp(`(?<![\\p{L}])${s}(?![\\p{L}])`, 'u').test(e.plain), `plain of "${e.term}" contains ${s}`);
      }
    });

    it('puts longer terms before the shorter terms they start with', () => {
      const order = pack.jargon.flatMap((e, i) => forms(e).map((f) => ({ f: fold(f).replace(/\*$/, ''), i })));
      for (const a of order) {
        for (const b of order) {
          if (a.i !== b.i && b.f.startsWith(a.f + ' ')) assert.ok(b.i < a.i, `"${b.f}" must come before "${a.f}"`);
        }
      }
    });

    it('allows only upper-case acronyms', () => {
      for (const a of pack.acronymAllow) assert.match(a, /^[A-Z0-9]+$/);
    });
  });
}

describe('Spanish glossary wording', () => {
  it('leaves the article to the sentence (the term it replaces has none)', () => {
    for (const e of getPack('es').jargon) assert.doesNotMatch(e.plain, /^(?:el|la|los|las) /, e.term);
  });
});
