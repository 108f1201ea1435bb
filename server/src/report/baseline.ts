// `--baseline FILE`: today's findings, recorded so a team can adopt supportlint (or a
// stricter config) without fixing every old file first; later runs fail only on findings
// that are not in it. A finding is identified by file, rule and fingerprint (see
// fingerprint.ts), counted, so the third identical finding in a file is new when the
// baseline has two. Paths are relative to the baseline file, so it can be committed.
import * as fs from 'fs';
import * as path from 'path';
import type { ReportFile } from './types';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  fingerprint: string;
  count: number;
  /** For people reading the file; not compared. */
  message: string;
}

export interface Baseline {
  version: number;
  /** Path relative to the baseline file ('/' separators) -> entries, sorted. */
  files: Record<string, BaselineEntry[]>;
}

export class BaselineError extends Error {}

export function baselineKey(filePath: string, baselineDir: string): string {
  return path.relative(baselineDir, filePath).split(path.sep).join('/');
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BaselineError(`baseline ${file} does not exist; create it with --update-baseline`);
    throw new BaselineError(`cannot read baseline ${file}: ${code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BaselineError(`baseline ${file} is not valid JSON; recreate it with --update-baseline`);
  }
  const b = data as Partial<Baseline>;
  const ok =
    b !== null &&
    typeof b === 'object' &&
    b.version === BASELINE_VERSION &&
    typeof b.files === 'object' &&
    b.files !== null &&
    Object.values(b.files).every(
      (list) => Array.isArray(list) && list.every((e) => e && typeof e.rule === 'string' && typeof e.fingerprint === 'string' && Number.isInteger(e.count) && e.count > 0),
    );
  if (!ok) throw new BaselineError(`baseline ${file} is not a supportlint baseline (version ${BASELINE_VERSION}); recreate it with --update-baseline`);
  return b as Baseline;
}

const idOf = (rule: string, fp: string) => `${rule}\0${fp}`;

/** Sets `isNew` on every finding; returns how many are new. */
export function markNew(files: ReportFile[], baseline: Baseline, baselineDir: string): number {
  let n = 0;
  for (const f of files) {
    const left = new Map<string, number>();
    for (const e of baseline.files[baselineKey(f.filePath, baselineDir)] ?? []) left.set(idOf(e.rule, e.fingerprint), e.count);
    for (const m of f.findings) {
      const id = idOf(m.ruleId, m.fingerprint);
      const c = left.get(id) ?? 0;
      m.isNew = c === 0;
      if (c > 0) left.set(id, c - 1);
      else n++;
    }
  }
  return n;
}

/**
 * The baseline after this run: entries of the files linted now are replaced; entries of
 * other files are kept while the file still exists (a run over part of the tree, or with
 * --changed-since, does not forget the rest).
 */
export function buildBaseline(files: ReportFile[], baselineDir: string, previous: Baseline | null): Baseline {
  const out: Record<string, BaselineEntry[]> = {};
  if (previous) {
    for (const [key, list] of Object.entries(previous.files)) {
      if (fs.existsSync(path.resolve(baselineDir, key))) out[key] = list;
    }
  }
  for (const f of files) {
    const key = baselineKey(f.filePath, baselineDir);
    const entries = new Map<string, BaselineEntry>();
    for (const m of f.findings) {
      const id = idOf(m.ruleId, m.fingerprint);
      const e = entries.get(id);
      if (e) e.count++;
      else entries.set(id, { rule: m.ruleId, fingerprint: m.fingerprint, count: 1, message: m.message });
    }
    if (entries.size) out[key] = [...entries.values()].sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
    else delete out[key];
  }
  const sorted: Record<string, BaselineEntry[]> = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k];
  return { version: BASELINE_VERSION, files: sorted };
}

export function formatBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}
