// Case notes get forwarded, quoted in complaints and read out in audits: an insult or a
// help-desk code for "the customer is the problem" must never be written down.
import { fold } from '../engine/fold';
import { PhraseMatcher, type PhraseMatch } from '../engine/phrases';
import { SUPPORTED_LANGS } from '../packs';
import en from '../packs/en/respectful-notes.json';
import es from '../packs/es/respectful-notes.json';
import tr from '../packs/tr/respectful-notes.json';
import idLang from '../packs/id/respectful-notes.json';
import type { Rule } from './types';

type Category = 'insult' | 'code' | 'belittling';
type Entry = string | { phrase: string; ownLanguageOnly?: boolean };

/** Shape of packs/<lang>/respectful-notes.json. */
interface RespectData {
  insult: Entry[];
  code: Entry[];
  belittling: Entry[];
  /** Look-alikes that stay quiet: technical terms, self-criticism, negations. */
  exceptions: string[];
}

const DATA: Record<string, RespectData> = { en, es, tr, id: idLang } as Record<string, RespectData>;
const CATEGORIES: Category[] = ['insult', 'code', 'belittling'];

interface Lexicon {
  words: PhraseMatcher;
  categories: Category[];
  /** Per phrase: the only file language it is checked in, or null for every language. */
  onlyIn: (string | null)[];
  /** Per phrase: English words are never written with accents ("Morón" is a town). */
  plainOnly: boolean[];
  exceptions: PhraseMatcher;
}

let lexicon: Lexicon | null = null;

// Every language's words are checked in every note, since teams mix languages; a word
// that is innocent in another supported language is marked ownLanguageOnly and is only
// checked in notes written in its language. One lexicon for all: compiling it is the
// expensive part.
function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const phrases: string[] = [];
  const categories: Category[] = [];
  const onlyIn: (string | null)[] = [];
  const plainOnly: boolean[] = [];
  const exceptions: string[] = [];
  for (const lang of SUPPORTED_LANGS) {
    const d = DATA[lang];
    for (const cat of CATEGORIES) {
      for (const e of d[cat]) {
        phrases.push(typeof e === 'string' ? e : e.phrase);
        categories.push(cat);
        onlyIn.push(typeof e !== 'string' && e.ownLanguageOnly ? lang : null);
        plainOnly.push(lang === 'en');
      }
    }
    exceptions.push(...d.exceptions);
  }
  lexicon = { words: new PhraseMatcher(phrases), categories, onlyIn, plainOnly, exceptions: new PhraseMatcher(exceptions) };
  return lexicon;
}

const rule: Rule = {
  meta: {
    id: 'respectful-notes',
    description: 'No insults or derogatory codes about the customer anywhere in a case note (stupid, idiot, PEBCAK, ID10T, "user error" as a label), in every supported language.',
    appliesTo: ['ticket'],
    scope: 'everywhere',
    defaultSeverity: 'error',
    options: {},
    fixable: false,
    needsLanguagePack: false,
    messages: {
      insult: '"{term}" is an insult: case notes can be read by the customer, so describe what happened, not the person.',
      code: '"{term}" is a derogatory code that blames the customer: write what happened instead, e.g. "the customer entered an old password".',
      belittling: '"{term}" belittles the customer: write what they need instead, e.g. "prefers step-by-step guidance".',
    },
  },
  check(ctx) {
    const lex = getLexicon();
    for (const seg of ctx.everywhere()) {
      const folded = fold(seg.text);
      const quiet = lex.exceptions.matchFolded(folded);
      for (const m of lex.words.matchFolded(folded)) {
        const only = lex.onlyIn[m.index];
        if ((only && only !== ctx.lang) || quiet.some((q) => covers(q, m))) continue;
        const term = seg.text.slice(m.start, m.end).replace(/\s+/g, ' ');
        if (lex.plainOnly[m.index] && ACCENTED.test(term)) continue;
        ctx.report({
          span: { start: seg.start + m.start, end: seg.start + m.end },
          messageId: lex.categories[m.index] ?? 'insult',
          data: { term },
        });
      }
    }
  },
};

const ACCENTED = /[\u00c0-\u024f]/u;

function covers(outer: PhraseMatch, inner: PhraseMatch): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export default rule;
