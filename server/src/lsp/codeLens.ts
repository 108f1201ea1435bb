// The compliance score in the editor: the `supportlint/score` request, and a code lens
// on the first line ("Compliance 86/100 · 1 critical"). Computed from the analysis the
// diagnostics came from, so the score always matches the problems shown.
import type { CodeLens } from 'vscode-languageserver';
import type { FileScore } from '../score/types';
import { scoreFile } from '../score/model';
import type { Analysis } from './analysis';

const scores = new WeakMap<Analysis, FileScore>();

/** The score of an analysed document; null when it is not linted (off, skipped, not a script or note). */
export function fileScore(a: Analysis): FileScore | null {
  if (!a.active || !a.result) return null;
  let s = scores.get(a);
  if (!s) {
    const doc = a.doc;
    if (!doc) return null;
    s = scoreFile(a.result, doc, a.config);
    scores.set(a, s);
  }
  return s;
}

/** "Compliance 86/100 · 1 critical", "Compliance 72/100 · below 80", "Compliance 95/100 · pass". */
export function scoreTitle(s: FileScore): string {
  const verdict = s.criticalFindings > 0 ? `${s.criticalFindings} critical` : s.pass ? 'pass' : `below ${s.threshold}`;
  return `Compliance ${s.score}/100 · ${verdict}`;
}

/** One lens on the first line. Its command is empty: the lens is a label, not a button. */
export function scoreLenses(a: Analysis): CodeLens[] {
  const s = fileScore(a);
  if (!s) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: scoreTitle(s), command: '' } }];
}

/** A case of the sidebar with its score (null when the note is not linted). */
export function withScore<T extends object>(summary: T, a: Analysis): T & { score: number | null; pass?: boolean } {
  const s = fileScore(a);
  return s ? { ...summary, score: s.score, pass: s.pass } : { ...summary, score: null };
}
