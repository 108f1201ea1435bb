// Completion from what the file's language and config declare: placeholders after `{`,
// directives after `[`, speaker labels at line start, section names after `## `, and
// front-matter keys and values.
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver';
import { declaredPlaceholders, placeholderRole } from '../engine/placeholders';
import type { DirectiveKind, TicketSectionId } from '../model';
import { getPack, SUPPORTED_LANGS } from '../packs';
import { TICKET_STATUSES } from '../protocol';
import type { Analysis } from './analysis';
import { lineEndAt, lineStartAt, rangeOf } from './edits';

export const TRIGGER_CHARACTERS = ['{', '[', '#', ' ', ':'];

const DIRECTIVES: { kind: DirectiveKind; detail: string }[] = [
  { kind: 'hold', detail: 'Put the customer on hold (optional duration: 2m, 90s, 1-2m)' },
  { kind: 'transfer', detail: 'Transfer the call (target: team or person)' },
  { kind: 'mute', detail: 'Mute the line' },
  { kind: 'callback', detail: 'Arrange to call the customer back' },
  { kind: 'end', detail: 'End of the call' },
];

const TICKET_ORDER: TicketSectionId[] = ['symptom', 'steps', 'cause', 'resolution', 'verification', 'nextSteps', 'escalation', 'customerSummary'];

const TICKET_KEYS: [string, string][] = [
  ['case', 'Case id (required)'],
  ['status', 'open, pending, escalated, resolved or closed (required)'],
  ['opened', 'Date the case was opened, YYYY-MM-DD (required)'],
  ['tier', 'Support tier: 1, 2 or 3'],
  ['customer', "Customer's display name"],
  ['owner', 'Who owns the case'],
  ['contact', 'Preferred contact method: phone, email or chat'],
  ['followUp', 'Date of the next follow-up, YYYY-MM-DD'],
  ['lang', 'Language of the note: en, es, tr or id'],
];

const SCRIPT_KEYS: [string, string][] = [
  ['title', 'Title of the script'],
  ['lang', 'Language of the script: en, es, tr or id'],
  ['tier', 'Support tier: 1, 2 or 3'],
  ['placeholders', 'Placeholder names used in the script, e.g. [agent, company, customer]'],
  ['owner', 'Who maintains the script'],
  ['version', 'Version of the script'],
];

function item(label: string, range: Range, newText: string, kind: CompletionItemKind, detail?: string, sortText?: string): CompletionItem {
  return { label, kind, detail, sortText, filterText: label, textEdit: { range, newText } };
}

function capitalise(s: string): string {
  return s ? s[0].toLocaleUpperCase() + s.slice(1) : s;
}

export function completions(a: Analysis, pos: Position, triggerCharacter?: string): CompletionItem[] {
  const doc = a.doc;
  if (!doc) return [];
  const text = a.text;
  const offset = a.lines.offsetAt(pos);
  const ls = lineStartAt(text, offset);
  const before = text.slice(ls, offset);
  const after = text.slice(offset, lineEndAt(text, offset));
  const fm = doc.frontMatter;

  if (fm && offset >= fm.bodySpan.start && offset <= fm.bodySpan.end && ls < fm.bodySpan.end) {
    return frontMatterItems(a, before, after, offset, triggerCharacter);
  }
  if (fm && offset < fm.span.end) return [];

  const heading = /^ {0,3}(#{2,6})[ \t]+([^#]*)$/.exec(before);
  if (heading) {
    const range = rangeOf(a.lines, offset - heading[2].length, offset + after.length);
    return sectionItems(a, range);
  }
  if (triggerCharacter === ' ' || triggerCharacter === '#' || triggerCharacter === ':') return [];
  if (doc.kind !== 'callscript') return [];

  const ph = /\{([\p{L}\p{N}_.]*)$/u.exec(before);
  if (ph) {
    const rest = /^[\p{L}\p{N}_.]*\}?/u.exec(after)![0];
    const range = rangeOf(a.lines, offset - ph[1].length, offset + rest.length);
    const decl = declaredPlaceholders(doc, a.config);
    return [...decl.names].map((n) => {
      const role = placeholderRole(n, decl.roles);
      return item(n, range, `${n}}`, CompletionItemKind.Variable, role ? `Placeholder: ${role}` : 'Placeholder');
    });
  }
  if (triggerCharacter === '{') return [];

  const dir = /^[ \t]*\[([\p{L}]*)$/u.exec(before);
  if (dir) {
    const rest = /^[\p{L}]*/u.exec(after)![0];
    const close = after.slice(rest.length).includes(']') ? '' : ']';
    const range = rangeOf(a.lines, offset - dir[1].length, offset + rest.length);
    return directiveItems(a.lang).map((d, i) => item(d.word, range, d.word + close, CompletionItemKind.Keyword, d.detail, String(i).padStart(2, '0')));
  }
  if (triggerCharacter === '[') return [];

  const label = /^([ \t]*(?:[-*+][ \t]+)?)([\p{L}]*)$/u.exec(before);
  if (label && !after.includes(':')) {
    const rest = /^[\p{L}]*/u.exec(after)![0];
    const range = rangeOf(a.lines, offset - label[2].length, offset + rest.length);
    const pack = getPack(a.lang);
    const agents = [...new Set([...pack.structure.speakers.agent, ...a.config.speakers.agent])];
    const customers = [...new Set([...pack.structure.speakers.customer, ...a.config.speakers.customer])];
    return [
      ...agents.map((s, i) => item(`${s}:`, range, `${s}: `, CompletionItemKind.Keyword, 'Agent turn: spoken to the customer', `0${i}`)),
      ...customers.map((s, i) => item(`${s}:`, range, `${s}: `, CompletionItemKind.Keyword, 'Customer turn', `1${i}`)),
    ];
  }
  return [];
}

function directiveItems(lang: string): { word: string; detail: string }[] {
  const out: { word: string; detail: string }[] = [];
  const seen = new Set<string>();
  const local = getPack(lang).structure.directives;
  for (const d of DIRECTIVES) {
    for (const w of [d.kind, ...(local[d.kind] ?? [])]) {
      if (seen.has(w)) continue;
      seen.add(w);
      out.push({ word: w, detail: w === d.kind ? d.detail : `${d.detail} (${d.kind})` });
    }
  }
  return out;
}

function sectionItems(a: Analysis, range: Range): CompletionItem[] {
  const doc = a.doc!;
  const pack = getPack(a.lang);
  if (doc.kind === 'ticket') {
    const present = new Set(doc.sections.map((s) => s.id).filter((x): x is TicketSectionId => x !== null));
    return TICKET_ORDER.map((id, i) => {
      const name = pack.structure.ticketSections[id][0];
      const has = present.has(id);
      return item(name, range, name, CompletionItemKind.Module, has ? 'Already in this note' : 'Ticket section', `${has ? 1 : 0}${String(i).padStart(2, '0')}`);
    });
  }
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  let i = 0;
  for (const names of Object.values(pack.structure.scriptSections)) {
    for (const n of names) {
      if (n.includes('*') || n.startsWith('/')) continue;
      const name = capitalise(n);
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(item(name, range, name, CompletionItemKind.Module, 'Script section', String(i++).padStart(3, '0')));
    }
  }
  return out;
}

function frontMatterItems(a: Analysis, before: string, after: string, offset: number, trigger?: string): CompletionItem[] {
  const doc = a.doc!;
  const isTicket = doc.kind === 'ticket';
  const valueCtx = /^[ \t]*([A-Za-z]+)[ \t]*:[ \t]*([^\s#]*)$/.exec(before);
  if (valueCtx) {
    const key = valueCtx[1];
    const typed = valueCtx[2];
    const rest = /^[^\s#]*/.exec(after)![0];
    const range = rangeOf(a.lines, offset - typed.length, offset + rest.length);
    // Right after the colon, insert the space YAML needs.
    const lead = /:$/.test(before) ? ' ' : '';
    const values = valuesFor(key, isTicket, a.today);
    return values.map(([v, detail], i) => item(v, range, lead + v, CompletionItemKind.Value, detail, String(i).padStart(2, '0')));
  }
  if (trigger === ' ' || trigger === ':' || trigger === '#') return [];
  const keyCtx = /^([A-Za-z]*)$/.exec(before);
  if (!keyCtx || after.includes(':')) return [];
  const present = new Set(doc.frontMatter!.entries.map((e) => e.key));
  const range = rangeOf(a.lines, offset - keyCtx[1].length, offset + (/^[A-Za-z]*/.exec(after)![0].length));
  const keys = isTicket ? TICKET_KEYS : SCRIPT_KEYS;
  return keys.filter(([k]) => !present.has(k)).map(([k, detail], i) => item(k, range, `${k}: `, CompletionItemKind.Property, detail, String(i).padStart(2, '0')));
}

function valuesFor(key: string, isTicket: boolean, today: string): [string, string][] {
  switch (key) {
    case 'status':
      return isTicket ? TICKET_STATUSES.map((s) => [s, 'Case status']) : [];
    case 'tier':
      return [
        ['1', 'Tier 1: first-line support'],
        ['2', 'Tier 2: specialist support'],
        ['3', 'Tier 3: engineering / vendor'],
      ];
    case 'contact':
      return isTicket ? (['phone', 'email', 'chat'] as const).map((c) => [c, 'Preferred contact method']) : [];
    case 'lang':
      return SUPPORTED_LANGS.map((l) => [l, 'Language']);
    case 'opened':
    case 'followUp':
      return isTicket ? [[today, 'Today']] : [];
    default:
      return [];
  }
}
