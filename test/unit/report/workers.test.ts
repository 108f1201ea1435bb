// The worker-thread path gives exactly what the single-thread path gives, on a generated
// corpus of a few hundred call scripts and notes (scripts/bench/corpus.mjs).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { lintFiles } from '../../../server/src/cli/report-pool';
import { Progress } from '../../../server/src/cli/progress';
import { repoRoot, tmpdir } from './fixtures';

const ROOT = repoRoot();
const BIN = path.join(ROOT, 'bin', 'supportlint.js');

function cli(cwd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, SUPPORTLINT_DEBUG: '1' };
  delete env.CI;
  return spawnSync(process.execPath, [BIN, 'report', '--today', '2026-11-23', ...args], { cwd, env, encoding: 'utf8', timeout: 180000, maxBuffer: 256 * 1024 * 1024 });
}

describe('report on worker threads', function () {
  this.timeout(180000);
  let dir: string;
  let files: string[];

  before(async () => {
    dir = tmpdir('supportlint-corpus-');
    const corpus = (await import(pathToFileURL(path.join(ROOT, 'scripts/bench/corpus.mjs')).href)) as {
      generateCorpus(dir: string, opts: { files: number; bytes: number }): string[];
    };
    files = corpus.generateCorpus(path.join(dir, 'corpus'), { files: 300, bytes: 300 * 2500 }).sort();
  });

  it('gives the same files, scores and findings as one thread', async () => {
    const job = { rules: {}, today: '2026-11-23' };
    const one = await lintFiles(files, job, 1);
    const three = await lintFiles(files, job, 3);
    assert.strictEqual(one.workers, 0);
    assert.strictEqual(three.workers, 3);
    assert.strictEqual(three.files.length, 300);
    assert.deepStrictEqual(three.files, one.files);
    // The corpus is varied enough to mean something.
    const scores = new Set(one.files.map((f) => f.score!.score));
    assert.ok(scores.size > 10, `${scores.size} distinct scores`);
    assert.ok(one.files.some((f) => f.findings.some((m) => m.ruleId === 'no-pii')));
  });

  it('reports progress up to the last file', async () => {
    const seen: number[] = [];
    await lintFiles(files.slice(0, 50), { rules: {} }, 2, (n) => seen.push(n));
    assert.strictEqual(seen[seen.length - 1], 50);
    assert.deepStrictEqual(seen, [...seen].sort((a, b) => a - b));
  });

  it('writes the same JSON and HTML from the bundled CLI with 1 and 3 workers', () => {
    const a = cli(dir, ['--jobs', '1', '--format', 'json', 'corpus']);
    const b = cli(dir, ['--jobs', '3', '--format', 'json', 'corpus']);
    assert.strictEqual(a.status, 0, a.stderr);
    assert.match(a.stderr, /linted 300 files on the main thread/);
    assert.match(b.stderr, /linted 300 files on 3 worker threads/);
    assert.strictEqual(b.stdout, a.stdout);
    assert.strictEqual(JSON.parse(a.stdout).length, 300);
    assert.strictEqual(cli(dir, ['--jobs', '1', '--out', 'one.html', 'corpus']).status, 0);
    assert.strictEqual(cli(dir, ['--jobs', '3', '--out', 'three.html', 'corpus']).status, 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'three.html'), 'utf8'), fs.readFileSync(path.join(dir, 'one.html'), 'utf8'));
  });
});

describe('progress bar', () => {
  const sink = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, stream: { isTTY, columns: 80, write: (s: string) => out.push(s) } };
  };

  it('draws on a terminal and clears itself at the end', () => {
    const s = sink(true);
    const p = Progress.forStderr(s.stream, 4, {}, true);
    p.update(4);
    p.end();
    assert.deepStrictEqual(s.out, [`\r\x1b[2K${'█'.repeat(40)} 100% 4/4 files`, '\r\x1b[2K']);
  });

  it('stays silent when not a terminal, in CI, or with --no-progress', () => {
    for (const [tty, env, wanted] of [
      [false, {}, true],
      [true, { CI: 'true' }, true],
      [true, {}, false],
    ] as Array<[boolean, NodeJS.ProcessEnv, boolean]>) {
      const s = sink(tty);
      const p = Progress.forStderr(s.stream, 4, env, wanted);
      p.update(2);
      p.update(4);
      p.end();
      assert.deepStrictEqual(s.out, [], JSON.stringify({ tty, env, wanted }));
    }
  });
});
