// YAML front matter between `---` fences at the very start of a file.
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { FrontMatter, FrontMatterEntry, ParseProblem } from '../model';
import { lineRanges } from './lines';

const FENCE = /^---[ \t]*$/;

export function parseFrontMatter(text: string, problems: ParseProblem[]): FrontMatter | null {
  const it = lineRanges(text);
  const first = it.next();
  if (first.done) return null;
  const [s0, e0, n0] = first.value;
  // A BOM before the fence is tolerated.
  const firstLine = text.slice(s0, e0).replace(/^\uFEFF/, '');
  if (!FENCE.test(firstLine)) return null;
  let bodyEnd = -1;
  let end = text.length;
  for (const [s, e, n] of it) {
    if (FENCE.test(text.slice(s, e)) || /^\.\.\.[ \t]*$/.test(text.slice(s, e))) {
      bodyEnd = s;
      end = n;
      break;
    }
  }
  const closed = bodyEnd >= 0;
  if (!closed) {
    problems.push({
      message: 'Front matter is not closed: add a line with `---` after the last key.',
      span: { start: s0, end: e0 },
    });
    // Without a closing fence, nothing after it can be told apart from YAML: read to the
    // first blank line so the rest of the file is still linted.
    const blank = /\r?\n[ \t]*\r?\n/.exec(text.slice(n0));
    bodyEnd = blank ? n0 + blank.index + 1 : text.length;
    end = bodyEnd;
  }
  const bodyStart = n0;
  const body = text.slice(bodyStart, bodyEnd);
  const fm: FrontMatter = {
    span: { start: s0, end },
    bodySpan: { start: bodyStart, end: bodyEnd },
    data: {},
    entries: [],
    closed,
  };
  if (body.trim() === '') return fm;
  let doc;
  try {
    doc = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    problems.push({ message: `Front matter could not be read: ${(err as Error).message}`, span: { start: s0, end: e0 } });
    return fm;
  }
  for (const e of doc.errors) {
    const [a, b] = e.pos;
    problems.push({
      message: `Invalid YAML in front matter: ${firstSentence(e.message)}`,
      span: { start: bodyStart + a, end: bodyStart + Math.max(a + 1, Math.min(b, body.length)) },
    });
  }
  const contents = doc.contents;
  if (contents && !isMap(contents)) {
    const r = contents.range ?? [0, body.length];
    problems.push({
      message: 'Front matter must be a list of `key: value` lines.',
      span: { start: bodyStart + r[0], end: bodyStart + Math.max(r[0] + 1, r[1]) },
    });
    return fm;
  }
  if (!contents) return fm;
  for (const item of contents.items as Pair[]) {
    const key = isScalar(item.key) ? String(item.key.value) : null;
    const kr = isScalar(item.key) ? item.key.range : null;
    if (key === null || !kr) continue;
    const keySpan = { start: bodyStart + kr[0], end: bodyStart + kr[1] };
    const vNode = item.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
    const vr = vNode && vNode.range ? vNode.range : null;
    const valueSpan = vr ? { start: bodyStart + vr[0], end: bodyStart + vr[1] } : { ...keySpan };
    let value: unknown = null;
    try {
      value = vNode && typeof vNode.toJSON === 'function' ? vNode.toJSON() : (vNode ?? null);
    } catch {
      value = null;
    }
    const entry: FrontMatterEntry = { key, keySpan, valueSpan, value };
    fm.entries.push(entry);
    fm.data[key] = value;
  }
  return fm;
}

function firstSentence(msg: string): string {
  const line = msg.split('\n')[0];
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}
