// Turning engine offsets into LSP ranges and edits.
import type { Range, TextEdit } from 'vscode-languageserver';
import type { LineIndex } from '../engine/lineIndex';
import type { Span } from '../model';

export function rangeOf(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function spanRange(lines: LineIndex, span: Span): Range {
  return rangeOf(lines, span.start, span.end);
}

/** One edit turning `before` into `after`: the changed middle only, so the cursor and folds elsewhere stay put. */
export function minimalEdit(lines: LineIndex, before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair or a CRLF.
  if (start > 0 && isLowSurrogate(before.charCodeAt(start)) && start < before.length) start--;
  if (start > 0 && before.charCodeAt(start) === 10 && before.charCodeAt(start - 1) === 13) start--;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  if (endB < before.length && isLowSurrogate(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  if (endB < before.length && endB > 0 && before.charCodeAt(endB - 1) === 13 && before.charCodeAt(endB) === 10) {
    endB++;
    endA++;
  }
  return { range: rangeOf(lines, start, endB), newText: after.slice(start, endA) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The line break a text already uses, for inserted lines. */
export function eolOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, offset);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}
