// `supportlint report`: scores every file, writes the compliance report (HTML, CSV, JSON
// or a terminal summary) and applies the CI gates. Exit codes: 0 every gate passed,
// 1 a gate failed, 2 usage, configuration or I/O error (as for linting).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ConfigProblem } from '../config/types';
import type { FileKind } from '../model';
import { systemToday } from '../engine/clock';
import { closest } from '../engine/closest';
import { fileKindFor } from '../engine/kind';
import { allRules, getRule } from '../rules';
import { BaselineError, buildBaseline, formatBaseline, markNew, readBaseline, type Baseline } from '../report/baseline';
import { renderHtml } from '../report/html';
import { formatRowsCsv, formatRowsJson, toRows } from '../report/rows';
import { summarize } from '../report/summary';
import type { ReportFile } from '../report/types';
import { UsageError } from './args';
import { atomicWriteFileSync } from './atomicWrite';
import { expandPatterns, reason, shown } from './files';
import { changedSince, GitError, realOr } from './git-changed';
import { Progress } from './progress';
import { parseReportArgs, REPORT_HELP, type ReportOptions } from './report-args';
import { JobRunner, type JobOptions } from './report-job';
import { lintFiles } from './report-pool';
import { formatSummary } from './report-summary';

interface Out {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ReportIO {
  stdout: Out;
  stderr: Out;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A problem already explained in one line: exit 2. */
class ReportError extends Error {}

/** Gate failures are listed up to this many entries each. */
const MAX_LISTED = 20;

export async function runReport(argv: string[], io: ReportIO, toolVersion = '0.0.0'): Promise<number> {
  try {
    return await run(argv, io, toolVersion);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`supportlint: ${e.message}\nRun 'supportlint report --help' for usage.\n`);
      return 2;
    }
    if (e instanceof ReportError || e instanceof GitError || e instanceof BaselineError) {
      io.stderr.write(`supportlint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const kindGuess = (file: string): FileKind | null => {
  const ext = path.extname(file).toLowerCase();
  return ext === '.callscript' ? 'callscript' : ext === '.ticket' ? 'ticket' : null;
};

async function run(argv: string[], io: ReportIO, toolVersion: string): Promise<number> {
  const { cwd } = io;
  const opts = parseReportArgs(argv);
  if (opts.help) {
    io.stdout.write(REPORT_HELP);
    return 0;
  }
  for (const id of Object.keys(opts.rules)) {
    if (!getRule(id)) {
      const guess = closest(id, allRules().map((r) => r.meta.id));
      throw new UsageError(`unknown rule '${id}' in --rule${guess ? ` (did you mean '${guess}'?)` : ''}`);
    }
  }
  const job: JobOptions = { rules: opts.rules, today: opts.today, locale: opts.locale };
  if (opts.configPath !== undefined) {
    job.configPath = path.resolve(cwd, opts.configPath);
    if (!isFile(job.configPath)) throw new ReportError(`cannot read config file ${opts.configPath}: not found or not a file`);
  }

  // Which files: the same expansion as linting, then --changed-since.
  const local = new JobRunner(job);
  const notes: string[] = [];
  let ioError = false;
  const expanded = expandPatterns(opts.patterns, { cwd, isLintable: (f) => kindGuess(f) !== null || fileKindFor(f, local.configFor(f)) !== null });
  let files = expanded.files;
  if (opts.changedSince !== undefined) {
    const changed = changedSince(opts.changedSince, cwd);
    files = files.filter((f) => changed.has(realOr(f)));
    if (files.length === 0) notes.push(`no call scripts or ticket notes changed since ${opts.changedSince}`);
  } else {
    for (const p of expanded.problems) {
      notes.push(p);
      ioError = true;
    }
  }

  const progress = Progress.forStderr(io.stderr, files.length, io.env, opts.progress);
  const workers = opts.jobs ?? os.availableParallelism();
  let result;
  const started = Date.now();
  try {
    result = await lintFiles(files, job, workers, (n) => progress.update(n));
  } finally {
    progress.end();
  }
  if (io.env.SUPPORTLINT_DEBUG) {
    const how = result.workers ? `${result.workers} worker thread${result.workers === 1 ? '' : 's'}` : 'the main thread';
    io.stderr.write(`supportlint: linted ${files.length} file${files.length === 1 ? '' : 's'} on ${how} in ${Date.now() - started} ms\n`);
  }
  const reports = result.files;
  const problems = dedupe([...local.takeProblems(), ...result.problems]);
  for (const p of problems) io.stderr.write(`${shown(p.file, cwd)}:${p.line}:${p.column}  error  ${p.message}  config\n`);
  for (const f of reports) {
    if (f.fatal) {
      notes.push(`${shown(f.filePath, cwd)}: ${f.fatal}`);
      ioError = true;
    }
  }

  // Baseline: compare, or record.
  let baselineNote: string | null = null;
  const baselinePath = opts.baseline !== undefined ? path.resolve(cwd, opts.baseline) : null;
  if (baselinePath && opts.updateBaseline) {
    let previous: Baseline | null = null;
    if (fs.existsSync(baselinePath)) {
      try {
        previous = readBaseline(baselinePath);
      } catch {
        previous = null; // replaced as a whole
      }
    }
    const next = buildBaseline(reports, path.dirname(baselinePath), previous);
    writeOut(baselinePath, formatBaseline(next), opts.baseline!);
    const count = Object.values(next.files).reduce((n, l) => n + l.reduce((k, e) => k + e.count, 0), 0);
    baselineNote = `baseline ${opts.baseline} written: ${count} finding${count === 1 ? '' : 's'} in ${Object.keys(next.files).length} file${Object.keys(next.files).length === 1 ? '' : 's'}`;
  } else if (baselinePath) {
    markNew(reports, readBaseline(baselinePath), path.dirname(baselinePath));
  }
  const compared = baselinePath !== null && !opts.updateBaseline;
  const summary = summarize(reports, compared);

  // The report itself.
  const output = render(opts, reports, summary, cwd, toolVersion);
  if (opts.out !== undefined) {
    writeOut(path.resolve(cwd, opts.out), output, opts.out);
    io.stdout.write(formatSummary(reports, summary, cwd, { brief: true }) + `Report written to ${opts.out}\n`);
  } else {
    io.stdout.write(output);
  }
  for (const n of notes) io.stderr.write(`supportlint: ${n}\n`);
  if (baselineNote) io.stderr.write(`supportlint: ${baselineNote}\n`);

  // Gates.
  const gateFailures = gates(opts, reports, cwd, compared ? path.basename(opts.baseline!) : null);
  for (const g of gateFailures) io.stderr.write(g);

  if (ioError || problems.length > 0) return 2;
  return gateFailures.length > 0 ? 1 : 0;
}

function render(opts: ReportOptions, reports: ReportFile[], summary: ReturnType<typeof summarize>, cwd: string, toolVersion: string): string {
  switch (opts.format) {
    case 'html':
      return renderHtml(reports, summary, { cwd, toolVersion, generated: opts.today ?? systemToday() });
    case 'csv':
      return formatRowsCsv(toRows(reports, cwd));
    case 'json':
      return formatRowsJson(toRows(reports, cwd));
    case 'summary':
      return formatSummary(reports, summary, cwd, { brief: false });
  }
}

function gates(opts: ReportOptions, reports: ReportFile[], cwd: string, baselineName: string | null): string[] {
  const out: string[] = [];
  const scored = reports.filter((f) => f.score);
  const list = (items: string[]) => items.slice(0, MAX_LISTED).map((s) => `  ${s}\n`).join('') + (items.length > MAX_LISTED ? `  … and ${items.length - MAX_LISTED} more\n` : '');
  if (opts.minScore !== undefined) {
    const low = scored.filter((f) => f.score!.score < opts.minScore!).sort((a, b) => a.score!.score - b.score!.score);
    if (low.length) {
      out.push(`supportlint: ${plural(low.length, 'file')} below the minimum score ${opts.minScore} (--min-score):\n` + list(low.map((f) => `${shown(f.filePath, cwd)}  ${f.score!.score}/100`)));
    }
  }
  if (opts.requirePass) {
    const failing = scored.filter((f) => !f.score!.pass);
    if (failing.length) {
      out.push(
        `supportlint: ${plural(failing.length, 'file')} did not pass (--require-pass):\n` +
          list(
            failing.map((f) => {
              const s = f.score!;
              const why = s.criticalFindings ? `critical: ${s.criticalRules.join(', ')}` : `below ${s.threshold}`;
              return `${shown(f.filePath, cwd)}  ${s.score}/100  ${why}`;
            }),
          ),
      );
    }
  }
  if (baselineName !== null) {
    const fresh: string[] = [];
    for (const f of reports) {
      for (const m of f.findings) {
        if (m.isNew && m.severity !== 'info') fresh.push(`${shown(f.filePath, cwd)}:${m.line}:${m.column}  ${m.severity}  ${m.message}  ${m.ruleId}`);
      }
    }
    if (fresh.length) out.push(`supportlint: ${plural(fresh.length, 'new problem')} not in the baseline ${baselineName}:\n` + list(fresh));
  }
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const m = new Map<string, ConfigProblem>();
  for (const p of problems) m.set(`${p.file}\0${p.line}\0${p.column}\0${p.message}`, p);
  return [...m.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

function writeOut(file: string, text: string, shownName: string): void {
  try {
    atomicWriteFileSync(file, text, { mkdirs: true });
  } catch (e) {
    throw new ReportError(`cannot write ${shownName}: ${reason(e)}`);
  }
}

function isFile(f: string): boolean {
  try {
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
}
