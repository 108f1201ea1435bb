// Which language a file is written in: front matter `lang`, else the config's
// `language`, else detection from the text among the supported languages, else English.
import type { ParsedDoc } from '../model';
import { allPacks, isSupportedLang } from '../packs';
import { fold } from './fold';

const SAMPLE = 6000;
let wordSets: Map<string, Set<string>> | null = null;

function sets(): Map<string, Set<string>> {
  if (!wordSets) {
    wordSets = new Map();
    for (const p of allPacks()) wordSets.set(p.lang, new Set(p.detection.map(fold)));
  }
  return wordSets;
}

// Letters that only one of the supported languages uses.
const MARKERS: [string, RegExp][] = [
  ['tr', /[ğşıİĞŞ]/g],
  ['es', /[ñÑ¿¡]/g],
];

/** Detects the language of a text; null when too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const words = fold(sample).match(/[\p{L}']+/gu) ?? [];
  if (words.length < 3) return null;
  const scores = new Map<string, number>();
  for (const [lang, set] of sets()) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    scores.set(lang, n);
  }
  for (const [lang, re] of MARKERS) {
    const hits = sample.match(re)?.length ?? 0;
    scores.set(lang, (scores.get(lang) ?? 0) + Math.min(hits, 10) * 0.5);
  }
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
