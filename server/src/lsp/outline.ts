// Outline (document symbols, for the outline view and breadcrumbs) and folding ranges.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Branch, ParsedDoc, ScriptItem, Span } from '../model';
import type { LineIndex } from '../engine/lineIndex';
import { rangeOf, spanRange } from './edits';

/** The span without trailing blank lines, so a folded section does not swallow the gap. */
function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end };
}

function symbol(name: string, detail: string | undefined, kind: SymbolKind, lines: LineIndex, span: Span, sel: Span): DocumentSymbol {
  return { name: name.trim() || '(untitled)', detail, kind, range: spanRange(lines, span), selectionRange: spanRange(lines, sel), children: [] };
}

function branchSymbols(text: string, items: ScriptItem[], lines: LineIndex): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const i of items) {
    if (i.type !== 'branch') continue;
    const b = i as Branch;
    const s = symbol(b.label.replace(/:\s*$/, ''), 'branch', SymbolKind.Event, lines, trimEnd(text, b.span), b.labelSpan);
    s.children = branchSymbols(text, b.items, lines);
    out.push(s);
  }
  return out;
}

/** Each headed section with its extent: up to the next heading of the same or a higher level. */
function headedSections(doc: ParsedDoc): { section: ParsedDoc['sections'][number]; level: number; extent: Span }[] {
  const headed = doc.sections.filter((s) => s.heading);
  return headed.map((section, i) => {
    const level = section.heading!.level;
    let end = section.span.end;
    for (let j = i + 1; j < headed.length && headed[j].heading!.level > level; j++) end = headed[j].span.end;
    return { section, level, extent: { start: section.span.start, end } };
  });
}

export function documentSymbols(doc: ParsedDoc, lines: LineIndex): DocumentSymbol[] {
  const text = doc.text;
  const roots: DocumentSymbol[] = [];
  if (doc.frontMatter) roots.push(symbol('Front matter', undefined, SymbolKind.Object, lines, trimEnd(text, doc.frontMatter.span), { start: doc.frontMatter.span.start, end: doc.frontMatter.span.start + 3 }));
  let container = roots;
  if (doc.title) {
    const title = symbol(doc.title.text, doc.kind === 'callscript' ? 'call script' : 'ticket note', SymbolKind.File, lines, trimEnd(text, { start: doc.title.span.start, end: text.length }), doc.title.textSpan);
    roots.push(title);
    container = title.children!;
  }
  const stack: { level: number; sym: DocumentSymbol }[] = [];
  for (const { section, level, extent } of headedSections(doc)) {
    const h = section.heading!;
    const sym = symbol(h.text, undefined, SymbolKind.Namespace, lines, trimEnd(text, extent), h.textSpan);
    if (doc.kind === 'callscript') sym.children = branchSymbols(text, (section as { items: ScriptItem[] }).items, lines);
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.sym.children! : container).push(sym);
    stack.push({ level, sym });
  }
  return roots;
}

export function foldingRanges(doc: ParsedDoc, lines: LineIndex): FoldingRange[] {
  const text = doc.text;
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const r = rangeOf(lines, span.start, trimEnd(text, span).end);
    if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, kind });
  };
  if (doc.frontMatter) add(doc.frontMatter.span, FoldingRangeKind.Region);
  for (const c of doc.comments) add(c.span, FoldingRangeKind.Comment);
  for (const { extent } of headedSections(doc)) add(extent);
  if (doc.kind === 'callscript') for (const i of doc.items) if (i.type === 'branch') add(i.span);
  out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
  return out;
}
