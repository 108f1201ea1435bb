// Finds the call scripts and ticket notes of the workspace folders without blocking the
// server: directories are read asynchronously and the walk stops when cancelled.
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { CancellationToken } from 'vscode-languageserver';
import { MAX_LINT_CHARS, tooLargeReason } from './analysis';

/** Never searched: dependencies, version control. Hidden directories are skipped too. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export async function findFiles(roots: readonly string[], accept: (file: string) => boolean, token?: CancellationToken): Promise<string[]> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    if (token?.isCancellationRequested) return;
    let real: string;
    try {
      real = await fsp.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (token?.isCancellationRequested) return;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await fsp.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await walk(full);
      } else if (isFile && accept(full)) {
        out.add(full);
      }
    }
  };
  for (const r of roots) await walk(path.resolve(r));
  return [...out].sort();
}

/** A file's text for linting, or why it is skipped; null when it cannot be read. */
export async function readForLint(file: string): Promise<{ text: string; skip?: string } | null> {
  try {
    const st = await fsp.stat(file);
    if (!st.isFile()) return null;
    if (st.size > MAX_LINT_CHARS * 3) return { text: '', skip: tooLargeReason(st.size) };
    const t = (await fsp.readFile(file)).toString('utf8');
    return { text: t.charCodeAt(0) === 0xfeff ? t.slice(1) : t };
  } catch {
    return null;
  }
}
