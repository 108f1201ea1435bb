// Sentence splitting for spoken and customer-facing text (sentence-length, no-blame).
// A sentence ends at . ! ? … (followed by a space or the end), but not after an
// abbreviation ("Mr.", "e.g."), inside a number ("1.5"), a URL or an email address
// (their dots are not followed by a space). Blank lines and list items also end one.
// Spanish ¿ and ¡ open a new sentence unless they follow a comma-like mark.
import { fold } from '../../engine/fold';
import { TextCache } from '../../engine/textCache';
import { packData } from '../../packs/ruleData';
import en from '../../packs/en/sentence-length.json';
import es from '../../packs/es/sentence-length.json';
import tr from '../../packs/tr/sentence-length.json';
import idLang from '../../packs/id/sentence-length.json';

export interface SentenceData {
  /** Abbreviations (folded, with their dots) that never end a sentence: "mr.", "e.g.". */
  abbreviations: string[];
  /** Abbreviations that end a sentence only when a capital letter follows: "etc.", "p.m.". */
  ambiguous: string[];
}

export interface Sentence {
  /** Offsets into the text, without surrounding whitespace or list markers. */
  start: number;
  end: number;
}

interface Cut {
  /** Where the sentence before the cut ends. */
  end: number;
  /** Where the text after the cut starts. */
  next: number;
}

const compiled = new WeakMap<SentenceData, { never: Set<string>; ambiguous: Set<string> }>();

function sets(data: SentenceData) {
  let s = compiled.get(data);
  if (!s) compiled.set(data, (s = { never: new Set(data.abbreviations.map(fold)), ambiguous: new Set(data.ambiguous.map(fold)) }));
  return s;
}

export function sentenceData(lang: string): SentenceData {
  return packData<SentenceData>(lang, { en, es, tr, id: idLang });
}

const END = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;
const BLANK_LINE = /\n[ \t]*\n\s*/g;
const LIST_ITEM = /(?:^|\n)[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/g;
const INVERTED = /[¿¡]/g;

// sentence-length and no-blame split the same segments, and scripts repeat their lines.
const splits = new WeakMap<SentenceData, TextCache<Sentence[]>>();

export function splitSentences(text: string, data: SentenceData): Sentence[] {
  let cache = splits.get(data);
  if (!cache) splits.set(data, (cache = new TextCache<Sentence[]>(4096, 1_000_000)));
  let found = cache.get(text);
  if (!found) cache.set(text, (found = split(text, data)));
  return found.map((x) => ({ ...x }));
}

function split(text: string, data: SentenceData): Sentence[] {
  const { never, ambiguous } = sets(data);
  const cuts: Cut[] = [];
  let m: RegExpExecArray | null;
  END.lastIndex = 0;
  while ((m = END.exec(text))) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && !/^\.{2,}/.test(m[0])) {
      const tokenStart = text.lastIndexOf(' ', m.index) + 1;
      const token = fold(text.slice(Math.max(tokenStart, text.lastIndexOf('\n', m.index) + 1), m.index + 1)).replace(/^["'“‘(\[]+/, '');
      if (never.has(token)) continue;
      if (ambiguous.has(token) && !/^\s*["'“‘(]*\p{Lu}/u.test(text.slice(stop))) continue;
    }
    cuts.push({ end: stop, next: stop });
  }
  for (const re of [BLANK_LINE, LIST_ITEM]) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) cuts.push({ end: m.index, next: m.index + m[0].length });
  }
  INVERTED.lastIndex = 0;
  while ((m = INVERTED.exec(text))) {
    const before = text.slice(0, m.index).trimEnd();
    if (before && !/[,;:(\-–—]$/.test(before)) cuts.push({ end: m.index, next: m.index });
  }
  cuts.sort((a, b) => a.end - b.end || a.next - b.next);

  const out: Sentence[] = [];
  let from = 0;
  const emit = (s: number, e: number) => {
    const piece = text.slice(s, e);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (/[\p{L}\p{N}]/u.test(trimmed)) out.push({ start: s + lead, end: s + lead + trimmed.length });
  };
  for (const c of cuts) {
    if (c.end < from) {
      from = Math.max(from, c.next);
      continue;
    }
    emit(from, c.end);
    from = Math.max(from, c.next);
  }
  emit(from, text.length);
  return out;
}

/** Words as a listener hears them: "{customer}", "Wi-Fi", "1.5" and "don't" count once each. */
export function countWords(sentence: string): number {
  let n = 0;
  for (const token of sentence.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}
