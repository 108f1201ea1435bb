// Line excerpts for the report. The product never prints a matched secret: the characters
// of every no-pii finding are shown masked, and as a second guard each excerpt line is
// scanned for personal data again, so a number whose no-pii finding was suppressed or
// turned off is masked all the same.
import type { LineIndex } from '../engine/lineIndex';
import type { LintMessage } from '../engine/types';
import { allPacks } from '../packs';
import { detectPii, mergeContextWords, type PiiContextWords } from '../rules/pii/detect';
import type { Excerpt } from './types';

const MAX_EXCERPT = 200;
const SIGNIFICANT = /[\p{L}\p{N}]/u;

let words: PiiContextWords | null = null;

/** `masked` written over [start, end) when it fits exactly, else every letter and digit starred. */
function overwrite(chars: string[], start: number, end: number, masked: string | undefined): void {
  if (masked !== undefined && masked.length === end - start) {
    for (let i = start; i < end; i++) chars[i] = masked[i - start];
    return;
  }
  for (let i = start; i < end; i++) if (SIGNIFICANT.test(chars[i])) chars[i] = '*';
}

/** Builds excerpts for one file; lines are masked once and reused. */
export class Excerpts {
  private readonly cache = new Map<number, string>();
  private readonly secrets: Array<{ start: number; end: number; masked?: string }>;

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    messages: LintMessage[],
  ) {
    this.secrets = messages
      .filter((m) => m.ruleId === 'no-pii')
      .map((m) => ({ start: m.span.start, end: m.span.end, masked: typeof m.data?.masked === 'string' ? m.data.masked : m.fix?.text }));
  }

  /** The 0-based line's text with personal data masked (same length as the original). */
  maskedLine(line: number): string {
    let out = this.cache.get(line);
    if (out !== undefined) return out;
    const start = this.lines.lineStart(line);
    const next = line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
    const raw = this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    const chars = raw.split('');
    const end = start + raw.length;
    for (const s of this.secrets) {
      if (s.end <= start || s.start >= end) continue;
      const a = Math.max(s.start, start) - start;
      const b = Math.min(s.end, end) - start;
      // A secret cut by the line start is starred; a whole one shows its masked form.
      overwrite(chars, a, b, s.start >= start && s.end <= end ? s.masked : undefined);
    }
    words ??= mergeContextWords(allPacks().map((p) => p.pii));
    for (const f of detectPii(raw, { lang: 'en', contextWords: words, contactDetails: false })) overwrite(chars, f.start, f.end, f.masked);
    out = chars.join('');
    this.cache.set(line, out);
    return out;
  }

  /** The first line of a finding, trimmed to a window around it when long. */
  excerpt(m: LintMessage): Excerpt {
    const full = this.maskedLine(m.line);
    let markStart = m.column;
    let markEnd = m.endLine === m.line ? m.endColumn : full.length;
    let text = full;
    let offset = 0;
    if (full.length > MAX_EXCERPT) {
      offset = Math.max(0, Math.min(markStart - 40, full.length - MAX_EXCERPT));
      text = (offset > 0 ? '…' : '') + full.slice(offset, offset + MAX_EXCERPT) + (offset + MAX_EXCERPT < full.length ? '…' : '');
      offset -= offset > 0 ? 1 : 0;
    }
    markStart -= offset;
    markEnd = Math.min(markEnd - offset, text.length);
    const ex: Excerpt = { line: m.line + 1, text: text.trimEnd() };
    if (markEnd > markStart && markStart >= 0) ex.mark = [markStart, Math.min(markEnd, ex.text.length)];
    return ex;
  }
}
