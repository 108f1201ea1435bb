// Lint messages and config problems as LSP diagnostics: the rule id as code, a link to
// the rule's docs, and in `data` what the code actions need.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { pathToFileURL } from 'url';
import type { ConfigProblem } from '../config/types';
import { docsUrl, installedDocsFile } from '../engine/docs';
import type { LineIndex } from '../engine/lineIndex';
import type { LintMessage } from '../engine/types';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import type { Severity } from '../rules/types';
import { getRule } from '../rules';
import { rangeOf } from './edits';

export const SOURCE = DIAGNOSTIC_SOURCE;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Link to a rule's docs: the installed page when shipped next to the server, else the web. */
export function docsHref(ruleId: string): string | null {
  let href = hrefs.get(ruleId);
  if (href === undefined) {
    const local = installedDocsFile(ruleId);
    href = local ? pathToFileURL(local).href : getRule(ruleId) ? docsUrl(ruleId) : null;
    hrefs.set(ruleId, href);
  }
  return href;
}

const hrefs = new Map<string, string | null>();

/** What a code action needs from a diagnostic, in LSP coordinates of `version`. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  messageId?: string;
  /** Rule data, e.g. no-jargon's `term` and `plain`. */
  [key: string]: unknown;
}

export function toDiagnostics(messages: LintMessage[], lines: LineIndex, version: number): Diagnostic[] {
  return messages.map((m) => toDiagnostic(m, lines, version));
}

export function toDiagnostic(m: LintMessage, lines: LineIndex, version: number): Diagnostic {
  const d: Diagnostic = {
    range: { start: { line: m.line, character: m.column }, end: { line: m.endLine, character: m.endColumn } },
    severity: SEVERITY[m.severity],
    code: m.ruleId,
    source: SOURCE,
    message: m.message,
  };
  const href = docsHref(m.ruleId);
  if (href) d.codeDescription = { href };
  if (m.ruleId === 'unused-suppression') d.tags = [DiagnosticTag.Unnecessary];
  const data: DiagnosticData = { ...(m.data ?? {}), ruleId: m.ruleId, version };
  if (m.fix) data.fix = { range: rangeOf(lines, m.fix.range[0], m.fix.range[1]), newText: m.fix.text };
  if (m.suggestions?.length) {
    data.suggestions = m.suggestions.map((s) => ({ title: s.title, edit: { range: rangeOf(lines, s.fix.range[0], s.fix.range[1]), newText: s.fix.text } }));
  }
  d.data = data;
  return d;
}

export function skippedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'skipped',
    source: SOURCE,
    message: reason,
  };
}

/** A config problem (1-based, like the CLI prints) on the config file itself. */
export function configDiagnostic(p: ConfigProblem): Diagnostic {
  const start = { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) };
  let end = { line: Math.max(0, p.endLine - 1), character: Math.max(0, p.endColumn - 1) };
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) end = start;
  return { range: { start, end }, severity: DiagnosticSeverity.Error, code: 'config', source: SOURCE, message: p.message };
}
