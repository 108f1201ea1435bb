// Reads, lints and scores one file for `supportlint report`. The same code runs in the
// worker threads and on the main thread (--jobs 1), so both give identical results.
import * as fs from 'fs';
import type { ConfigProblem, ResolvedConfig } from '../config/types';
import type { SeverityOrOff } from '../rules/types';
import { ConfigCache, applyRuleOverrides, loadConfigFor } from '../config/load';
import { fileKindFor } from '../engine/kind';
import { analyzeText, fatalFile } from '../report/analyze';
import type { ReportFile } from '../report/types';
import { reason } from './files';

/** The same limit as the lint command. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Everything a worker needs to lint like the main thread (plain data: it is cloned). */
export interface JobOptions {
  configPath?: string;
  rules: Record<string, SeverityOrOff>;
  today?: string;
  locale?: string;
}

export class JobRunner {
  private readonly cache = new ConfigCache();
  private readonly overridden = new WeakMap<ResolvedConfig, ResolvedConfig>();
  private problems = new Map<string, ConfigProblem>();

  constructor(private readonly opts: JobOptions) {}

  configFor(file: string): ResolvedConfig {
    const base = loadConfigFor(file, { configPath: this.opts.configPath, cache: this.cache });
    for (const p of base.problems) this.problems.set(`${p.file}\0${p.line}\0${p.column}\0${p.message}`, p);
    let c = this.overridden.get(base);
    if (!c) {
      c = applyRuleOverrides(base, this.opts.rules);
      this.overridden.set(base, c);
    }
    return c;
  }

  /** Config problems seen since the last call. */
  takeProblems(): ConfigProblem[] {
    const list = [...this.problems.values()];
    this.problems = new Map();
    return list;
  }

  run(file: string): ReportFile {
    const read = readText(file);
    const config = this.configFor(file);
    const kind = fileKindFor(file, config);
    if (typeof read !== 'string') return fatalFile(file, kind, read.message);
    if (!kind) return fatalFile(file, null, 'not a call script or ticket note');
    try {
      return analyzeText(file, read, kind, config, { today: this.opts.today, locale: this.opts.locale });
    } catch (e) {
      // A bug in supportlint must not stop the other files from being reported.
      return fatalFile(file, kind, `internal error while linting: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
}

/** The file's text, or why it cannot be linted (the lint command's checks). */
function readText(file: string): string | { message: string } {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) return { message: 'is a directory' };
    if (st.size > MAX_FILE_BYTES) return { message: `file too large (more than ${MAX_FILE_BYTES / (1024 * 1024)} MB), skipped` };
    buf = fs.readFileSync(file);
  } catch (e) {
    const why = reason(e);
    return { message: why === 'file not found' ? why : `cannot read file: ${why}` };
  }
  if (buf.subarray(0, 8192).includes(0)) return { message: 'binary file (NUL bytes in the first 8 KB), skipped' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return { message: 'not UTF-8 text, skipped' };
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
