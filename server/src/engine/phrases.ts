// Phrase lists are data; this compiles them to one regular expression per list.
// Syntax of a phrase:
//   "put you on hold"     whole words, any whitespace between them, case/accent-insensitive
//   "beklet*"              `*` at the end of a word: the word may go on (suffixes)
//   "/\\b\\d+ ?min/"        between slashes: a regular expression over folded text
// Text in decomposed form ("e" + U+0301 instead of "é") keeps its combining marks after
// fold(), since fold() never changes the length. A matcher strips marks before matching
// and maps the offsets back, so ranges still cover the original characters, marks included.
import { fold } from './fold';
import { TextCache } from './textCache';

// Phrases run on folded text, where Latin letters of all four languages are plain a-z.
// Spelling "a word character" as ranges instead of \p{L}\p{N}\p{M} compiles many
// times faster in the large combined expressions; the ranges leave out Latin-1 and
// general punctuation (¿ ¡ « » ’ “ ” …) so those still break words.
const WORD = '[0-9A-Z_a-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff\\u2070-\\u2dff\\u3005-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe\\uff10-\\uffef]';
const NOT_BEFORE = `(?<!${WORD})`;
const NOT_AFTER = `(?!${WORD})`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source (for the `u` flag) of one phrase. */
export function phraseSource(phrase: string): string {
  if (phrase.length > 2 && phrase.startsWith('/') && phrase.endsWith('/')) return phrase.slice(1, -1);
  const f = fold(phrase.trim());
  const words = f.split(/\s+/).map((w) => {
    const open = w.endsWith('*');
    const core = open ? w.slice(0, -1) : w;
    return escape(core) + (open ? `${WORD}*` : '');
  });
  let src = words.join('\\s+');
  if (/^[\p{L}\p{N}_]/u.test(f)) src = NOT_BEFORE + src;
  if (/[\p{L}\p{N}_*]$/u.test(f)) src = src + NOT_AFTER;
  return src;
}

const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;

/** Text without combining marks, with the original offset of each remaining unit. */
export function withoutMarks(folded: string): { text: string; offsets: number[] } | null {
  if (!MARK.test(folded)) return null;
  const offsets: number[] = [];
  let text = '';
  let from = 0;
  MARKS.lastIndex = 0;
  let m: RegExpExecArray | null;
  const keep = (a: number, b: number) => {
    text += folded.slice(a, b);
    for (let i = a; i < b; i++) offsets.push(i);
  };
  while ((m = MARKS.exec(folded))) {
    keep(from, m.index);
    from = m.index + m[0].length;
  }
  keep(from, folded.length);
  return { text, offsets };
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the phrase in the list that matched. */
  index: number;
  text: string;
}

/** A phrase compiled on first use: building a `u`-flag expression with \p{L} classes costs
 * far more than running it, and most glossary entries never meet their first word. */
class Compiled {
  private compiled: RegExp | null = null;
  constructor(
    readonly index: number,
    readonly source: string,
  ) {}
  get re(): RegExp {
    return (this.compiled ??= new RegExp(this.source, 'uy'));
  }
}

interface Tokens {
  words: string[];
  starts: number[];
}

// Rules test many phrase lists against the same turn; cut each text into words once.
const tokenCache = new TextCache<Tokens>(16384, 4_000_000);

function tokensOf(text: string): Tokens {
  let t = tokenCache.get(text);
  if (t) return t;
  t = { words: [], starts: [] };
  // Runs of [\p{L}\p{N}_], scanned by hand: running a regex
  // once per word costs more than the scan over mostly ASCII text.
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordUnitAt(text, i);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < n && (w = wordUnitAt(text, i)));
    t.words.push(text.slice(start, i));
    t.starts.push(start);
  }
  tokenCache.set(text, t);
  return t;
}

const WORD_UNIT = /[\p{L}\p{N}_]/uy;

/** Length (1 or 2 UTF-16 units) of the word character at `i`, 0 when there is none. */
function wordUnitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x5f ? 1 : 0;
  // A lone low surrogate is not a code point the regex could start at.
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  WORD_UNIT.lastIndex = i;
  const m = WORD_UNIT.exec(text);
  return m ? m[0].length : 0;
}
const LEADING_TOKEN = /^[\p{L}\p{N}_]+/u;

/**
 * Long lists (a glossary has hundreds of entries) would make one alternation slow to
 * compile and to run, so plain phrases are indexed by their first word: the text is
 * cut into words once and only the phrases starting with each word are tried there.
 * Regex phrases and phrases whose first word is open (`word*`) go through one
 * combined expression. At one position the longest match wins.
 */
export class PhraseMatcher {
  private readonly byFirst = new Map<string, Compiled[]>();
  private readonly other: Compiled[] = [];
  private combinedCache: RegExp | null | undefined;

  constructor(readonly phrases: readonly string[]) {
    phrases.forEach((p, index) => {
      const c = new Compiled(index, phraseSource(p));
      const first = isRegexPhrase(p) ? null : plainFirstWord(p);
      if (first) {
        const list = this.byFirst.get(first);
        if (list) list.push(c);
        else this.byFirst.set(first, [c]);
      } else {
        this.other.push(c);
      }
    });
  }

  private get otherCombined(): RegExp | null {
    if (this.combinedCache === undefined) {
      this.combinedCache = this.other.length ? new RegExp(this.other.map((c) => `(?:${c.source})`).join('|'), 'gu') : null;
    }
    return this.combinedCache;
  }

  /** All non-overlapping matches in `folded` (text already passed through fold()). */
  matchFolded(folded: string): PhraseMatch[] {
    const bare = withoutMarks(folded);
    if (!bare) return this.matchBare(folded);
    // An end maps to the next kept unit, so marks after the last letter stay inside the match.
    const at = (i: number) => (i < bare.offsets.length ? bare.offsets[i] : folded.length);
    return this.matchBare(bare.text).map((m) => {
      const start = at(m.start);
      const end = at(m.end);
      return { start, end, index: m.index, text: folded.slice(start, end) };
    });
  }

  match(text: string): PhraseMatch[] {
    return this.matchFolded(fold(text));
  }

  test(text: string): boolean {
    return this.testFolded(fold(text));
  }

  testFolded(folded: string): boolean {
    const text = withoutMarks(folded)?.text ?? folded;
    const all = this.results.get(text);
    if (all) return all.length > 0;
    let hit = this.tests.get(text);
    if (hit === undefined) this.tests.set(text, (hit = this.search(text, true).length > 0));
    return hit;
  }

  // Scripts repeat their lines (the same check question in every section), and several
  // rules ask the same list about the same turn: keep each text's result. Callers get
  // copies, so nothing they do to a result reaches the cache.
  private readonly results = new TextCache<PhraseMatch[]>(4096, 1_000_000);
  private readonly tests = new TextCache<boolean>(4096, 1_000_000);

  private matchBare(text: string): PhraseMatch[] {
    let found = this.results.get(text);
    if (!found) this.results.set(text, (found = this.search(text, false)));
    return found.length ? found.map((m) => ({ ...m })) : [];
  }

  private search(text: string, firstOnly: boolean): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    if (this.byFirst.size) {
      const { words, starts } = tokensOf(text);
      for (let k = 0; k < words.length; k++) {
        const list = this.byFirst.get(words[k]);
        if (!list) continue;
        const at = starts[k];
        for (const c of list) {
          const re = c.re;
          re.lastIndex = at;
          const m = re.exec(text);
          if (m && m[0].length) {
            found.push({ start: at, end: at + m[0].length, index: c.index, text: m[0] });
            if (firstOnly) return found;
          }
        }
      }
    }
    if (this.otherCombined) {
      const re = this.otherCombined;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        found.push({ start: m.index, end: m.index + m[0].length, index: this.whichOther(text, m.index, m[0].length), text: m[0] });
        if (firstOnly) return found;
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    const out: PhraseMatch[] = [];
    let end = -1;
    for (const m of found) {
      if (m.start < end) continue;
      out.push(m);
      end = m.end;
    }
    return out;
  }

  private whichOther(text: string, at: number, len: number): number {
    let best = -1;
    for (const c of this.other) {
      c.re.lastIndex = at;
      const m = c.re.exec(text);
      if (m && m[0].length === len) return c.index;
      if (m && best < 0) best = c.index;
    }
    return best;
  }
}

function isRegexPhrase(p: string): boolean {
  return p.length > 2 && p.startsWith('/') && p.endsWith('/');
}

/** The folded first word of a plain phrase, when it is a closed word the text can be cut into. */
function plainFirstWord(p: string): string | null {
  const f = fold(p.trim());
  const m = LEADING_TOKEN.exec(f);
  if (!m) return null;
  const rest = f.slice(m[0].length);
  if (rest.startsWith('*')) return null;
  return m[0];
}

const cache = new WeakMap<readonly string[], PhraseMatcher>();

/** A matcher for a list, compiled once per list object. */
export function matcher(list: readonly string[]): PhraseMatcher {
  let m = cache.get(list);
  if (!m) {
    m = new PhraseMatcher(list);
    cache.set(list, m);
  }
  return m;
}
