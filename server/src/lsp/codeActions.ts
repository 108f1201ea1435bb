// Quick fixes for each diagnostic, "disable for this line", and fix-all (for
// editor.codeActionsOnSave). Fixes come from re-linting the current text, never from
// diagnostic data a client may hold for an older version.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { applyFixes } from '../engine/fix';
import type { LintMessage } from '../engine/types';
import { FIX_ALL_KIND } from '../protocol';
import { getRule } from '../rules';
import { uiText } from '../engine/uiText';
import type { Fix } from '../rules/types';
import type { Analysis } from './analysis';
import { SOURCE } from './diagnostics';
import { eolOf, lineEndAt, minimalEdit, rangeOf } from './edits';

const MAX_FIX_PASSES = 10;

export interface ActionContext {
  /** Client accepts `documentChanges` (versioned edits). */
  documentChanges: boolean;
  /** Builds the "Add <term> to allowed terms" action, when possible. */
  allowTerm?: (a: Analysis, m: LintMessage, diag: Diagnostic) => CodeAction | null;
}

/** Whether an action of `kind` was asked for by `only` (absent: every kind). */
export function wants(only: string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => o === kind || kind.startsWith(o + '.'));
}

export function docEdit(a: Analysis, edits: TextEdit[], ctx: ActionContext): WorkspaceEdit {
  if (ctx.documentChanges) return { documentChanges: [{ textDocument: { uri: a.input.uri, version: a.input.version }, edits }] };
  return { changes: { [a.input.uri]: edits } };
}

function sameRange(d: Diagnostic, m: LintMessage): boolean {
  const r = d.range;
  return r.start.line === m.line && r.start.character === m.column && r.end.line === m.endLine && r.end.character === m.endColumn;
}

/** The lint messages the request is about, each with the diagnostic the client showed. */
function targets(a: Analysis, params: CodeActionParams): { m: LintMessage; d: Diagnostic }[] {
  const messages = a.result?.messages ?? [];
  const diags = a.diagnostics();
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
  const out: { m: LintMessage; d: Diagnostic }[] = [];
  if (ours.length) {
    for (const d of ours) {
      const i = messages.findIndex((m) => m.ruleId === d.code && sameRange(d, m) && m.message === d.message);
      if (i >= 0) out.push({ m: messages[i], d });
    }
    return out;
  }
  // Clients that send no diagnostics in the context: the problems under the cursor.
  const start = a.lines.offsetAt(params.range.start);
  const end = a.lines.offsetAt(params.range.end);
  messages.forEach((m, i) => {
    if (m.span.start <= end && m.span.end >= start) out.push({ m, d: diags[i] });
  });
  return out;
}

export function codeActions(a: Analysis, params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  if (!a.active || !a.result) return [];
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const disables: CodeAction[] = [];
    const seenDisable = new Set<string>();
    for (const { m, d } of targets(a, params)) {
      if (m.fix) out.push(quickFix(a, fixTitle(a.text, m.fix, a.locale), m.fix, d, ctx, true));
      for (const s of m.suggestions ?? []) out.push(quickFix(a, s.title, s.fix, d, ctx, false));
      if (ctx.allowTerm && m.ruleId === 'no-jargon' && typeof m.data?.term === 'string') {
        const add = ctx.allowTerm(a, m, d);
        if (add) out.push(add);
      }
      const key = `${m.ruleId}:${m.line}`;
      if (!seenDisable.has(key)) {
        seenDisable.add(key);
        const dis = disableAction(a, m, d, ctx);
        if (dis) disables.push(dis);
      }
    }
    out.push(...disables);
  }
  if (wants(only, FIX_ALL_KIND)) {
    const all = fixAllAction(a, ctx);
    if (all) out.push(all);
  }
  return out;
}

function quickFix(a: Analysis, title: string, fix: Fix, d: Diagnostic, ctx: ActionContext, preferred: boolean): CodeAction {
  const edit = { range: rangeOf(a.lines, fix.range[0], fix.range[1]), newText: fix.text };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred || undefined, edit: docEdit(a, [edit], ctx) };
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? one.slice(0, 39) + '…' : one;
}

export function fixTitle(text: string, fix: Fix, locale = 'en'): string {
  const old = short(text.slice(fix.range[0], fix.range[1]));
  const now = short(fix.text);
  if (!now) return old ? uiText(locale, 'fixRemove', { old }) : uiText(locale, 'fixApply');
  if (!old) return uiText(locale, 'fixInsert', { new: now });
  return uiText(locale, 'fixReplace', { old, new: now });
}

/** The text after applying every fix until nothing changes, like `supportlint --fix`. */
export function fixAllText(a: Analysis): string {
  let text = a.text;
  let messages = a.result?.messages ?? [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = messages.filter((m) => m.fix).map((m) => m.fix!);
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes);
    if (next.applied === 0 || next.text === text) break;
    text = next.text;
    messages = a.relint(text).messages;
  }
  return text;
}

export function fixAllAction(a: Analysis, ctx: ActionContext): CodeAction | null {
  if (!a.result?.messages.some((m) => m.fix)) return null;
  const fixed = fixAllText(a);
  const edit = minimalEdit(a.lines, a.text, fixed);
  if (!edit) return null;
  return { title: uiText(a.locale, 'fixAll'), kind: FIX_ALL_KIND, edit: docEdit(a, [edit], ctx) };
}

/** Rules a suppression comment can silence (engine problems such as `parse` cannot be). */
function suppressible(ruleId: string): boolean {
  return getRule(ruleId) !== undefined || ruleId === 'unsupported-language';
}

const NEXT_LINE_COMMENT = /^([ \t]*)<!--\s*supportlint-disable-next-line\s+(.*?)\s*-->[ \t]*$/;

function disableAction(a: Analysis, m: LintMessage, d: Diagnostic, ctx: ActionContext): CodeAction | null {
  const doc = a.doc;
  if (!doc || !suppressible(m.ruleId)) return null;
  // Front matter is YAML: a comment there would break it.
  if (doc.frontMatter && m.span.start < doc.frontMatter.span.end) return null;
  const text = a.text;
  const lineStart = a.lines.lineStart(m.line);
  const lineEnd = lineEndAt(text, lineStart);
  const title = uiText(a.locale, 'disableLine', { rule: m.ruleId });
  const make = (edit: TextEdit): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: docEdit(a, [edit], ctx) });

  // A comment line inside a turn would end the turn: on its continuation lines, use a
  // comment at the end of the line instead.
  if (doc.kind === 'callscript') {
    const turn = doc.items.find((i) => i.type === 'turn' && i.span.start <= m.span.start && m.span.start <= i.span.end);
    if (turn && turn.span.start < lineStart) {
      return make({ range: rangeOf(a.lines, lineEnd, lineEnd), newText: ` <!-- supportlint-disable-line ${m.ruleId} -->` });
    }
  }
  if (m.line > 0) {
    const prevStart = a.lines.lineStart(m.line - 1);
    const prev = text.slice(prevStart, lineEndAt(text, prevStart));
    const existing = NEXT_LINE_COMMENT.exec(prev);
    if (existing && existing[2]) {
      const listEnd = prevStart + prev.indexOf(existing[2]) + existing[2].length;
      return make({ range: rangeOf(a.lines, listEnd, listEnd), newText: `, ${m.ruleId}` });
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineEnd))![0];
  return make({ range: rangeOf(a.lines, lineStart, lineStart), newText: `${indent}<!-- supportlint-disable-next-line ${m.ruleId} -->${eolOf(text)}` });
}
