// Turns the command line's files, directories and globs into a sorted list of files.
// Globs are expanded here with picomatch, so quoting them is safe (and a shell that
// already expanded them just hands us plain paths). Directory walks skip node_modules,
// .git and hidden directories, and keep only files the caller says can be linted.
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';

export const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface ExpandOptions {
  cwd: string;
  /** Whether a file found in a directory or by a glob is a call script or ticket. */
  isLintable(absPath: string): boolean;
}

export interface ExpandResult {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Files named directly on the command line (linted or reported even if not lintable). */
  explicit: Set<string>;
  /** Named paths that do not exist (absolute). */
  missing: string[];
  /** One-line problems: a glob or directory that matched nothing, an unreadable directory. */
  problems: string[];
}

function hasGlobChars(p: string): boolean {
  return /[*?[\]{}()!]/.test(p);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/** Files under `dir` (depth first, names sorted), skipping ignored and hidden directories. */
function walk(dir: string, visit: (file: string) => void, problems: string[], cwd: string, seen = new Set<string>()): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    real = dir;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(`cannot read directory ${shown(dir, cwd)}: ${reason(e)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const full = path.join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      const st = statOrNull(full);
      if (!st) continue; // dangling link
      isDir = st.isDirectory();
      isFile = st.isFile();
    }
    if (isDir) {
      if (SKIPPED_DIRS.has(ent.name) || ent.name.startsWith('.')) continue;
      walk(full, visit, problems, cwd, seen);
    } else if (isFile) {
      visit(full);
    }
  }
}

export function shown(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return toPosix(p);
  return toPosix(rel);
}

/** A short reason for an fs error, without a stack. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return code ? code.toLowerCase() : e instanceof Error ? e.message : String(e);
  }
}

export function expandPatterns(patterns: string[], opts: ExpandOptions): ExpandResult {
  const { cwd } = opts;
  const found = new Set<string>();
  const explicit = new Set<string>();
  const missing: string[] = [];
  const problems: string[] = [];
  const lintable = new Map<string, boolean>();
  const isLintable = (f: string): boolean => {
    let v = lintable.get(f);
    if (v === undefined) {
      v = opts.isLintable(f);
      lintable.set(f, v);
    }
    return v;
  };

  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const abs = path.resolve(cwd, pattern);
    const st = statOrNull(abs);
    if (st?.isDirectory()) {
      let n = 0;
      walk(
        abs,
        (f) => {
          if (isLintable(f)) {
            found.add(f);
            n++;
          }
        },
        problems,
        cwd,
      );
      if (n === 0) problems.push(`no call scripts or ticket notes found in ${shown(abs, cwd)}`);
      continue;
    }
    if (st) {
      // A file named on the command line (or already expanded by the shell).
      found.add(abs);
      explicit.add(abs);
      continue;
    }
    if (!hasGlobChars(pattern)) {
      missing.push(abs);
      explicit.add(abs);
      continue;
    }
    const scan = picomatch.scan(toPosix(pattern));
    const baseDir = path.resolve(cwd, scan.base || '.');
    const isMatch = picomatch(scan.glob || '**', { dot: false });
    let n = 0;
    if (statOrNull(baseDir)?.isDirectory()) {
      walk(
        baseDir,
        (f) => {
          if (isMatch(toPosix(path.relative(baseDir, f))) && isLintable(f)) {
            found.add(f);
            n++;
          }
        },
        problems,
        cwd,
      );
    }
    if (n === 0) problems.push(`no call scripts or ticket notes match '${pattern}'`);
  }

  const files = [...found, ...missing.filter((m) => !found.has(m))];
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: [...new Set(files)], explicit, missing, problems };
}
