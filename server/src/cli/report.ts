// What the CLI knows about one linted file, in the shape of the JSON output contract
// (docs: /work/shared/spec/formats.md "Output contract"): 1-based lines and columns,
// a docs link per message, counts per severity. Every formatter reads these.
import type { FileKind } from '../model';
import type { LintMessage, LintResult } from '../engine/types';
import type { Fix, Severity } from '../rules/types';
import type { ConfigProblem } from '../config/types';
import * as path from 'path';
import { docsPath } from '../engine/docs';

/** Rule id of the messages the CLI itself reports for files it could not read. */
export const IO_RULE_ID = 'io';
/** Rule id of problems in configuration files (an engine-level diagnostic). */
export const CONFIG_RULE_ID = 'config';

/** One message as printed by `--format json`: 1-based, end exclusive (like the editor). */
export interface CliMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Repository-relative docs page of the rule. */
  docs: string;
  fix?: Fix;
  /** The file could not be linted at all (not found, unreadable, binary, too large). */
  fatal?: true;
}

export interface FileReport {
  /** Absolute path. */
  filePath: string;
  language: FileKind | null;
  /** Language code of the file's text (en, es, ...); '' when the file was not read. */
  lang: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Set when the file could not be linted (an I/O problem; exit code 2). */
  fatal?: boolean;
  /** The text that was linted (kept for formatters that want context; never printed by default). */
  source?: string;
  /** `--fix-dry-run`: the text after fixes, when fixes changed it. */
  output?: string;
}

/** Docs page for any id the CLI can print, engine-level ids included. */
export function docsFor(ruleId: string): string {
  if (ruleId === IO_RULE_ID) return 'docs/cli.md';
  return docsPath(ruleId);
}

export function toCliMessage(m: LintMessage): CliMessage {
  const out: CliMessage = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line + 1,
    column: m.column + 1,
    endLine: m.endLine + 1,
    endColumn: m.endColumn + 1,
    docs: docsFor(m.ruleId),
  };
  if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  return out;
}

/** Messages in reading order: line, column, then rule id for a stable output. */
export function sortMessages(messages: CliMessage[]): CliMessage[] {
  return messages
    .map((m, i) => ({ m, i }))
    .sort(
      (a, b) =>
        a.m.line - b.m.line ||
        a.m.column - b.m.column ||
        (a.m.ruleId < b.m.ruleId ? -1 : a.m.ruleId > b.m.ruleId ? 1 : 0) ||
        a.i - b.i,
    )
    .map((x) => x.m);
}

export function countSeverities(messages: CliMessage[]): { errorCount: number; warningCount: number; infoCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}

export function makeReport(
  filePath: string,
  language: FileKind | null,
  lang: string,
  messages: CliMessage[],
  extra: { fatal?: boolean; output?: string } = {},
): FileReport {
  const sorted = sortMessages(messages);
  const r: FileReport = { filePath, language, lang, messages: sorted, ...countSeverities(sorted) };
  if (extra.fatal) r.fatal = true;
  if (extra.output !== undefined) r.output = extra.output;
  return r;
}

export function reportFromLint(filePath: string, result: LintResult): FileReport {
  return makeReport(filePath, result.kind, result.lang, result.messages.map(toCliMessage));
}

/** A file the CLI could not lint: one fatal error at 1:1 saying why. */
export function fatalReport(filePath: string, language: FileKind | null, message: string): FileReport {
  const m: CliMessage = {
    ruleId: IO_RULE_ID,
    severity: 'error',
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    docs: docsFor(IO_RULE_ID),
    fatal: true,
  };
  return makeReport(filePath, language, '', [m], { fatal: true });
}

/** Config problems (already 1-based) as reports on the config files, one per file. */
export function configReports(problems: ConfigProblem[]): FileReport[] {
  const byFile = new Map<string, CliMessage[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    list.push({
      ruleId: CONFIG_RULE_ID,
      severity: 'error',
      message: p.message,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      docs: docsFor(CONFIG_RULE_ID),
    });
    byFile.set(p.file, list);
  }
  return [...byFile.keys()].sort().map((file) => makeReport(file, null, '', byFile.get(file)!));
}

/** Drop warnings and infos (`--quiet`), recounting. */
export function onlyErrors(r: FileReport): FileReport {
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, ...countSeverities(messages) };
}

export interface Totals {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  fatalCount: number;
}

export function totals(reports: FileReport[]): Totals {
  const t: Totals = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0, fatalCount: 0 };
  for (const r of reports) {
    t.errorCount += r.errorCount;
    t.warningCount += r.warningCount;
    t.infoCount += r.infoCount;
    if (r.fatal) t.fatalCount++;
    for (const m of r.messages) if (m.fix) t.fixableCount++;
  }
  return t;
}

/** Path shown to people: relative to cwd when inside it, else absolute; always with `/`. */
export function displayPath(filePath: string, cwd: string): string {
  return relativeInside(filePath, cwd) ?? filePath.split('\\').join('/');
}

/** Relative path with `/` when `filePath` is inside `cwd`, else null. */
export function relativeInside(filePath: string, cwd: string): string | null {
  const rel = path.relative(cwd, filePath);
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}
