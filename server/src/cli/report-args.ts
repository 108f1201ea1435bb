// Command line of `supportlint report`. The options it shares with linting (--config,
// --rule, --today, --locale) are checked by the lint parser, so they mean the same.
import { parseArgs, UsageError } from './args';
import type { SeverityOrOff } from '../rules/types';

export const REPORT_FORMATS = ['summary', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  patterns: string[];
  format: ReportFormat;
  out?: string;
  minScore?: number;
  requirePass: boolean;
  baseline?: string;
  updateBaseline: boolean;
  changedSince?: string;
  /** Worker threads; undefined: one per core. */
  jobs?: number;
  progress: boolean;
  configPath?: string;
  rules: Record<string, SeverityOrOff>;
  today?: string;
  locale?: string;
  help: boolean;
}

const SHARED_VALUE = new Set(['--config', '-c', '--rule', '--today', '--locale']);
const VALUE = new Set(['--out', '-o', '--output-file', '--format', '-f', '--min-score', '--baseline', '--changed-since', '--jobs', '-j', ...SHARED_VALUE]);

function formatFromName(file: string): ReportFormat {
  const ext = file.toLowerCase().replace(/^.*\./, '');
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : ext === 'txt' ? 'summary' : 'html';
}

export function parseReportArgs(argv: string[]): ReportOptions {
  const o: ReportOptions = { patterns: [], format: 'summary', requirePass: false, updateBaseline: false, progress: true, rules: {}, help: false };
  const shared: string[] = [];
  let format: ReportFormat | undefined;
  let onlyPatterns = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPatterns || arg === '-' || !arg.startsWith('-')) {
      o.patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPatterns = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (!VALUE.has(name)) {
      if (value !== undefined) throw new UsageError(`option '${name}' does not take a value`);
      if (name === '--help' || name === '-h') o.help = true;
      else if (name === '--require-pass') o.requirePass = true;
      else if (name === '--update-baseline') o.updateBaseline = true;
      else if (name === '--no-progress') o.progress = false;
      else throw new UsageError(`unknown option '${name}' for 'supportlint report'`);
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option '${name}' needs a value`);
      value = argv[++i];
    }
    if (SHARED_VALUE.has(name)) {
      shared.push(name, value);
      continue;
    }
    switch (name) {
      case '--out':
      case '-o':
      case '--output-file':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        o.out = value;
        break;
      case '--format':
      case '-f':
        if (!(REPORT_FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown report format '${value}' (choose one of ${REPORT_FORMATS.join(', ')})`);
        format = value as ReportFormat;
        break;
      case '--min-score':
        if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100) throw new UsageError(`--min-score expects a score from 0 to 100, got '${value}'`);
        o.minScore = Number(value);
        break;
      case '--baseline':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        o.baseline = value;
        break;
      case '--changed-since':
        o.changedSince = value;
        break;
      case '--jobs':
      case '-j':
        if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs expects a number of worker threads (1 or more), got '${value}'`);
        o.jobs = Number(value);
        break;
    }
  }
  if (o.help) return o;
  const common = parseArgs(shared);
  o.configPath = common.configPath;
  o.rules = common.rules;
  o.today = common.today;
  o.locale = common.locale;
  o.format = format ?? (o.out !== undefined ? formatFromName(o.out) : 'summary');
  if (o.format === 'html' && o.out === undefined) throw new UsageError('the HTML report is a file: give it a name with --out report.html');
  if (o.updateBaseline && o.baseline === undefined) throw new UsageError('--update-baseline needs --baseline FILE (the file to write)');
  return o;
}

export const REPORT_HELP = `Usage: supportlint report [options] [file|dir|glob ...]

Scores each call script and ticket note (0-100, pass or fail; see docs/scoring.md)
and writes a compliance report. With no file, reports on the current directory.

Output:
  -o, --out FILE            write the report to FILE (format from its extension:
                            .csv, .json, .txt for the summary, else HTML);
                            without it a summary is printed
  -f, --format NAME         summary (default), html, csv, json
      --no-progress         no progress bar (it is only shown on a terminal anyway)

Gates (exit code 1 when one fails):
      --min-score N         fail when any file scores below N
      --require-pass        fail when any file does not pass (below the scoring
                            threshold, or a finding of a critical rule)
      --baseline FILE       fail only on errors and warnings that are not in FILE
      --update-baseline     write today's findings to the --baseline FILE instead

Selection:
      --changed-since REF   only files changed since the git ref REF (and untracked
                            files that are not ignored)
  -j, --jobs N              worker threads (default: one per core)

Configuration (as for linting):
  -c, --config PATH         use this config file instead of the nearest .supportlint.yaml
      --rule ID:SEVERITY    set a rule's severity (error, warning, info, off); repeatable
      --today YYYY-MM-DD    the date rules take as today (default: today, UTC)
      --locale LANG         language of messages: en, es, tr, id

Exit codes: 0 every gate passed, 1 a gate failed, 2 usage, configuration or I/O error.
Documentation: docs/cli.md ("Compliance reports and CI gates"), docs/scoring.md
`;
