// Small helpers over the `yaml` AST so config problems can point at a line and column.
import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ConfigProblem } from './types';

export interface Reporter {
  file: string;
  lines: LineCounter;
  problems: ConfigProblem[];
}

export function report(r: Reporter, range: readonly number[] | null | undefined, message: string): void {
  const start = range?.[0] ?? 0;
  const end = Math.max(start + 1, range?.[1] ?? start + 1);
  const a = r.lines.linePos(start);
  const b = r.lines.linePos(end);
  r.problems.push({ file: r.file, line: a.line, column: a.col, endLine: b.line, endColumn: b.col, message });
}

export function pairsOf(node: unknown): Pair<Node, Node | null>[] {
  return isMap(node) ? ((node as YAMLMap<Node, Node | null>).items as Pair<Node, Node | null>[]) : [];
}

export function keyOf(pair: Pair<Node, Node | null>): string | null {
  return isScalar(pair.key) ? String(pair.key.value) : null;
}

export function rangeOf(node: unknown): readonly number[] | undefined {
  return (node as { range?: number[] } | null)?.range;
}

export function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `the text "${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
    return `${typeof v} ${String(v)}`;
  }
  return 'a value';
}
