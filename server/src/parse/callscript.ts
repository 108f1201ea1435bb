// Parser for call scripts (*.callscript). Never throws: malformed lines become
// ParseProblems and the rest of the file is still modelled.
import type {
  Branch,
  Directive,
  Heading,
  ParseProblem,
  Placeholder,
  ScriptDoc,
  ScriptItem,
  ScriptSection,
  Turn,
} from '../model';
import { fold } from '../engine/fold';
import { parseBase } from './base';
import { HEADING, indentOf, lineRanges } from './lines';
import { parseDuration } from './duration';
import { type Vocabulary } from './vocabulary';

const LIST_ITEM = /^([-*+])[ \t]+/;
const TURN = /^([\p{L}][\p{L}\p{M}\p{N}_.'’ -]{0,40}?)[ \t]*:(?=\s|$)[ \t]*/u;
const PLACEHOLDER = /\{([\p{L}\p{N}_.]+)\}/gu;

export function parseCallScript(text: string, vocab: Vocabulary): ScriptDoc {
  const doc: ScriptDoc = {
    ...parseBase(text),
    kind: 'callscript',
    title: null,
    sections: [],
    items: [],
    placeholders: [],
  };
  const { masked, bodyStart, problems } = doc;

  let section: ScriptSection = newSection(null, bodyStart, bodyStart);
  doc.sections.push(section);
  const branches: Branch[] = [];
  let turn: Turn | null = null;

  const add = (item: ScriptItem) => {
    const parent = branches[branches.length - 1];
    if (parent) {
      parent.items.push(item);
      for (const b of branches) b.span.end = Math.max(b.span.end, item.span.end);
    } else {
      section.items.push(item);
    }
    doc.items.push(item);
  };

  for (const [s, e, next] of lineRanges(masked, bodyStart)) {
    const line = masked.slice(s, e);
    const trimmed = line.trim();
    if (trimmed === '') {
      turn = null;
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      const level = h[1].length;
      const textStart = s + line.indexOf(h[2], h[1].length);
      const heading: Heading = {
        level,
        text: h[2],
        span: { start: s, end: e },
        textSpan: { start: textStart, end: textStart + h[2].length },
      };
      turn = null;
      branches.length = 0;
      if (level === 1 && !doc.title && doc.sections.every((x) => x.heading === null)) {
        doc.title = heading;
        continue;
      }
      section.span.end = s;
      section.bodySpan.end = s;
      section = newSection(heading, s, next);
      doc.sections.push(section);
      continue;
    }
    const indent = indentOf(line);
    while (branches.length && indent <= branches[branches.length - 1].indent) branches.pop();
    const branch = branches[branches.length - 1] ?? null;
    const contentStart = s + indent;

    if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
      turn = null;
      const directive = readDirective(trimmed, contentStart, vocab, problems);
      if (directive) add({ ...directive, section, branch, indent });
      else add({ type: 'stage', text: trimmed.slice(1, -1).trim(), span: { start: contentStart, end: e }, section, branch, indent });
      continue;
    }

    const list = LIST_ITEM.exec(trimmed);
    const afterMarker = list ? contentStart + list[0].length : contentStart;
    const content = masked.slice(afterMarker, e);
    const t = TURN.exec(content);
    const role = t ? roleOf(t[1], vocab) : null;
    if (t && role) {
      const labelStart = afterMarker;
      const textStart = afterMarker + t[0].length;
      turn = {
        type: 'turn',
        role,
        speaker: t[1],
        labelSpan: { start: labelStart, end: labelStart + t[1].length },
        span: { start: afterMarker, end: e },
        textSpan: { start: textStart, end: e },
        text: masked.slice(textStart, e),
        section,
        branch,
        indent,
      };
      add(turn);
      continue;
    }
    if (list && trimmed.replace(/[ \t]+$/, '').endsWith(':')) {
      turn = null;
      const b: Branch = {
        type: 'branch',
        label: trimmed.slice(list[0].length),
        span: { start: contentStart, end: e },
        labelSpan: { start: contentStart, end: e },
        indent,
        branch,
        section,
        items: [],
      };
      add(b);
      branches.push(b);
      continue;
    }
    if (turn && !list) {
      turn.span.end = e;
      turn.textSpan.end = e;
      turn.text = masked.slice(turn.textSpan.start, e);
      for (const b of branches) b.span.end = Math.max(b.span.end, e);
      continue;
    }
    turn = null;
    add({ type: 'stage', text: trimmed, span: { start: contentStart, end: e }, section, branch, indent });
  }
  section.span.end = text.length;
  section.bodySpan.end = text.length;

  for (const item of doc.items) {
    if (item.type !== 'turn') continue;
    PLACEHOLDER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLACEHOLDER.exec(item.text))) {
      const start = item.textSpan.start + m.index;
      const p: Placeholder = {
        name: m[1],
        span: { start, end: start + m[0].length },
        nameSpan: { start: start + 1, end: start + 1 + m[1].length },
      };
      doc.placeholders.push(p);
    }
  }
  return doc;
}

function newSection(heading: Heading | null, start: number, bodyStart: number): ScriptSection {
  return { heading, span: { start, end: start }, bodySpan: { start: bodyStart, end: bodyStart }, items: [] };
}

function roleOf(label: string, vocab: Vocabulary): Turn['role'] | null {
  const f = fold(label.trim());
  if (vocab.agent.has(f)) return 'agent';
  if (vocab.customer.has(f)) return 'customer';
  return null;
}

function readDirective(
  trimmed: string,
  start: number,
  vocab: Vocabulary,
  problems: ParseProblem[],
): Omit<Directive, 'section' | 'branch' | 'indent'> | null {
  const inner = trimmed.slice(1, -1);
  const lead = inner.length - inner.trimStart().length;
  const body = inner.trim();
  const folded = fold(body);
  // Longest alias first, so multi-word aliases win over their first word.
  let keyword = '';
  for (const alias of vocab.directives.keys()) {
    if (alias.length > keyword.length && (folded === alias || folded.startsWith(alias + ' ') || folded.startsWith(alias + '\t'))) {
      keyword = alias;
    }
  }
  if (!keyword) return null;
  const kind = vocab.directives.get(keyword)!;
  const argsOffset = start + 1 + lead + keyword.length;
  const rawArgs = body.slice(keyword.length);
  const args = rawArgs.trim();
  const argsStart = argsOffset + (rawArgs.length - rawArgs.trimStart().length);
  const d: Omit<Directive, 'section' | 'branch' | 'indent'> = {
    type: 'directive',
    kind,
    keyword: body.slice(0, keyword.length),
    args,
    span: { start, end: start + trimmed.length },
    argsSpan: { start: argsStart, end: argsStart + args.length },
  };
  if (kind === 'hold' && args) {
    const seconds = parseDuration(args);
    if (seconds === null) {
      problems.push({
        message: `Hold duration "${args}" is not understood: write it like 2m, 90s or 1-2m.`,
        span: d.argsSpan,
      });
    } else {
      d.durationSeconds = seconds;
    }
  }
  return d;
}
