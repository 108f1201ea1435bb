// `supportlint report` and its CI gates, through the built CLI (node bin/supportlint.js)
// as a child process: exit codes, what is printed, and the files written.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CARD, CLEAN_SCRIPT, HOLD_SCRIPT, PII_SCRIPT, RESOLVED_NOTE, repoRoot, tmpdir, write } from './fixtures';

const BIN = path.join(repoRoot(), 'bin', 'supportlint.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function report(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.CI;
  const r = spawnSync(process.execPath, [BIN, 'report', '--today', '2026-11-23', ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** scripts/clean (100), scripts/hold (83), cases/CASE-2001 (100). */
function project(): string {
  const dir = tmpdir();
  write(dir, 'scripts/clean.callscript', CLEAN_SCRIPT);
  write(dir, 'scripts/hold.callscript', HOLD_SCRIPT);
  write(dir, 'cases/CASE-2001.ticket', RESOLVED_NOTE);
  return dir;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=QA', '-c', 'user.email=qa@example.com', ...args], { cwd, stdio: 'pipe' });

describe('supportlint report (CLI)', function () {
  this.timeout(120000);

  it('prints a summary and exits 0 without gates', () => {
    const r = report(project(), []);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout.split('\n')[0], 'Compliance: 3 files, 3 passed, 0 failed (pass rate 100%), average score 94.3, 0 critical findings');
    assert.strictEqual(r.stderr, '');
  });

  it('--out writes a self-contained HTML file and prints where', () => {
    const dir = project();
    write(dir, 'scripts/pii.callscript', PII_SCRIPT);
    const r = report(dir, ['--out', 'out/report.html']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Compliance: 4 files, 3 passed, 1 failed .*\nReport written to out\/report\.html\n$/);
    const html = fs.readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<(script|link|img|iframe)[^>]+(src|href)=/i.test(html), 'nothing is loaded from elsewhere');
    assert.ok(!html.includes(CARD));
    assert.ok(html.includes('**** **** **** 1111'));
  });

  it('--format csv and --format json print one row per file', () => {
    const dir = project();
    const csv = report(dir, ['--format', 'csv']);
    assert.strictEqual(csv.code, 0, csv.stderr);
    assert.deepStrictEqual(csv.stdout.split('\r\n'), [
      'path,kind,language,score,pass,errors,warnings,infos,critical,criticalRules',
      'cases/CASE-2001.ticket,ticket,en,100,true,0,0,0,0,',
      'scripts/clean.callscript,callscript,en,100,true,0,0,0,0,',
      'scripts/hold.callscript,callscript,en,83,true,0,5,0,0,',
      '',
    ]);
    const json = JSON.parse(report(dir, ['--format', 'json', 'scripts']).stdout);
    assert.deepStrictEqual(json.map((r: { path: string; score: number }) => `${r.path} ${r.score}`), ['scripts/clean.callscript 100', 'scripts/hold.callscript 83']);
    // The format follows the --out extension.
    assert.strictEqual(report(dir, ['--out', 'rows.csv']).code, 0);
    assert.ok(fs.readFileSync(path.join(dir, 'rows.csv'), 'utf8').startsWith('path,kind,language,score,'));
  });

  it('--min-score fails the run when a file scores below it', () => {
    const dir = project();
    const low = report(dir, ['--min-score', '90']);
    assert.strictEqual(low.code, 1);
    assert.strictEqual(low.stderr, 'supportlint: 1 file below the minimum score 90 (--min-score):\n  scripts/hold.callscript  83/100\n');
    assert.strictEqual(report(dir, ['--min-score', '83']).code, 0);
  });

  it('--require-pass fails the run on a critical finding even with a good score', () => {
    const dir = project();
    assert.strictEqual(report(dir, ['--require-pass']).code, 0);
    write(dir, 'scripts/pii.callscript', PII_SCRIPT);
    const r = report(dir, ['--require-pass', '--min-score', '80']);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, 'supportlint: 1 file did not pass (--require-pass):\n  scripts/pii.callscript  81/100  critical: no-pii\n');
  });

  it('uses the pass mark of .supportlint.yaml', () => {
    const dir = project();
    write(dir, '.supportlint.yaml', 'scoring:\n  threshold: 90\n');
    const r = report(dir, ['--require-pass']);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /scripts\/hold\.callscript {2}83\/100 {2}below 90/);
  });

  it('reports a scoring mistake in the config with its position and exits 2', () => {
    const dir = project();
    write(dir, '.supportlint.yaml', 'scoring:\n  weights:\n    greting: 5\n');
    const r = report(dir, []);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, '.supportlint.yaml:3:5  error  Unknown rule "greting" in scoring; did you mean "greeting"?  config\n');
  });

  it('--baseline: records today, then fails only on new problems', () => {
    const dir = project();
    const missing = report(dir, ['--baseline', 'qa-baseline.json']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /qa-baseline\.json does not exist; create it with --update-baseline/);

    const rec = report(dir, ['--baseline', 'qa-baseline.json', '--update-baseline']);
    assert.strictEqual(rec.code, 0, rec.stderr);
    assert.strictEqual(rec.stderr, 'supportlint: baseline qa-baseline.json written: 5 findings in 1 file\n');
    assert.strictEqual(report(dir, ['--baseline', 'qa-baseline.json']).code, 0);

    // Lines moved: still known.
    const hold = path.join(dir, 'scripts/hold.callscript');
    fs.writeFileSync(hold, HOLD_SCRIPT.replace('## Greeting', '## Before you call\n[Open the customer record first.]\n\n## Greeting'));
    const moved = report(dir, ['--baseline', 'qa-baseline.json']);
    assert.strictEqual(moved.code, 0, moved.stderr);

    // A new problem: caught, and only it is listed.
    fs.writeFileSync(hold, fs.readFileSync(hold, 'utf8').replace('Agent: Okay.', 'Agent: Okay. Your router needs a new DHCP lease.'));
    const fresh = report(dir, ['--baseline', 'qa-baseline.json']);
    assert.strictEqual(fresh.code, 1);
    assert.match(fresh.stderr, /^supportlint: 1 new problem not in the baseline qa-baseline\.json:\n {2}scripts\/hold\.callscript:24:38 {2}warning {2}"DHCP[^"]*" is jargon: [^\n]+ {2}no-jargon\n$/);
  });

  it('--changed-since lints only files changed since a git ref, untracked ones included', () => {
    const dir = project();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'scripts');
    fs.writeFileSync(path.join(dir, 'scripts/clean.callscript'), CLEAN_SCRIPT.replace('Is the light', 'Is the small light'));
    write(dir, 'scripts/new.callscript', HOLD_SCRIPT);
    write(dir, '.gitignore', 'ignored/\n');
    write(dir, 'ignored/skip.callscript', HOLD_SCRIPT);
    const r = report(dir, ['--changed-since', 'HEAD', '--format', 'json']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { path: string }) => x.path), ['scripts/clean.callscript', 'scripts/new.callscript']);
    const sub = report(path.join(dir, 'scripts'), ['--changed-since', 'HEAD', '--format', 'json', '.']);
    assert.deepStrictEqual(JSON.parse(sub.stdout).map((x: { path: string }) => x.path), ['clean.callscript', 'new.callscript']);
  });

  it('--changed-since explains a folder outside git and an unknown ref', () => {
    const dir = project();
    const outside = report(dir, ['--changed-since', 'main']);
    assert.strictEqual(outside.code, 2);
    assert.strictEqual(outside.stderr, `supportlint: --changed-since needs a git repository, and ${dir} is not inside one\n`);
    git(dir, 'init', '-q');
    const unknown = report(dir, ['--changed-since', 'no-such-branch']);
    assert.strictEqual(unknown.code, 2);
    assert.strictEqual(unknown.stderr, "supportlint: --changed-since: 'no-such-branch' is not a known git ref (branch, tag or commit)\n");
  });

  it('rejects wrong usage with exit code 2', () => {
    const dir = project();
    const cases: Array<[string[], RegExp]> = [
      [['--format', 'html'], /the HTML report is a file: give it a name with --out report\.html/],
      [['--update-baseline'], /--update-baseline needs --baseline FILE/],
      [['--min-score', '120'], /--min-score expects a score from 0 to 100, got '120'/],
      [['--jobs', '0'], /--jobs expects a number of worker threads \(1 or more\), got '0'/],
      [['--fix'], /unknown option '--fix' for 'supportlint report'/],
      [['--rule', 'no-jargn:off'], /unknown rule 'no-jargn' in --rule \(did you mean 'no-jargon'\?\)/],
    ];
    for (const [args, message] of cases) {
      const r = report(dir, args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('exits 2 for a file that cannot be read, and reports it unscored', () => {
    const dir = project();
    const r = report(dir, ['--format', 'json', 'scripts/clean.callscript', 'scripts/missing.callscript']);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, 'supportlint: scripts/missing.callscript: file not found\n');
    assert.deepStrictEqual(JSON.parse(r.stdout).map((x: { path: string; score: number | null }) => `${x.path} ${x.score}`), [
      'scripts/clean.callscript 100',
      'scripts/missing.callscript null',
    ]);
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    const r = report(project(), ['--format', 'json']);
    assert.strictEqual(r.stderr, '');
  });

  it('prints its own help', () => {
    const r = report(project(), ['--help']);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^Usage: supportlint report \[options\]/);
    for (const opt of ['--out', '--format', '--min-score', '--require-pass', '--baseline', '--update-baseline', '--changed-since', '--jobs']) assert.ok(r.stdout.includes(opt), opt);
  });
});
