// What order rules need from the words of a turn: its sentences (with offsets into the
// original text), and a way to suggest a new agent line at a step's place.
import type { ScriptDoc, Span, Turn } from '../model';
import type { Step } from './model';
import type { Suggestion } from '../rules/types';

export interface Sentence {
  /** Absolute offsets of the trimmed sentence, end punctuation included. */
  span: Span;
  text: string;
  question: boolean;
}

// A full stop after these is not a sentence end ("Ms. Green", "e.g. the router").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'sra', 'srta', 'jr', 'prof', 'e.g', 'i.e', 'etc', 'vs', 'approx', 'no']);

/** The sentences of a turn (or any text segment starting at `start`). */
export function sentences(text: string, start: number): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["'”’)]*(?=\s|$)/g;
  let from = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) return;
    out.push({ span: { start: start + a + lead, end: start + a + lead + body.length }, text: body, question: /\?["'”’)]*$/.test(body) });
  };
  while ((m = re.exec(text))) {
    if (m[0].startsWith('.') && !m[0].startsWith('..')) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(from, m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    const end = m.index + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

// Several order rules split the same turns; split each parsed turn once.
const byTurn = new WeakMap<Turn, Sentence[]>();

export function turnSentences(t: Turn): Sentence[] {
  let s = byTurn.get(t);
  if (!s) byTurn.set(t, (s = sentences(t.text, t.textSpan.start)));
  return s.slice();
}

/** The label agents use in this script ("Agent", "Rep", ...); `fallback` (the file language's label) when no agent speaks yet. */
export function agentLabel(doc: ScriptDoc, fallback = 'Agent'): string {
  const t = doc.items.find((i): i is Turn => i.type === 'turn' && i.role === 'agent');
  return t ? t.speaker : fallback;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

// Rules suggest a line for every hold and transfer; search a long script for \r\n once.
const newlines = new WeakMap<ScriptDoc, string>();

function newline(doc: ScriptDoc): string {
  let nl = newlines.get(doc);
  if (nl === undefined) newlines.set(doc, (nl = /\r\n/.test(doc.text) ? '\r\n' : '\n'));
  return nl;
}

function indentOf(doc: ScriptDoc, step: Step): string {
  return doc.text.slice(lineStart(doc.text, step.span.start), step.span.start).replace(/[^ \t]/g, ' ');
}

/** A suggestion that adds an agent line just above `step`, at the step's indentation. */
export function insertAgentLineBefore(doc: ScriptDoc, step: Step, speech: string, title: string): Suggestion {
  const at = lineStart(doc.text, step.span.start);
  return { title, fix: { range: [at, at], text: `${indentOf(doc, step)}${agentLabel(doc)}: ${speech}${newline(doc)}` } };
}

/** A suggestion that adds an agent line just below `step`. */
export function insertAgentLineAfter(doc: ScriptDoc, step: Step, speech: string, title: string): Suggestion {
  let at = doc.text.indexOf('\n', step.span.end);
  if (at < 0) at = doc.text.length;
  else if (doc.text[at - 1] === '\r') at--;
  return { title, fix: { range: [at, at], text: `${newline(doc)}${indentOf(doc, step)}${agentLabel(doc)}: ${speech}` } };
}
