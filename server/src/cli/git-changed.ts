// `--changed-since REF`: the files that differ from a git ref (committed, staged or not)
// plus untracked files that are not ignored. git is run without a shell.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** Real absolute paths of the changed and untracked files under the repository of `cwd`. */
export function changedSince(ref: string, cwd: string): Set<string> {
  if (ref === '' || ref.startsWith('-')) throw new GitError(`--changed-since expects a git ref (a branch, tag or commit), got '${ref}'`);
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('--changed-since needs git, and git was not found on the PATH');
    throw new GitError(`--changed-since needs a git repository, and ${cwd} is not inside one`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch {
    throw new GitError(`--changed-since: '${ref}' is not a known git ref (branch, tag or commit)`);
  }
  const changed = git(['diff', '--name-only', '-z', ref, '--'], top);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top);
  const out = new Set<string>();
  for (const rel of [...changed.split('\0'), ...untracked.split('\0')]) {
    if (rel === '') continue;
    const abs = path.resolve(top, rel);
    out.add(realOr(abs));
  }
  return out;
}

export function realOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
