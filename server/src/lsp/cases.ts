// What the case sidebar shows of a ticket note, and the edit behind its "set status".
import type { FrontMatterEntry, ParsedDoc } from '../model';
import type { LintMessage } from '../engine/types';
import type { CaseSummary, ProblemCounts } from '../protocol';
import { eolOf, lineEndAt } from './edits';
import type { TextChange } from './allowTerm';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DONE = new Set(['resolved', 'closed']);

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function countProblems(messages: readonly LintMessage[]): ProblemCounts {
  const c: ProblemCounts = { error: 0, warning: 0, info: 0 };
  for (const m of messages) c[m.severity]++;
  return c;
}

export function caseSummary(uri: string, doc: ParsedDoc | null, messages: readonly LintMessage[], today: string): CaseSummary {
  const data = doc?.frontMatter?.data ?? {};
  const status = text(data.status)?.toLowerCase() ?? null;
  const tierRaw = data.tier;
  const tier = typeof tierRaw === 'number' && Number.isInteger(tierRaw) ? tierRaw : typeof tierRaw === 'string' && /^\d+$/.test(tierRaw.trim()) ? Number(tierRaw) : null;
  const follow = text(data.followUp);
  const followUp = follow && ISO_DATE.test(follow) ? follow : null;
  return {
    uri,
    case: text(data.case),
    customer: text(data.customer),
    status,
    tier,
    owner: text(data.owner),
    followUp,
    overdue: followUp !== null && followUp < today && !(status !== null && DONE.has(status)),
    problems: countProblems(messages),
  };
}

/** The change that makes the front matter say `status: <status>`, or null when it already does. */
export function statusChange(doc: ParsedDoc, status: string): TextChange | null {
  const src = doc.text;
  const eol = eolOf(src);
  const fm = doc.frontMatter;
  if (!fm) return { start: 0, end: 0, text: `---${eol}status: ${status}${eol}---${eol}` };
  const entry: FrontMatterEntry | undefined = fm.entries.find((e) => e.key === 'status');
  if (!entry) {
    // After the last key, before the closing fence (or at the end of an unclosed block).
    const at = fm.bodySpan.end;
    const needsBreak = at > 0 && src[at - 1] !== '\n';
    return { start: at, end: at, text: `${needsBreak ? eol : ''}status: ${status}${fm.closed ? eol : ''}` };
  }
  const hasValue = entry.valueSpan.start !== entry.keySpan.start;
  if (hasValue) {
    if (src.slice(entry.valueSpan.start, entry.valueSpan.end) === status) return null;
    return { start: entry.valueSpan.start, end: entry.valueSpan.end, text: status };
  }
  // `status:` with nothing after it.
  const colon = src.indexOf(':', entry.keySpan.end);
  const lineEnd = lineEndAt(src, entry.keySpan.end);
  if (colon < 0 || colon > lineEnd) return null;
  return { start: colon + 1, end: colon + 1, text: ` ${status}` };
}
