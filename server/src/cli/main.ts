// The `supportlint` command. bin/supportlint.js calls main(argv) and exits with the
// number it resolves to: 0 clean, 1 lint errors or too many warnings, 2 usage, config
// or I/O error. User mistakes get one line on stderr, never a stack trace, and the
// text of a document is only ever printed by a formatter (JSON fixes, dry-run output).
import * as fs from 'fs';
import * as path from 'path';
import type { FileKind } from '../model';
import type { ConfigProblem, ResolvedConfig } from '../config/types';
import type { Fix } from '../rules/types';
import type { LintResult } from '../engine/types';
import { ConfigCache, applyRuleOverrides, loadConfigFor } from '../config/load';
import { lint } from '../engine/lint';
import { fileKindFor } from '../engine/kind';
import { applyFixes } from '../engine/fix';
import { closest } from '../engine/closest';
import { allRules, getRule } from '../rules/index';
import { HELP, parseArgs, UsageError, type CliOptions } from './args';
import { expandPatterns, reason, shown } from './files';
import { atomicWriteFileSync } from './atomicWrite';
import { ENGINE_RULES, getFormatter, type FormatContext, type RuleInfo } from './formatters/index';
import { configReports, fatalReport, onlyErrors, reportFromLint, totals, type FileReport } from './report';
import { runReport } from './report-command';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8 * 1024;
const MAX_FIX_PASSES = 10;

interface Out {
  write(s: string): unknown;
}

export interface CliIO {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour). */
  stdoutIsTTY: boolean;
}

/** An error already explained to the user: print the message, exit 2. */
class UserError extends Error {}

export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stderr = io.stderr ?? process.stderr;
  const stdout = io.stdout ?? process.stdout;
  if (stdout === process.stdout) guardBrokenPipe();
  try {
    return await run(argv, {
      stdout,
      stderr,
      stdin: io.stdin ?? process.stdin,
      cwd: io.cwd ?? process.cwd(),
      env,
      stdoutIsTTY: io.stdoutIsTTY ?? (stdout === process.stdout && process.stdout.isTTY === true),
    });
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`supportlint: ${e.message}\nRun 'supportlint --help' for usage.\n`);
      return 2;
    }
    if (e instanceof UserError) {
      stderr.write(`supportlint: ${e.message}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    stderr.write(`supportlint: internal error: ${msg.split('\n')[0]}\n`);
    if (env.SUPPORTLINT_DEBUG && e instanceof Error && e.stack) stderr.write(e.stack + '\n');
    return 2;
  }
}

let pipeGuarded = false;
/** `supportlint ... | head` closes the pipe early: stop quietly instead of crashing. */
function guardBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
}

/** supportlint's version, from the package.json next to the bundle or the sources. */
export function toolVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const f = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(f, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'supportlint' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // keep looking
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return '0.0.0';
}

/** Colour for stylish output: --no-color/--color, then FORCE_COLOR, NO_COLOR, a terminal. */
export function decideColor(opt: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean): boolean {
  if (opt !== undefined) return opt;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

function ruleInfos(): RuleInfo[] {
  const fromRules: RuleInfo[] = allRules().map((r) => ({
    id: r.meta.id,
    description: r.meta.description,
    defaultSeverity: r.meta.defaultSeverity,
    fixable: r.meta.fixable,
  }));
  const known = new Set(fromRules.map((r) => r.id));
  return [...fromRules, ...ENGINE_RULES.filter((r) => !known.has(r.id))];
}

function problemLine(p: ConfigProblem, cwd: string): string {
  return `${shown(p.file, cwd)}:${p.line}:${p.column}  error  ${p.message}  config`;
}

interface ReadOk {
  ok: true;
  text: string;
  bom: boolean;
}
interface ReadFail {
  ok: false;
  message: string;
}

/** Checks and decodes file contents: size, NUL bytes, UTF-8. */
function decode(buf: Buffer, size = buf.length): ReadOk | ReadFail {
  if (size > MAX_FILE_BYTES) {
    const mb = Math.ceil((size / (1024 * 1024)) * 10) / 10;
    return { ok: false, message: `file too large (${mb} MB > ${MAX_FILE_BYTES / (1024 * 1024)} MB), skipped` };
  }
  if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, message: 'binary file (NUL bytes in the first 8 KB), skipped' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return { ok: false, message: 'not UTF-8 text, skipped' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

function readFileChecked(file: string): ReadOk | ReadFail {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const why = reason(e);
    return { ok: false, message: why === 'file not found' ? why : `cannot read file: ${why}` };
  }
  if (st.isDirectory()) return { ok: false, message: 'is a directory' };
  if (st.size > MAX_FILE_BYTES) return decode(Buffer.alloc(0), st.size);
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, message: `cannot read file: ${reason(e)}` };
  }
  return decode(buf);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
    size += b.length;
    if (size <= MAX_FILE_BYTES) chunks.push(b);
  }
  if (size > MAX_FILE_BYTES) return Object.assign(Buffer.alloc(0), { tooLarge: size });
  return Buffer.concat(chunks);
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { cwd } = io;
  if (argv[0] === 'report') return runReport(argv.slice(1), io, toolVersion());
  const opts: CliOptions = parseArgs(argv);
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(toolVersion() + '\n');
    return 0;
  }

  for (const id of Object.keys(opts.rules)) {
    if (!getRule(id)) {
      const guess = closest(id, allRules().map((r) => r.meta.id));
      throw new UsageError(`unknown rule '${id}' in --rule${guess ? ` (did you mean '${guess}'?)` : ''}`);
    }
  }

  let configPath: string | undefined;
  if (opts.configPath !== undefined) {
    configPath = path.resolve(cwd, opts.configPath);
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(configPath);
    } catch (e) {
      throw new UserError(`cannot read config file ${opts.configPath}: ${reason(e)}`);
    }
    if (!st.isFile()) throw new UserError(`cannot read config file ${opts.configPath}: not a file`);
  }

  // Config per file, with --rule applied once per resolved config (kept by identity so
  // the engine's per-config caches keep working).
  const cache = new ConfigCache();
  const overridden = new WeakMap<ResolvedConfig, ResolvedConfig>();
  const problems = new Map<string, ConfigProblem>();
  const configFor = (file: string): ResolvedConfig => {
    const base = loadConfigFor(file, { configPath, cache });
    for (const p of base.problems) problems.set(`${p.file}\0${p.line}\0${p.column}\0${p.message}`, p);
    let c = overridden.get(base);
    if (!c) {
      c = applyRuleOverrides(base, opts.rules);
      overridden.set(base, c);
    }
    return c;
  };
  const sortedProblems = (): ConfigProblem[] =>
    [...problems.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));

  if (opts.printConfig !== undefined) {
    const config = configFor(path.resolve(cwd, opts.printConfig));
    io.stdout.write(JSON.stringify(config, null, 2) + '\n');
    const list = sortedProblems();
    for (const p of list) io.stderr.write(problemLine(p, cwd) + '\n');
    return list.length > 0 ? 2 : 0;
  }

  const fixMode = opts.fix || opts.fixDryRun;
  const lintText = (text: string, filePath: string, kind: FileKind, config: ResolvedConfig): LintResult =>
    lint({ text, filePath, kind, config, today: opts.today, locale: opts.locale });

  /** Lints, and with --fix/--fix-dry-run applies fixes until nothing changes (at most 10 passes). */
  const lintAndFix = (text: string, filePath: string, kind: FileKind, config: ResolvedConfig): { result: LintResult; fixed: string } => {
    let current = text;
    let result = lintText(current, filePath, kind, config);
    if (!fixMode) return { result, fixed: current };
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes: Fix[] = result.messages.filter((m) => m.fix).map((m) => m.fix!);
      if (fixes.length === 0) break;
      const { text: next, applied } = applyFixes(current, fixes);
      if (applied === 0 || next === current) break;
      current = next;
      result = lintText(current, filePath, kind, config);
    }
    return { result, fixed: current };
  };

  const reports: FileReport[] = [];
  /** One-line messages for stderr; `inReport`: also shown as a fatal message in the report. */
  const notes: Array<{ text: string; inReport: boolean }> = [];
  let ioError = false;

  const fatal = (filePath: string, kind: FileKind | null, message: string): void => {
    reports.push(fatalReport(filePath, kind, message));
    notes.push({ text: `${shown(filePath, cwd)}: ${message}`, inReport: true });
    ioError = true;
  };

  const kindGuess = (file: string): FileKind | null => {
    const ext = path.extname(file).toLowerCase();
    return ext === '.callscript' ? 'callscript' : ext === '.ticket' ? 'ticket' : null;
  };

  if (opts.stdin) {
    const filePath = path.resolve(cwd, opts.stdinFilename!);
    const config = configFor(filePath);
    const kind = fileKindFor(filePath, config);
    if (!kind) {
      throw new UsageError(
        `--stdin-filename ${opts.stdinFilename}: not a call script or ticket note (use a .callscript or .ticket name, or a name matched by files: in .supportlint.yaml)`,
      );
    }
    let buf: Buffer;
    try {
      buf = await readStream(io.stdin);
    } catch (e) {
      throw new UserError(`cannot read standard input: ${reason(e)}`);
    }
    const tooLarge = (buf as Buffer & { tooLarge?: number }).tooLarge;
    const read = decode(buf, tooLarge ?? buf.length);
    if (!read.ok) fatal(filePath, kind, read.message);
    else {
      const { result, fixed } = lintAndFix(read.text, filePath, kind, config);
      const r = reportFromLint(filePath, result);
      if (opts.fixDryRun && fixed !== read.text) r.output = (read.bom ? '\uFEFF' : '') + fixed;
      reports.push(r);
    }
  } else {
    const expanded = expandPatterns(opts.patterns, {
      cwd,
      isLintable: (f) => kindGuess(f) !== null || fileKindFor(f, configFor(f)) !== null,
    });
    for (const p of expanded.problems) {
      notes.push({ text: p, inReport: false });
      ioError = true;
    }
    for (const file of expanded.files) {
      const read = readFileChecked(file);
      if (!read.ok) {
        let kind = kindGuess(file);
        if (!kind && read.message !== 'file not found') kind = fileKindFor(file, configFor(file));
        fatal(file, kind, read.message);
        continue;
      }
      const config = configFor(file);
      const kind = fileKindFor(file, config);
      if (!kind) {
        notes.push({
          text: `${shown(file, cwd)}: not a call script or ticket note (name it *.callscript or *.ticket, or map it under files: in .supportlint.yaml), skipped`,
          inReport: false,
        });
        continue;
      }
      let linted: { result: LintResult; fixed: string };
      try {
        linted = lintAndFix(read.text, file, kind, config);
      } catch (e) {
        // A bug in supportlint must not stop the other files from being linted.
        fatal(file, kind, `internal error while linting: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        continue;
      }
      const { result, fixed } = linted;
      const r = reportFromLint(file, result);
      if (fixed !== read.text) {
        if (opts.fixDryRun) r.output = (read.bom ? '\uFEFF' : '') + fixed;
        else {
          try {
            atomicWriteFileSync(file, (read.bom ? '\uFEFF' : '') + fixed);
          } catch (e) {
            const msg = `could not write fixes: ${reason(e)}`;
            r.messages.unshift({ ...fatalReport(file, kind, msg).messages[0] });
            r.errorCount++;
            r.fatal = true;
            notes.push({ text: `${shown(file, cwd)}: ${msg}`, inReport: true });
            ioError = true;
          }
        }
      }
      reports.push(r);
    }
  }

  const configList = sortedProblems();
  for (const p of configList) io.stderr.write(problemLine(p, cwd) + '\n');

  const all = totals(reports);
  const tooManyWarnings = opts.maxWarnings >= 0 && all.warningCount > opts.maxWarnings;

  let shownReports = opts.quiet ? reports.map(onlyErrors) : reports;
  // Config problems go to stderr above; machine-readable formats also carry them as
  // reports on the config file (stylish would only repeat the stderr lines).
  if (opts.format !== 'stylish') shownReports = [...shownReports, ...configReports(configList)];

  const ctx: FormatContext = {
    cwd,
    color: decideColor(opts.color, io.env, io.stdoutIsTTY, opts.outputFile !== undefined),
    toolVersion: toolVersion(),
    rules: ruleInfos(),
    locale: opts.locale,
  };
  const output = getFormatter(opts.format)(shownReports, ctx);

  // Files that could not be read are in the report; say so on stderr too, unless the
  // report itself is the stylish text on the terminal.
  const notesInReport = opts.format === 'stylish' && opts.outputFile === undefined;
  for (const n of notes) if (!(n.inReport && notesInReport)) io.stderr.write(`supportlint: ${n.text}\n`);

  if (opts.outputFile !== undefined) {
    try {
      atomicWriteFileSync(path.resolve(cwd, opts.outputFile), output, { mkdirs: true });
    } catch (e) {
      throw new UserError(`cannot write ${opts.outputFile}: ${reason(e)}`);
    }
  } else if (output !== '') {
    io.stdout.write(output);
  }

  if (tooManyWarnings) {
    io.stderr.write(`supportlint: too many warnings (${all.warningCount}, maximum: ${opts.maxWarnings})\n`);
  }

  if (ioError || configList.length > 0) return 2;
  if (all.errorCount > 0 || tooManyWarnings) return 1;
  return 0;
}
