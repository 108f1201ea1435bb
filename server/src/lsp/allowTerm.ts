// "Add <term> to allowed terms": a small text edit of .supportlint.yaml that appends the
// term to rules.no-jargon.allow, so the file keeps its comments, quoting and layout (the
// yaml package's printer would re-format the whole file). The result is checked by
// parsing it again; a layout this code does not handle gets no action.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { fold } from '../engine/fold';
import { eolOf, lineEndAt, lineStartAt } from './edits';

export interface TextChange {
  start: number;
  end: number;
  text: string;
}

const PATH = ['rules', 'no-jargon', 'allow'];

/** How to write the term as a YAML scalar that is safe in a flow list. */
export function yamlScalar(term: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ._/+&-]*$/u.test(term) && !/\s$/.test(term);
  const special = /^(?:true|false|null|yes|no|on|off|~)$/i.test(term) || /^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?$/i.test(term);
  return plain && !special ? term : JSON.stringify(term);
}

function pair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  return (map.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
}

function isEmpty(n: Node | null | undefined): boolean {
  return n === null || n === undefined || (isScalar(n) && n.value === null);
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}

/** End of the last line that holds any of the node's content (before trailing line breaks). */
function lastLineEnd(text: string, node: Node): number {
  const [start, end] = node.range!;
  let e = end;
  while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return lineEndAt(text, e);
}

/** Whether `term` is already allowed by this config text (case- and accent-insensitive). */
export function isAllowed(text: string, term: string): boolean {
  const doc = parseDocument(text);
  const list = doc.getIn(PATH);
  const json = list && typeof (list as { toJSON?: () => unknown }).toJSON === 'function' ? (list as { toJSON(): unknown }).toJSON() : list;
  return Array.isArray(json) && json.some((t) => typeof t === 'string' && fold(t) === fold(term));
}

/**
 * The change adding `term` to rules.no-jargon.allow of a config text, or null when the
 * term is already allowed or the text cannot be edited safely (invalid YAML, odd layout).
 */
export function addAllowedTerm(text: string, term: string): TextChange | null {
  const doc = parseDocument(text);
  if (doc.errors.length) return null;
  if (isAllowed(text, term)) return null;
  const change = plan(text, term, doc.contents as Node | null);
  if (!change) return null;
  const after = text.slice(0, change.start) + change.text + text.slice(change.end);
  return isAllowed(after, term) && parseDocument(after).errors.length === 0 ? change : null;
}

/** A fresh config holding only the allowed term. */
export function newConfigText(term: string): string {
  return `# supportlint configuration: https://github.com/supportlint/supportlint\nrules:\n  no-jargon:\n    allow: [${yamlScalar(term)}]\n`;
}

function plan(text: string, term: string, root: Node | null): TextChange | null {
  const eol = eolOf(text);
  const q = yamlScalar(term);
  const at = (offset: number, insert: string): TextChange => ({ start: offset, end: offset, text: insert });

  if (isEmpty(root)) {
    const sep = text.length === 0 || text.endsWith('\n') ? '' : eol;
    return at(text.length, `${sep}rules:${eol}  no-jargon:${eol}    allow: [${q}]${eol}`);
  }
  if (!isMap(root) || root.flow) return null;
  const rulesPair = pair(root, 'rules');
  if (!rulesPair) {
    const sep = text.endsWith('\n') ? '' : eol;
    const ind = ' '.repeat(columnOf(text, (root.items[0].key as Node).range![0]));
    return at(text.length, `${sep}${ind}rules:${eol}${ind}  no-jargon:${eol}${ind}    allow: [${q}]${eol}`);
  }
  const rulesKey = rulesPair.key as Node;
  const base = columnOf(text, rulesKey.range![0]);
  const rules = rulesPair.value;
  if (isEmpty(rules)) {
    const ind = ' '.repeat(base + 2);
    return at(lineEndAt(text, rulesKey.range![1]), `${eol}${ind}no-jargon:${eol}${ind}  allow: [${q}]`);
  }
  if (!isMap(rules) || rules.flow || rules.items.length === 0) return null;
  const ruleCol = columnOf(text, (rules.items[0].key as Node).range![0]);
  const step = Math.max(1, ruleCol - base);
  const nj = pair(rules, 'no-jargon');
  if (!nj) {
    const ind = ' '.repeat(ruleCol);
    return at(lastLineEnd(text, rules), `${eol}${ind}no-jargon:${eol}${ind}${' '.repeat(step)}allow: [${q}]`);
  }
  const njKey = nj.key as Node;
  const optInd = ' '.repeat(ruleCol + step);
  const njv = nj.value;
  if (isEmpty(njv)) return at(lineEndAt(text, njKey.range![1]), `${eol}${optInd}allow: [${q}]`);
  if (isScalar(njv)) {
    // `no-jargon: warning` becomes a mapping that keeps the severity.
    const severity = text.slice(njv.range![0], njv.range![1]);
    return { start: njKey.range![1], end: njv.range![1], text: `:${eol}${optInd}severity: ${severity}${eol}${optInd}allow: [${q}]` };
  }
  if (!isMap(njv) || njv.flow || njv.items.length === 0) return null;
  const allow = pair(njv, 'allow');
  if (!allow) {
    const ind = ' '.repeat(columnOf(text, (njv.items[0].key as Node).range![0]));
    return at(lastLineEnd(text, njv), `${eol}${ind}allow: [${q}]`);
  }
  const av = allow.value;
  if (isEmpty(av)) {
    const colon = text.indexOf(':', (allow.key as Node).range![1]);
    return colon < 0 ? null : at(colon + 1, ` [${q}]`);
  }
  if (!isSeq(av)) return null;
  if (av.flow) {
    const items = av.items as Node[];
    if (items.length) return at(items[items.length - 1].range![1], `, ${q}`);
    const open = text.indexOf('[', av.range![0]);
    return open < 0 ? null : at(open + 1, q);
  }
  const items = av.items as Node[];
  if (items.length === 0) return null;
  const dashLine = lineStartAt(text, items[0].range![0]);
  const dashInd = /^[ \t]*/.exec(text.slice(dashLine))![0];
  return at(lastLineEnd(text, av), `${eol}${dashInd}- ${q}`);
}
