// Hover: the plain-language alternative of a jargon term, what each problem under the
// cursor is about (with a docs link), and what a {placeholder} stands for.
import * as path from 'path';
import { pathToFileURL } from 'url';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { fold } from '../engine/fold';
import { declaredPlaceholders, placeholderRole } from '../engine/placeholders';
import type { LintMessage } from '../engine/types';
import type { ScriptDoc } from '../model';
import { getPack } from '../packs';
import type { GlossaryEntry } from '../packs/types';
import { getRule } from '../rules';
import { ruleDescription, uiText } from '../engine/uiText';
import type { Analysis } from './analysis';
import { docsHref } from './diagnostics';
import { lineEndAt, lineStartAt, rangeOf } from './edits';

const ENGINE_DESCRIPTIONS: Record<string, string> = {
  parse: 'The file could not be read as a call script or ticket note at this point.',
  'unused-suppression': 'A supportlint-disable comment that no longer suppresses anything can be removed.',
  'unsupported-language': 'Wording rules need a language pack; structural rules still run.',
  'rule-error': 'A rule failed on this file; please report it with the rule id.',
};

const JARGON_WHY = 'Customers are not technicians: plain words keep them following the call and avoid a second one.';

/** Escapes text from the document for Markdown. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~-]/g, '\\$&');
}

function covers(start: number, end: number, offset: number): boolean {
  return start === end ? offset === start : start <= offset && offset < end;
}

export function hover(a: Analysis, pos: Position, markdown: boolean): Hover | null {
  const doc = a.doc;
  if (!doc) return null;
  const offset = a.lines.offsetAt(pos);
  const parts: string[] = [];
  let span: { start: number; end: number } | null = null;
  const widen = (s: number, e: number) => (span = span ? { start: Math.min(span.start, s), end: Math.max(span.end, e) } : { start: s, end: e });

  if (doc.kind === 'callscript') {
    const p = doc.placeholders.find((x) => covers(x.span.start, x.span.end, offset));
    if (p) {
      parts.push(placeholderHover(a, doc, p.name, markdown));
      widen(p.span.start, p.span.end);
    }
  }

  const here = (a.result?.messages ?? []).filter((m) => covers(m.span.start, m.span.end, offset));
  let jargonShown = false;
  for (const m of here) {
    if (m.ruleId === 'no-jargon' && typeof m.data?.term === 'string') {
      parts.push(jargonHover(m, markdown, a.locale));
      jargonShown = true;
      widen(m.span.start, m.span.end);
    }
  }
  const seen = new Set<string>();
  for (const m of here) {
    if (seen.has(m.ruleId)) continue;
    seen.add(m.ruleId);
    parts.push(ruleLine(m.ruleId, markdown, a.locale));
    widen(m.span.start, m.span.end);
  }

  if (!jargonShown && !(doc.frontMatter && offset < doc.frontMatter.span.end)) {
    const g = glossaryAt(a, offset);
    if (g) {
      const plainWords = uiText(a.locale, 'plainWords');
      const why = uiText(a.locale, 'jargonWhy');
      parts.unshift(markdown ? `**${md(g.text)}**: ${plainWords}, *${md(g.entry.plain)}*.\n\n${why}` : `${g.text}: ${plainWords}, "${g.entry.plain}". ${why}`);
      widen(g.start, g.end);
    }
  }

  if (parts.length === 0) return null;
  const s = span as { start: number; end: number } | null;
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join(markdown ? '\n\n---\n\n' : '\n\n') },
    range: s ? rangeOf(a.lines, s.start, s.end) : undefined,
  };
}

function jargonHover(m: LintMessage, markdown: boolean, locale: string): string {
  // Other languages reuse the finding's own message, already in the locale.
  if (locale !== 'en') return markdown ? `${md(m.message)}\n\n${uiText(locale, 'jargonWhy')}` : `${m.message} ${uiText(locale, 'jargonWhy')}`;
  const term = String(m.data!.term);
  const plain = typeof m.data!.plain === 'string' ? m.data!.plain : null;
  if (!markdown) {
    return plain ? `"${term}" is jargon: say "${plain}" instead. ${JARGON_WHY}` : `"${term}" is an unexplained acronym: say what it stands for, or use plain words. ${JARGON_WHY}`;
  }
  return plain
    ? `**${md(term)}** is jargon: say *${md(plain)}* instead.\n\n${JARGON_WHY}`
    : `**${md(term)}** is an unexplained acronym: say what it stands for, or use plain words.\n\n${JARGON_WHY}`;
}

function ruleLine(ruleId: string, markdown: boolean, locale: string): string {
  const description = ruleDescription(ruleId, getRule(ruleId)?.meta.description ?? ENGINE_DESCRIPTIONS[ruleId], locale);
  const href = docsHref(ruleId);
  if (!markdown) return `supportlint ${ruleId}: ${description}${href ? ` (${href})` : ''}`;
  return `**supportlint** \`${ruleId}\`: ${md(description)}${href ? ` [${uiText(locale, 'docs')}](${href})` : ''}`;
}

const ROLE_TEXT: Record<string, string> = {
  agent: "the agent's name",
  company: 'the company name',
  customer: "the customer's name",
};

function placeholderHover(a: Analysis, doc: ScriptDoc, name: string, markdown: boolean): string {
  const decl = declaredPlaceholders(doc, a.config);
  const role = placeholderRole(name, decl.roles);
  const what = role ? `stands for ${ROLE_TEXT[role]} (role \`${role}\`)` : 'is filled in when the script is used';
  const where = decl.declaredIn.get(name);
  let declared: string;
  if (!decl.names.has(name)) declared = markdown ? 'Not declared: add it to `placeholders:` in the front matter or in .supportlint.yaml.' : 'Not declared: add it to placeholders: in the front matter or in .supportlint.yaml.';
  else if (where === 'front matter') declared = markdown ? 'Declared in the front matter (`placeholders:`).' : 'Declared in the front matter (placeholders:).';
  else if (where && path.isAbsolute(where)) declared = markdown ? `Declared in [${md(path.basename(where))}](${pathToFileURL(where).href}).` : `Declared in ${where}.`;
  else declared = 'Declared in the config.';
  if (!markdown) return `{${name}} ${what.replace(/`/g, '')}. ${declared}`;
  return `**{${md(name)}}** ${what}.\n\n${declared}`;
}

/** A glossary term (the file language's pack plus the config's `terms`) under the cursor. */
function glossaryAt(a: Analysis, offset: number): { text: string; start: number; end: number; entry: GlossaryEntry } | null {
  const text = a.doc!.masked;
  const ls = lineStartAt(text, offset);
  const raw = text.slice(ls, lineEndAt(text, offset));
  const folded = fold(raw);
  const col = offset - ls;
  const options = (a.config.rules['no-jargon']?.options ?? {}) as { terms?: Record<string, string> };
  const entries: GlossaryEntry[] = [...Object.entries(options.terms ?? {}).map(([term, plain]) => ({ term, plain: String(plain) })), ...getPack(a.lang).jargon];
  let best: { start: number; end: number; entry: GlossaryEntry } | null = null;
  for (const entry of entries) {
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      const line = entry.caseSensitive ? raw : folded;
      const f = entry.caseSensitive ? form : fold(form);
      if (!f) continue;
      let i = line.indexOf(f, Math.max(0, col - f.length));
      while (i >= 0 && i <= col) {
        const end = i + f.length;
        const wordStart = i === 0 || !/[\p{L}\p{N}_]/u.test(line[i - 1]);
        const wordEnd = end >= line.length || !/[\p{L}\p{N}_]/u.test(line[end]);
        if (col < end && wordStart && wordEnd && (!best || end - i > best.end - best.start)) best = { start: ls + i, end: ls + end, entry };
        i = line.indexOf(f, i + 1);
      }
    }
  }
  return best ? { ...best, text: a.text.slice(best.start, best.end) } : null;
}
