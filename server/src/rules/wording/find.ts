// Phrase finding shared by the wording rules (no-slang, no-minimizing, positive-tone,
// no-blame): longest phrase first, `keep` exceptions, placeholders ignored, and the
// small text edits their fixes need.
import { fold } from '../../engine/fold';
import { PhraseMatcher, type PhraseMatch } from '../../engine/phrases';

const PLACEHOLDER = /\{[^{}\n]*\}/g;

/** Placeholders blanked to spaces (same length), so `{customer}` never matches a phrase. */
export function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
}

/** Folded text of a segment with placeholders blanked: what the phrase rules search. */
export function searchable(text: string): string {
  return fold(maskPlaceholders(text));
}

interface Ordered {
  matcher: PhraseMatcher;
  /** Index in the sorted list -> index in the data list. */
  original: number[];
}

const ordered = new WeakMap<readonly string[], Ordered>();

// A regex alternation takes the first alternative that matches, not the longest, so
// longer phrases go first: "no worries at all" must win over "no worries".
function orderedMatcher(list: readonly string[]): Ordered {
  let o = ordered.get(list);
  if (!o) {
    const idx = list.map((_, i) => i).sort((a, b) => list[b].length - list[a].length || a - b);
    o = { matcher: new PhraseMatcher(idx.map((i) => list[i])), original: idx };
    ordered.set(list, o);
  }
  return o;
}

/** Matches of `list` in folded text; `index` points into `list`. */
const entryPhrases = new WeakMap<object, string[]>();

/** The phrases of a list of `{ phrase }` entries, built once per data object (matchers cache by list identity). */
export function phrasesOf(data: { entries: readonly { phrase: string }[] }): string[] {
  let list = entryPhrases.get(data);
  if (!list) entryPhrases.set(data, (list = data.entries.map((e) => e.phrase)));
  return list;
}

export function findAll(folded: string, list: readonly string[]): PhraseMatch[] {
  if (list.length === 0) return [];
  const o = orderedMatcher(list);
  return o.matcher.matchFolded(folded).map((m) => ({ ...m, index: o.original[m.index] }));
}

/** Spans of `keep` phrases: a finding that overlaps one is ordinary speech, not a problem. */
export function keepSpans(folded: string, keep: readonly string[] | undefined): [number, number][] {
  return keep && keep.length ? findAll(folded, keep).map((m) => [m.start, m.end]) : [];
}

export function overlapsAny(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([a, b]) => start < b && end > a);
}

// A line break alone is not a boundary (turns wrap onto continuation lines); a blank
// line or a list marker is.
const BREAK = String.raw`\n[ \t]*(?:[-*+]|\d{1,3}[.)])(?=[ \t])|\n[ \t]*\n`;
const SENTENCE_START = new RegExp(`(?:^|[.!?…:;,¿¡]|${BREAK})[ \\t\\n"'“‘(]*$`, 'u');

/** Whether `at` begins a sentence or clause: text start, after . ! ? : ; , or a list marker. */
export function startsClause(text: string, at: number): boolean {
  return SENTENCE_START.test(lookBehind(text, at));
}

/** Whether `at` begins a sentence (not merely a clause). */
export function startsSentence(text: string, at: number): boolean {
  return SENTENCE_ONLY_START.test(lookBehind(text, at));
}

const SENTENCE_ONLY_START = new RegExp(`(?:^|[.!?…¿¡]|${BREAK})[ \\t\\n"'“‘(]*$`, 'u');

// The text just before `at`; a leading "x" stands for the cut-off rest, so `^` in the
// patterns above means the real start of the text.
function lookBehind(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  return (from > 0 ? 'x' : '') + text.slice(from, at);
}

/**
 * `replacement` written the way `original` was: a capital first letter when the original
 * had one, except that an all-caps abbreviation ("ASAP") only gives a capital at the
 * start of a sentence.
 */
export function caseLike(original: string, replacement: string, sentenceStart: boolean): string {
  if (!replacement) return replacement;
  const allCaps = original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original);
  const capital = allCaps ? sentenceStart : /^\p{Lu}/u.test(original);
  return capital ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * The edit that deletes the word at [start, end) of `text` cleanly: with one adjacent
 * space (so no double space is left), with its comma when one follows, and with the next
 * word capitalised when the deleted word began the sentence ("Just restart it." ->
 * "Restart it."). Offsets are relative to `text`.
 */
export function removalEdit(text: string, start: number, end: number): { range: [number, number]; text: string } {
  const capital = /^\p{Lu}/u.test(text.slice(start, end));
  let s = start;
  let e = end;
  const next = text[e];
  if (next === ',' && text.slice(s - 2, s) === ', ') {
    // "It is, basically, a setting" -> "It is a setting"
    s -= 2;
    e += 1;
  } else {
    if (next === ',') e += 1;
    if (text[e] === ' ' || text[e] === '\t') e += 1;
    else if (text[s - 1] === ' ') {
      // Word before a full stop or line end: take the space before it instead.
      s -= 1;
      if (text[s - 1] === ',') s -= 1;
    }
  }
  if (capital && /^\p{Ll}/u.test(text[e] ?? '')) return { range: [s, e + 1], text: text[e].toUpperCase() };
  return { range: [s, e], text: '' };
}

/** Matched text quoted in a message: a phrase that wraps onto the next line reads as one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}
