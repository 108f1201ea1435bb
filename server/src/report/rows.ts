// `--format csv` and `--format json`: one row per file, for spreadsheets and dashboards.
import { displayPath } from '../cli/report';
import type { ReportFile } from './types';

export interface ReportRow {
  path: string;
  kind: string;
  language: string;
  /** Null when the file could not be linted. */
  score: number | null;
  pass: boolean;
  errors: number;
  warnings: number;
  infos: number;
  /** Error and warning findings of critical rules. */
  critical: number;
  criticalRules: string[];
  /** Findings not in the baseline (only with --baseline). */
  newFindings?: number;
}

export function toRows(files: ReportFile[], cwd: string): ReportRow[] {
  return files.map((f) => {
    const row: ReportRow = {
      path: displayPath(f.filePath, cwd),
      kind: f.kind ?? '',
      language: f.lang,
      score: f.score?.score ?? null,
      pass: f.score?.pass ?? false,
      errors: f.errorCount,
      warnings: f.warningCount,
      infos: f.infoCount,
      critical: f.score?.criticalFindings ?? 0,
      criticalRules: f.score?.criticalRules ?? [],
    };
    if (f.findings.some((m) => m.isNew !== undefined)) row.newFindings = f.findings.filter((m) => m.isNew).length;
    return row;
  });
}

export function formatRowsJson(rows: ReportRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

const COLUMNS = ['path', 'kind', 'language', 'score', 'pass', 'errors', 'warnings', 'infos', 'critical', 'criticalRules'] as const;

/**
 * RFC 4180 fields. A text starting with = + - @ (a spreadsheet formula) gets a leading
 * apostrophe so that opening the file never runs one.
 */
function field(v: unknown): string {
  let s = Array.isArray(v) ? v.join(' ') : v === null || v === undefined ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatRowsCsv(rows: ReportRow[]): string {
  const withNew = rows.some((r) => r.newFindings !== undefined);
  const cols: string[] = [...COLUMNS, ...(withNew ? ['newFindings'] : [])];
  const lines = [cols.join(',')];
  for (const r of rows) lines.push(cols.map((c) => field((r as unknown as Record<string, unknown>)[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}
