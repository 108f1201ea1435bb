// Speaking-time estimates for call scripts: the agent's words in each section at the
// speaking rate of the file's language, the total, and the announced hold time. Shown as
// inlay hints at the end of each heading and at the title.
import type { InlayHint, Range } from 'vscode-languageserver';
import type { ScriptDoc } from '../model';
import { DEFAULT_SPEAKING_RATE } from '../protocol';
import type { Analysis } from './analysis';

const WORD = /[\p{L}\p{N}{][\p{L}\p{N}\p{M}'’._}-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words per minute: the setting, then the config's `speakingRate:`, then the built-in rate. */
export function speakingRate(a: Analysis, lang: string): number {
  const s = a.settings.speakingRate;
  if (typeof s === 'number') return s;
  if (s && typeof s[lang] === 'number') return s[lang];
  return a.config.speakingRate?.[lang] ?? DEFAULT_SPEAKING_RATE[lang] ?? DEFAULT_SPEAKING_RATE.en;
}

/** "~45 s", "~2 min", "~1 min 20 s" (to 5 seconds). */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds / 5) * 5;
  if (s < 60) return `~${Math.max(s, seconds > 0 ? 5 : 0)} s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r ? `~${m} min ${r} s` : `~${m} min`;
}

export interface SectionTime {
  /** Index in doc.sections. */
  index: number;
  words: number;
  seconds: number;
}

export interface ScriptTiming {
  rate: number;
  sections: SectionTime[];
  words: number;
  seconds: number;
  holdSeconds: number;
  /** Holds written without a duration (not in holdSeconds). */
  holdsWithoutDuration: number;
}

export function scriptTiming(a: Analysis, doc: ScriptDoc): ScriptTiming {
  const rate = speakingRate(a, a.lang);
  const sections: SectionTime[] = doc.sections.map((section, index) => {
    let words = 0;
    for (const item of doc.items) if (item.type === 'turn' && item.role === 'agent' && item.section === section) words += countWords(item.text);
    return { index, words, seconds: (words / rate) * 60 };
  });
  let holdSeconds = 0;
  let holdsWithoutDuration = 0;
  for (const item of doc.items) {
    if (item.type !== 'directive' || item.kind !== 'hold') continue;
    if (item.durationSeconds !== undefined) holdSeconds += item.durationSeconds;
    else holdsWithoutDuration++;
  }
  const words = sections.reduce((n, s) => n + s.words, 0);
  return { rate, sections, words, seconds: (words / rate) * 60, holdSeconds, holdsWithoutDuration };
}

function within(range: Range | undefined, line: number): boolean {
  return !range || (line >= range.start.line && line <= range.end.line);
}

export function inlayHints(a: Analysis, range?: Range): InlayHint[] {
  const doc = a.doc;
  if (!doc || doc.kind !== 'callscript') return [];
  const t = scriptTiming(a, doc);
  const out: InlayHint[] = [];
  const lang = a.lang;
  const rateNote = `${t.rate} words per minute (${lang})`;
  for (const s of t.sections) {
    const h = doc.sections[s.index].heading;
    if (!h || s.words === 0) continue;
    const pos = a.lines.positionAt(h.span.end);
    if (!within(range, pos.line)) continue;
    out.push({
      position: pos,
      label: `${formatDuration(s.seconds)} speaking`,
      paddingLeft: true,
      tooltip: `${s.words} agent words at ${rateNote}.`,
    });
  }
  // The total goes at the title; without a title, at the first heading.
  const anchor = doc.title ?? doc.sections.find((s) => s.heading)?.heading ?? null;
  if (anchor && t.words + t.holdSeconds + t.holdsWithoutDuration > 0) {
    const pos = a.lines.positionAt(anchor.span.end);
    if (within(range, pos.line)) {
      let label = `total ${formatDuration(t.seconds)} speaking`;
      if (t.holdSeconds > 0) label += ` + ${formatDuration(t.holdSeconds)} on hold`;
      const tip = [`${t.words} agent words at ${rateNote}.`];
      if (t.holdSeconds > 0) tip.push(`Announced hold time: the sum of the [hold] durations.`);
      if (t.holdsWithoutDuration > 0) tip.push(`${t.holdsWithoutDuration} hold(s) without a duration are not counted.`);
      const hint: InlayHint = { position: pos, label, paddingLeft: true, tooltip: tip.join(' ') };
      // At the first heading, the total follows that section's own hint.
      const i = out.findIndex((h) => h.position.line === pos.line);
      if (i >= 0) out.splice(i + 1, 0, hint);
      else out.unshift(hint);
    }
  }
  return out;
}
