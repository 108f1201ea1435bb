// Phrase lists are data; this compiles them to one regular expression per list.
// Syntax of a phrase:
//   "put you on hold"     whole words, any whitespace between them, case/accent-insensitive
//   "beklet*"              `*` at the end of a word: the word may go on (suffixes)
//   "/\\b\\d+ ?min/"        between slashes: a regular expression over folded text
import { fold } from './fold';

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
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
    return escape(core).replace(/'/g, "'") + (open ? `${WORD}*` : '');
  });
  let src = words.join('\\s+');
  if (/^[\p{L}\p{N}_]/u.test(f)) src = NOT_BEFORE + src;
  if (/[\p{L}\p{N}_*]$/u.test(f)) src = src + NOT_AFTER;
  return src;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** Index of the phrase in the list that matched. */
  index: number;
  text: string;
}

export class PhraseMatcher {
  private readonly combined: RegExp | null;
  private readonly singles: RegExp[];
  constructor(readonly phrases: readonly string[]) {
    const sources = phrases.map(phraseSource);
    this.singles = sources.map((s) => new RegExp(s, 'uy'));
    this.combined = sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu') : null;
  }

  /** All non-overlapping matches in `folded` (text already passed through fold()). */
  matchFolded(folded: string): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    if (!this.combined) return out;
    const re = this.combined;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, index: this.whichMatched(folded, m.index, m[0].length), text: m[0] });
    }
    return out;
  }

  match(text: string): PhraseMatch[] {
    return this.matchFolded(fold(text));
  }

  test(text: string): boolean {
    return this.testFolded(fold(text));
  }

  testFolded(folded: string): boolean {
    if (!this.combined) return false;
    this.combined.lastIndex = 0;
    return this.combined.test(folded);
  }

  private whichMatched(folded: string, at: number, len: number): number {
    let best = -1;
    for (let i = 0; i < this.singles.length; i++) {
      const r = this.singles[i];
      r.lastIndex = at;
      const m = r.exec(folded);
      if (m && m[0].length === len) return i;
      if (m && best < 0) best = i;
    }
    return best;
  }
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
