// Which language a file is written in: front matter `lang`, else the config's
// `language`, else detection from the text among the supported languages, else English.
//
// Detection has to work on a five-turn script, so it counts every signal a short text
// gives: frequent words (packs/<lang>/detection.json, no word in two lists), letters only
// one language uses, and word endings typical of one language. English technical words
// in a Spanish, Turkish or Indonesian script ("router", "reset", "Wi-Fi") are in no list,
// so they do not pull the text towards English.
import type { ParsedDoc } from '../model';
import { allPacks, isSupportedLang } from '../packs';
import { fold } from './fold';

const SAMPLE = 6000;
let wordSets: Map<string, Set<string>> | null = null;

function sets(): Map<string, Set<string>> {
  if (!wordSets) {
    wordSets = new Map();
    for (const p of allPacks()) wordSets.set(p.lang, new Set(p.detection.map((w) => bare(fold(w)))));
  }
  return wordSets;
}

// Letters only one of the supported languages uses (counted on NFC text).
const LETTERS: [string, RegExp][] = [
  ['tr', /[ğışİĞŞçöüÇÖÜ]/g],
  ['es', /[ñÑ¿¡áéíóúÁÉÍÓÚ]/g],
];

// Word endings (of folded words) that point to one language.
const ENDINGS: [string, RegExp][] = [
  ['tr', /^\p{L}{2,}(?:iyor|uyor|yor)(?:um|sun|uz|sunuz|lar|du|mus)?$|^\p{L}{2,}(?:iniz|unuz)(?:i|in|e|da|de|la|le)?$|^\p{L}+(?:miyim|misiniz|musunuz)$/u],
  ['es', /^\p{L}{2,}(?:cion|ciones|mente|amos|emos|imos|ando|iendo)$/u],
  ['id', /^\p{L}{3,}(?:nya|kan|lah)$/u],
  ['en', /^\p{L}+'(?:s|ll|re|ve|m|d|t)$/u],
];

function bare(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Detects the language of a text; null when too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).normalize('NFC');
  const words = bare(fold(sample)).replace(/’/g, "'").match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length < 3) return null;
  const scores = new Map<string, number>();
  const add = (lang: string, n: number) => scores.set(lang, (scores.get(lang) ?? 0) + n);
  const lists = sets();
  for (const lang of lists.keys()) add(lang, 0);
  for (const w of words) {
    let listed = false;
    for (const [lang, set] of lists) {
      if (set.has(w)) {
        add(lang, 1);
        listed = true;
      }
    }
    if (listed) continue;
    for (const [lang, re] of ENDINGS) if (re.test(w)) add(lang, 0.5);
  }
  for (const [lang, re] of LETTERS) add(lang, Math.min(sample.match(re)?.length ?? 0, 10) * 0.5);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2) return null;
  if (second && best[1] < second[1] * 1.25) return null;
  return best[0];
}

export interface LanguageChoice {
  lang: string;
  source: 'front-matter' | 'config' | 'detected' | 'default';
}

export function chooseLanguage(doc: ParsedDoc, configLanguage: string | undefined): LanguageChoice {
  const fm = doc.frontMatter?.data.lang;
  if (typeof fm === 'string' && fm.trim()) return { lang: fm.trim().toLowerCase().slice(0, 2), source: 'front-matter' };
  if (configLanguage) return { lang: configLanguage, source: 'config' };
  const detected = detectLanguage(speechSample(doc));
  if (detected && isSupportedLang(detected)) return { lang: detected, source: 'detected' };
  return { lang: 'en', source: 'default' };
}

function speechSample(doc: ParsedDoc): string {
  if (doc.kind === 'callscript') {
    const turns = doc.items.filter((i) => i.type === 'turn').map((t) => (t as { text: string }).text);
    if (turns.length) return turns.join('\n');
  }
  return doc.masked.slice(doc.bodyStart);
}
