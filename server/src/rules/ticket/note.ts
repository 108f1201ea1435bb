// What the ticket-note rules share: the status read from front matter, the content of a
// section (with its subsections), and the fix that inserts a missing section heading in
// its canonical place, in the language the note's headings are written in.
import type { FrontMatterEntry, Span, TicketDoc, TicketSection, TicketSectionId } from '../../model';
import { allPacks, getPack } from '../../packs';
import { packData } from '../../packs/ruleData';
import { normaliseHeading } from '../../parse/vocabulary';
import enSections from '../../packs/en/ticket-sections.json';
import esSections from '../../packs/es/ticket-sections.json';
import trSections from '../../packs/tr/ticket-sections.json';
import idSections from '../../packs/id/ticket-sections.json';
import type { Fix } from '../types';

export type TicketStatus = 'open' | 'pending' | 'escalated' | 'resolved' | 'closed';
export const STATUSES: readonly TicketStatus[] = ['open', 'pending', 'escalated', 'resolved', 'closed'];
export const OPEN_STATUSES: readonly TicketStatus[] = ['open', 'pending', 'escalated'];

/** Canonical section order: a fix inserts a heading after the sections that come before it. */
export const SECTION_ORDER: readonly TicketSectionId[] = ['symptom', 'steps', 'cause', 'resolution', 'verification', 'nextSteps', 'escalation', 'customerSummary'];

/** The English name of each section, used in messages whatever the file's language. */
export const SECTION_NAMES: Record<TicketSectionId, string> = {
  symptom: 'Symptom',
  steps: 'Steps taken',
  cause: 'Cause',
  resolution: 'Resolution',
  verification: 'Verification',
  nextSteps: 'Next steps',
  escalation: 'Escalation',
  customerSummary: 'Customer summary',
};

interface SectionPrompts {
  /** One line written under an inserted heading, as `<prompt>`. */
  prompts: Record<TicketSectionId, string>;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function frontMatterEntry(doc: TicketDoc, key: string): FrontMatterEntry | undefined {
  return doc.frontMatter?.entries.find((e) => e.key === key);
}

export function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The note's status, read case-insensitively so `Resolved` still gets the resolved
 * checks (ticket-front-matter reports the spelling). Null when absent or unknown.
 */
export function ticketStatus(doc: TicketDoc): { status: TicketStatus; span: Span } | null {
  const e = frontMatterEntry(doc, 'status');
  if (!e || typeof e.value !== 'string') return null;
  const v = e.value.trim().toLowerCase();
  return (STATUSES as readonly string[]).includes(v) ? { status: v as TicketStatus, span: e.valueSpan } : null;
}

/** The first line of the file: where a note-level problem goes when there is no status to point at. */
export function firstLine(doc: TicketDoc): Span {
  const m = /\r?\n|$/.exec(doc.text);
  return { start: 0, end: m ? m.index : doc.text.length };
}

/** Where a section ends once its deeper subsections (### under ##) are counted in. */
export function sectionEnd(doc: TicketDoc, section: TicketSection): number {
  const i = doc.sections.indexOf(section);
  const level = section.heading?.level ?? 0;
  for (let j = i + 1; j < doc.sections.length; j++) {
    const h = doc.sections[j].heading;
    if (h && h.level <= level) return h.span.start;
  }
  return doc.text.length;
}

// A line that is only an unfilled `<prompt>` (as the fix inserts) is not content.
const PROMPT_LINE = /^[ \t]*(?:[-*][ \t]+)?<[^<>\r\n]*>[ \t]*$/gmu;

/** The section's written text (subsections included, comments and prompts blanked). */
export function sectionContent(doc: TicketDoc, section: TicketSection): { start: number; text: string } {
  const start = section.bodySpan.start;
  const text = doc.masked.slice(start, sectionEnd(doc, section)).replace(PROMPT_LINE, (m) => ' '.repeat(m.length));
  return { start, text };
}

export function hasContent(doc: TicketDoc, section: TicketSection): boolean {
  return sectionContent(doc, section).text.trim() !== '';
}

/** Sections with this id, in document order. */
export function sectionsWithId(doc: TicketDoc, id: TicketSectionId): TicketSection[] {
  return doc.sections.filter((s) => s.id === id && s.heading);
}

/**
 * The language the note's headings are written in: the one whose section names match
 * most of its recognised headings, the file's language winning ties (and when none match).
 */
export function headingLanguage(doc: TicketDoc, fileLang: string): string {
  const counts = new Map<string, number>();
  for (const s of doc.sections) {
    if (!s.id || !s.heading) continue;
    const name = normaliseHeading(s.heading.text);
    for (const p of allPacks()) {
      if (p.structure.ticketSections[s.id].some((n) => normaliseHeading(n) === name)) counts.set(p.lang, (counts.get(p.lang) ?? 0) + 1);
    }
  }
  let best = getPack(fileLang).lang;
  let bestN = counts.get(best) ?? 0;
  for (const [lang, n] of counts) if (n > bestN) [best, bestN] = [lang, n];
  return best;
}

/** The heading a fix writes for a section: the first name in the language's list. */
export function headingName(lang: string, id: TicketSectionId): string {
  return getPack(lang).structure.ticketSections[id][0];
}

export function headingPrefix(doc: TicketDoc): string {
  const first = doc.sections.find((s) => s.id && s.heading);
  return '#'.repeat(first?.heading?.level ?? 2);
}

export function headingText(doc: TicketDoc, lang: string, id: TicketSectionId): string {
  return `${headingPrefix(doc)} ${headingName(lang, id)}`;
}

/**
 * Inserts `## <name>` and a one-line `<prompt>` where the section belongs in canonical
 * order. None while the front matter is unclosed: the parser would read the new heading
 * as YAML, so the parse error comes first.
 */
export function insertSectionFix(doc: TicketDoc, lang: string, id: TicketSectionId): Fix | undefined {
  if (doc.frontMatter && !doc.frontMatter.closed) return undefined;
  const text = doc.text;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const prompts = packData<SectionPrompts>(lang, { en: enSections, es: esSections, tr: trSections, id: idSections }).prompts;
  const block = `${headingText(doc, lang, id)}${nl}<${prompts[id]}>${nl}`;
  const at = insertionPoint(doc, id);
  if (at < text.length) return { range: [at, at], text: block + nl };
  let lead = '';
  if (text.length > 0 && !/\n[ \t]*\r?\n$/.test(text)) lead = /\n$/.test(text) ? nl : nl + nl;
  if (text.length > 0 && text.length === doc.bodyStart && /\n$/.test(text)) lead = '';
  return { range: [at, at], text: lead + block };
}

function insertionPoint(doc: TicketDoc, target: TicketSectionId): number {
  const rank = SECTION_ORDER.indexOf(target);
  let before: TicketSection | null = null;
  for (const s of doc.sections) {
    if (s.id && s.heading && SECTION_ORDER.indexOf(s.id) < rank) before = s;
  }
  if (before) return sectionEnd(doc, before);
  const firstKnown = doc.sections.find((s) => s.id && s.heading);
  return firstKnown?.heading ? firstKnown.heading.span.start : doc.text.length;
}

/** Words in a stretch of text (letters and digits runs). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
