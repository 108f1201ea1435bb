// The built CLI (node bin/supportlint.js) run as a child process against temporary
// folders: what a user sees — exit codes, output lines, JSON/SARIF fields, file contents.
// Fixture configs turn off every rule except the ones a test is about, so new rules do
// not change these results.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sarifValidator } from './sarifValidator';

function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'bin', 'supportlint.js'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
}

const ROOT = repoRoot();
const BIN = path.join(ROOT, 'bin', 'supportlint.js');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.SUPPORTLINT_DEBUG;
  return { ...env, ...extra };
}

function cli(cwd: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: opts.input ?? '',
    env: cleanEnv(opts.env),
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run): Array<Record<string, any>> {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

function noStackTrace(r: Run): void {
  assert.ok(!/\n\s+at .+\(.+:\d+:\d+\)/.test(r.stderr), `stack trace on stderr:\n${r.stderr}`);
  assert.ok(!/internal error/.test(r.stderr), r.stderr);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    newest = Math.max(newest, ent.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

let ALL_RULES: string[] = [];

/** `.supportlint.yaml` text that keeps only `keep` (at their default severity). */
function onlyRules(keep: string[], extra = ''): string {
  const lines = ['language: en', 'rules:'];
  for (const id of ALL_RULES) if (!keep.includes(id)) lines.push(`  ${id}: off`);
  if (lines.length === 2) lines.pop();
  return lines.join('\n') + '\n' + extra;
}

const CLEAN_SCRIPT = 'Agent: Please restart the router.\n';
const JARGON_SCRIPT = 'Agent: Let me check the DNS settings.\n';
const GOOD_TICKET = '---\ncase: CASE-1\nstatus: open\nopened: 2026-11-20\n---\n## Symptom\nPrinter is offline.\n';
const NO_FRONT_MATTER_TICKET = '## Symptom\nPrinter is offline.\n';

describe('supportlint CLI (built)', function () {
  this.timeout(60000);
  let dir: string;

  function write(rel: string, text: string | Buffer): string {
    const f = path.join(dir, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
    return f;
  }

  before(function () {
    this.timeout(300000);
    // `npm test` builds first; rebuild here only when the bundle is missing or older
    // than the sources (e.g. after running tsc alone).
    const bundle = path.join(ROOT, 'dist', 'cli.js');
    const src = path.join(ROOT, 'server', 'src');
    if (!fs.existsSync(bundle) || (fs.existsSync(src) && newestMtime(src) > fs.statSync(bundle).mtimeMs)) {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    }
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-cli-'));
    const r = cli(tmp, ['--print-config', path.join(tmp, 'x.callscript')]);
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.strictEqual(r.code, 0, r.stderr);
    ALL_RULES = Object.keys(JSON.parse(r.stdout).rules);
    assert.ok(ALL_RULES.includes('no-jargon') && ALL_RULES.includes('ticket-front-matter'), ALL_RULES.join(','));
  });

  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-cli-')));
    write('.supportlint.yaml', onlyRules(['no-jargon', 'ticket-front-matter']));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('exit codes and stylish output', () => {
    it('exits 0 and prints nothing for clean files', () => {
      write('clean.callscript', CLEAN_SCRIPT);
      write('good.ticket', GOOD_TICKET);
      const r = cli(dir, ['clean.callscript', 'good.ticket']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(r.stderr, '');
    });

    it('exits 0 with warnings only, grouped by file, with a summary and the fixable count', () => {
      write('call.callscript', JARGON_SCRIPT);
      const r = cli(dir, ['call.callscript']);
      assert.strictEqual(r.code, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.strictEqual(lines[0], 'call.callscript');
      assert.match(lines[1], /^ {2}1:25 {2}warning {2}"DNS" is jargon: .+ {2}no-jargon$/);
      assert.strictEqual(lines[2], '');
      assert.strictEqual(lines[3], '\u2716 1 problem (0 errors, 1 warning, 0 infos)');
      assert.strictEqual(lines[4], '  1 fixable with --fix');
      assert.ok(!r.stdout.includes('\u001b['), 'no colour when stdout is not a terminal');
    });

    it('exits 1 on an error', () => {
      write('note.ticket', NO_FRONT_MATTER_TICKET);
      const r = cli(dir, ['note.ticket']);
      assert.strictEqual(r.code, 1, r.stderr);
      assert.match(r.stdout, /^note\.ticket\n {2}1:1 {2}error {2}Case note has no front matter.* {2}ticket-front-matter\n/);
      assert.match(r.stdout, /\u2716 1 problem \(1 error, 0 warnings, 0 infos\)\n$/);
    });

    it('uses colour with FORCE_COLOR=1 unless --no-color', () => {
      write('note.ticket', NO_FRONT_MATTER_TICKET);
      assert.ok(cli(dir, ['note.ticket'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31merror'));
      assert.ok(!cli(dir, ['note.ticket', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b['));
      assert.ok(cli(dir, ['note.ticket', '--color']).stdout.includes('\u001b['));
    });

    it('--max-warnings turns too many warnings into exit 1', () => {
      write('call.callscript', JARGON_SCRIPT);
      const over = cli(dir, ['--max-warnings', '0', 'call.callscript']);
      assert.strictEqual(over.code, 1);
      assert.strictEqual(over.stderr, 'supportlint: too many warnings (1, maximum: 0)\n');
      assert.strictEqual(cli(dir, ['--max-warnings', '1', 'call.callscript']).code, 0);
    });

    it('--quiet reports errors only', () => {
      write('call.callscript', JARGON_SCRIPT);
      write('note.ticket', NO_FRONT_MATTER_TICKET);
      const r = cli(dir, ['--quiet', '.']);
      assert.strictEqual(r.code, 1);
      assert.ok(!r.stdout.includes('no-jargon'), r.stdout);
      assert.ok(r.stdout.includes('ticket-front-matter'));
      assert.match(r.stdout, /\u2716 1 problem \(1 error, 0 warnings, 0 infos\)/);
      const j = json(cli(dir, ['--quiet', '-f', 'json', '.']));
      assert.deepStrictEqual(
        j.map((f) => [path.basename(f.filePath), f.messages.length, f.warningCount]),
        [
          ['call.callscript', 0, 0],
          ['note.ticket', 1, 0],
        ],
      );
    });

    it('prints a short usage error with a hint and exits 2', () => {
      const r = cli(dir, ['--format', 'xml']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout, '');
      assert.strictEqual(
        r.stderr,
        "supportlint: unknown format 'xml' (choose one of stylish, json, sarif, junit)\nRun 'supportlint --help' for usage.\n",
      );
      const bad = cli(dir, ['--today', '2026-13-01', 'x.ticket']);
      assert.strictEqual(bad.code, 2);
      noStackTrace(bad);
    });

    it('--help and --version exit 0', () => {
      const h = cli(dir, ['--help']);
      assert.strictEqual(h.code, 0);
      assert.match(h.stdout, /^Usage: supportlint/);
      const v = cli(dir, ['--version']);
      assert.strictEqual(v.code, 0);
      assert.strictEqual(v.stdout, VERSION + '\n');
    });
  });

  describe('json output', () => {
    it('follows the output contract', () => {
      write('call.callscript', JARGON_SCRIPT);
      write('note.ticket', NO_FRONT_MATTER_TICKET);
      const r = cli(dir, ['-f', 'json', 'note.ticket', 'call.callscript']);
      assert.strictEqual(r.code, 1, r.stderr);
      const out = json(r);
      assert.deepStrictEqual(
        out.map((f) => f.filePath),
        [path.join(dir, 'call.callscript'), path.join(dir, 'note.ticket')],
        'absolute paths, sorted',
      );
      const [call, note] = out;
      assert.deepStrictEqual(Object.keys(call), ['filePath', 'language', 'lang', 'messages', 'errorCount', 'warningCount', 'infoCount']);
      assert.strictEqual(call.language, 'callscript');
      assert.strictEqual(call.lang, 'en');
      assert.deepStrictEqual([call.errorCount, call.warningCount, call.infoCount], [0, 1, 0]);
      const m = call.messages[0];
      assert.deepStrictEqual(
        { ...m, message: undefined, fix: undefined },
        { ruleId: 'no-jargon', severity: 'warning', message: undefined, line: 1, column: 25, endLine: 1, endColumn: 28, docs: 'docs/rules/no-jargon.md', fix: undefined },
      );
      assert.deepStrictEqual(m.fix.range, [24, 27]);
      assert.strictEqual(typeof m.fix.text, 'string');
      assert.strictEqual(note.language, 'ticket');
      assert.strictEqual(note.messages[0].ruleId, 'ticket-front-matter');
      assert.strictEqual(note.messages[0].severity, 'error');
      assert.deepStrictEqual([note.messages[0].line, note.messages[0].column], [1, 1]);
      assert.deepStrictEqual([note.errorCount, note.warningCount, note.infoCount], [1, 0, 0]);
    });

    it('--output-file writes the report instead of stdout', () => {
      write('call.callscript', JARGON_SCRIPT);
      const r = cli(dir, ['-f', 'json', '-o', 'reports/lint.json', 'call.callscript']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '');
      const out = JSON.parse(fs.readFileSync(path.join(dir, 'reports', 'lint.json'), 'utf8'));
      assert.strictEqual(out[0].messages[0].ruleId, 'no-jargon');
    });
  });

  describe('--fix and --fix-dry-run', () => {
    const BEFORE =
      '\uFEFF---\r\ntitle: Router — ünïcödé\r\n---\r\n# Router\r\n\r\n## Check\r\nAgent: Let me check the DNS settings.\r\n[Stage note mentions DNS but is never spoken]\r\nCustomer: okay   \r\nAgent: Please restart the router.';

    it('writes only the fixed ranges, keeps every other byte and the file mode', () => {
      const f = write('call.callscript', BEFORE);
      fs.chmodSync(f, 0o640);
      const dry = json(cli(dir, ['-f', 'json', 'call.callscript']));
      const fixes = dry[0].messages.filter((m: any) => m.fix).map((m: any) => m.fix);
      assert.strictEqual(fixes.length, 1);
      const text = BEFORE.slice(1); // offsets are in the text after the byte order mark
      const [start, end] = fixes[0].range;
      assert.strictEqual(text.slice(start, end), 'DNS');
      const expected = '\uFEFF' + text.slice(0, start) + fixes[0].text + text.slice(end);

      const r = cli(dir, ['--fix', 'call.callscript']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '', 'nothing left to report');
      assert.strictEqual(fs.readFileSync(f, 'utf8'), expected);
      assert.strictEqual(fs.statSync(f).mode & 0o777, 0o640);
      assert.deepStrictEqual(
        fs.readdirSync(dir).sort(),
        ['.supportlint.yaml', 'call.callscript'],
        'no temporary files left behind',
      );
    });

    it('does not rewrite files without fixes', () => {
      const f = write('clean.callscript', CLEAN_SCRIPT);
      const before = fs.statSync(f);
      const r = cli(dir, ['--fix', 'clean.callscript']);
      assert.strictEqual(r.code, 0, r.stderr);
      const after = fs.statSync(f);
      assert.strictEqual(after.ino, before.ino);
      assert.strictEqual(after.mtimeMs, before.mtimeMs);
    });

    it('--fix still reports what it cannot fix and exits 1 for errors', () => {
      write('call.callscript', JARGON_SCRIPT);
      write('note.ticket', NO_FRONT_MATTER_TICKET);
      const r = cli(dir, ['--fix', '-f', 'json', '.']);
      assert.strictEqual(r.code, 1);
      const out = json(r);
      assert.strictEqual(out[0].messages.length, 0);
      assert.strictEqual(out[1].messages[0].ruleId, 'ticket-front-matter');
      assert.ok(!('output' in out[0]), 'output is only for --fix-dry-run');
      assert.ok(!fs.readFileSync(path.join(dir, 'call.callscript'), 'utf8').includes('DNS'));
      assert.strictEqual(fs.readFileSync(path.join(dir, 'note.ticket'), 'utf8'), NO_FRONT_MATTER_TICKET);
    });

    it('--fix-dry-run prints the fixed text as output and writes nothing', () => {
      const f = write('call.callscript', JARGON_SCRIPT);
      write('clean.callscript', CLEAN_SCRIPT);
      const r = cli(dir, ['--fix-dry-run', '-f', 'json', '.']);
      assert.strictEqual(r.code, 0, r.stderr);
      const out = json(r);
      const call = out.find((x) => x.filePath.endsWith('call.callscript'))!;
      const clean = out.find((x) => x.filePath.endsWith('clean.callscript'))!;
      assert.strictEqual(typeof call.output, 'string');
      assert.ok(!call.output.includes('DNS'));
      assert.ok(call.output.startsWith('Agent: Let me check the '));
      assert.deepStrictEqual(call.messages, [], 'messages are those left after fixing');
      assert.ok(!('output' in clean));
      assert.strictEqual(fs.readFileSync(f, 'utf8'), JARGON_SCRIPT);
    });
  });

  describe('--stdin', () => {
    it('lints standard input as the named file', () => {
      const r = cli(dir, ['--stdin', '--stdin-filename', 'sub/call.callscript', '-f', 'json'], { input: JARGON_SCRIPT });
      assert.strictEqual(r.code, 0, r.stderr);
      const out = json(r);
      assert.strictEqual(out.length, 1);
      assert.strictEqual(out[0].filePath, path.join(dir, 'sub', 'call.callscript'));
      assert.strictEqual(out[0].language, 'callscript');
      assert.strictEqual(out[0].messages[0].ruleId, 'no-jargon');
    });

    it('takes the kind from the name and supports --fix-dry-run', () => {
      const t = cli(dir, ['--stdin', '--stdin-filename', 'n.ticket', '-f', 'json'], { input: NO_FRONT_MATTER_TICKET });
      assert.strictEqual(t.code, 1);
      assert.strictEqual(json(t)[0].messages[0].ruleId, 'ticket-front-matter');
      const d = cli(dir, ['--stdin', '--stdin-filename', 'c.callscript', '--fix-dry-run', '-f', 'json'], { input: JARGON_SCRIPT });
      assert.strictEqual(d.code, 0);
      assert.ok(!json(d)[0].output.includes('DNS'));
    });

    it('refuses a name that is not a call script or ticket', () => {
      const r = cli(dir, ['--stdin', '--stdin-filename', 'notes.txt'], { input: 'x' });
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^supportlint: --stdin-filename notes\.txt: not a call script or ticket note/);
      noStackTrace(r);
    });
  });

  describe('files that cannot be linted', () => {
    it('reports a missing file in one line and lints the rest (exit 2)', () => {
      write('call.callscript', JARGON_SCRIPT);
      const r = cli(dir, ['missing.callscript', 'call.callscript']);
      assert.strictEqual(r.code, 2);
      assert.ok(r.stdout.includes('missing.callscript\n  error  file not found  io\n'), r.stdout);
      assert.ok(r.stdout.includes('call.callscript\n  1:25  warning'), r.stdout);
      noStackTrace(r);
      const j = cli(dir, ['-f', 'json', 'missing.callscript', 'call.callscript']);
      assert.strictEqual(j.code, 2);
      assert.strictEqual(j.stderr, 'supportlint: missing.callscript: file not found\n');
      const out = json(j);
      assert.deepStrictEqual(
        out.map((f) => [path.basename(f.filePath), f.fatal === true, f.errorCount, f.warningCount]),
        [
          ['call.callscript', false, 0, 1],
          ['missing.callscript', true, 1, 0],
        ],
      );
    });

    it('skips a binary file with a message', () => {
      write('blob.ticket', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]));
      write('good.ticket', GOOD_TICKET);
      const r = cli(dir, ['-f', 'json', '.']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, 'supportlint: blob.ticket: binary file (NUL bytes in the first 8 KB), skipped\n');
      const out = json(r);
      assert.strictEqual(out[0].messages[0].message, 'binary file (NUL bytes in the first 8 KB), skipped');
      assert.strictEqual(out[1].errorCount, 0);
    });

    it('skips a file over 10 MB with a message', () => {
      const f = path.join(dir, 'huge.callscript');
      const fd = fs.openSync(f, 'w');
      fs.ftruncateSync(fd, 11 * 1024 * 1024);
      fs.closeSync(fd);
      const r = cli(dir, ['huge.callscript']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stdout.split('\n')[1], '  error  file too large (11 MB > 10 MB), skipped  io');
      noStackTrace(r);
    });

    it('says when a pattern matches nothing (exit 2)', () => {
      write('call.callscript', CLEAN_SCRIPT);
      const r = cli(dir, ['nothing/**/*.ticket', 'call.callscript']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, "supportlint: no call scripts or ticket notes match 'nothing/**/*.ticket'\n");
    });

    it('skips a named file of unknown kind with a note', () => {
      write('README.md', '# hi\n');
      const r = cli(dir, ['README.md']);
      assert.strictEqual(r.code, 0);
      assert.match(r.stderr, /^supportlint: README\.md: not a call script or ticket note .*skipped\n$/);
    });
  });

  describe('finding files', () => {
    it('walks directories in sorted order, skipping node_modules, .git and hidden folders, using files: globs', () => {
      write('.supportlint.yaml', onlyRules(['no-jargon', 'ticket-front-matter'], 'files:\n  ticket: ["cases/**/*.md"]\n'));
      write('b/two.callscript', CLEAN_SCRIPT);
      write('a/one.ticket', GOOD_TICKET);
      write('a/z.callscript', CLEAN_SCRIPT);
      write('cases/2026/note.md', GOOD_TICKET);
      write('docs/readme.md', '# not linted\n');
      write('node_modules/pkg/x.callscript', JARGON_SCRIPT);
      write('.git/y.ticket', NO_FRONT_MATTER_TICKET);
      write('.hidden/z.ticket', NO_FRONT_MATTER_TICKET);
      const r = cli(dir, ['-f', 'json']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.deepStrictEqual(
        json(r).map((f) => [path.relative(dir, f.filePath).split(path.sep).join('/'), f.language]),
        [
          ['a/one.ticket', 'ticket'],
          ['a/z.callscript', 'callscript'],
          ['b/two.callscript', 'callscript'],
          ['cases/2026/note.md', 'ticket'],
        ],
      );
    });

    it('expands quoted globs itself', () => {
      write('a/one.ticket', GOOD_TICKET);
      write('a/deep/two.ticket', GOOD_TICKET);
      write('a/three.callscript', CLEAN_SCRIPT);
      const r = cli(dir, ['-f', 'json', 'a/**/*.ticket']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.deepStrictEqual(
        json(r).map((f) => path.relative(dir, f.filePath).split(path.sep).join('/')),
        ['a/deep/two.ticket', 'a/one.ticket'],
      );
    });
  });

  describe('configuration', () => {
    it('--rule changes a severity or turns a rule off', () => {
      write('call.callscript', JARGON_SCRIPT);
      write('note.ticket', NO_FRONT_MATTER_TICKET);
      const off = cli(dir, ['--rule', 'no-jargon:off', 'call.callscript']);
      assert.strictEqual(off.code, 0);
      assert.strictEqual(off.stdout, '');
      const up = cli(dir, ['--rule', 'no-jargon:error', '-f', 'json', 'call.callscript']);
      assert.strictEqual(up.code, 1);
      assert.strictEqual(json(up)[0].messages[0].severity, 'error');
      const down = cli(dir, ['--rule', 'ticket-front-matter:warning', 'note.ticket']);
      assert.strictEqual(down.code, 0);
    });

    it('rejects an unknown rule in --rule with a suggestion', () => {
      const r = cli(dir, ['--rule', 'no-jargn:off', '.']);
      assert.strictEqual(r.code, 2);
      assert.strictEqual(r.stderr, "supportlint: unknown rule 'no-jargn' in --rule (did you mean 'no-jargon'?)\nRun 'supportlint --help' for usage.\n");
    });

    it('--config uses the given file instead of the nearest one', () => {
      write('call.callscript', JARGON_SCRIPT);
      write('ci/strict.yaml', onlyRules([]));
      const r = cli(dir, ['--config', 'ci/strict.yaml', 'call.callscript']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '');
      const missing = cli(dir, ['--config', 'nope.yaml', 'call.callscript']);
      assert.strictEqual(missing.code, 2);
      assert.strictEqual(missing.stderr, 'supportlint: cannot read config file nope.yaml: file not found\n');
    });

    it('--print-config prints the resolved config for a file', () => {
      write('sub/.supportlint.yaml', 'rules:\n  no-jargon:\n    severity: error\n    allow: [Wi-Fi]\n');
      const r = cli(dir, ['--print-config', 'sub/x.callscript']);
      assert.strictEqual(r.code, 0, r.stderr);
      const c = JSON.parse(r.stdout);
      assert.strictEqual(c.rules['no-jargon'].severity, 'error');
      assert.deepStrictEqual(c.rules['no-jargon'].options.allow, ['Wi-Fi']);
      assert.deepStrictEqual(c.sources, [path.join(dir, 'sub', '.supportlint.yaml')]);
      assert.deepStrictEqual(c.problems, []);
      const o = JSON.parse(cli(dir, ['--print-config', 'sub/x.callscript', '--rule', 'no-jargon:off']).stdout);
      assert.strictEqual(o.rules['no-jargon'].severity, 'off');
    });

    it('prints config problems as path:line:col and exits 2, linting the files anyway', () => {
      write('.supportlint.yaml', 'language: en\nrules:\n  no-jargn: off\n');
      write('call.callscript', JARGON_SCRIPT);
      const r = cli(dir, ['call.callscript']);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /^\.supportlint\.yaml:3:3 {2}error {2}.*no-jargn.* {2}config\n$/);
      assert.ok(r.stdout.includes('no-jargon'), 'the file is still linted');
      noStackTrace(r);
      const j = cli(dir, ['-f', 'json', 'call.callscript']);
      assert.strictEqual(j.code, 2);
      const cfg = json(j).find((f) => f.filePath === path.join(dir, '.supportlint.yaml'))!;
      assert.strictEqual(cfg.messages[0].ruleId, 'config');
      assert.deepStrictEqual([cfg.messages[0].line, cfg.messages[0].column], [3, 3]);
    });
  });

  describe('sarif and junit', () => {
    it('writes SARIF 2.1.0 that validates against the official schema', () => {
      write('scripts/call.callscript', JARGON_SCRIPT);
      write('cases/note.ticket', NO_FRONT_MATTER_TICKET);
      const r = cli(dir, ['-f', 'sarif', '.']);
      assert.strictEqual(r.code, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      assert.deepStrictEqual(sarifValidator()(log), []);
      const run = log.runs[0];
      assert.strictEqual(run.tool.driver.name, 'supportlint');
      assert.strictEqual(run.tool.driver.version, VERSION);
      const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
      for (const id of [...ALL_RULES, 'parse', 'config', 'unused-suppression', 'unsupported-language']) assert.ok(ids.includes(id), id);
      for (const rule of run.tool.driver.rules) assert.match(rule.helpUri, new RegExp(`docs/rules/${rule.id}\\.md$`));
      const byRule = Object.fromEntries(run.results.map((x: any) => [x.ruleId, x]));
      assert.strictEqual(byRule['no-jargon'].level, 'warning');
      assert.strictEqual(run.tool.driver.rules[byRule['no-jargon'].ruleIndex].id, 'no-jargon');
      assert.deepStrictEqual(byRule['no-jargon'].locations[0].physicalLocation, {
        artifactLocation: { uri: 'scripts/call.callscript', uriBaseId: '%SRCROOT%' },
        region: { startLine: 1, startColumn: 25, endLine: 1, endColumn: 28 },
      });
      assert.strictEqual(byRule['ticket-front-matter'].level, 'error');
      assert.strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir.split(path.sep).join('/')}/`);
    });

    it('writes JUnit XML with a failing case per problem', () => {
      write('call.callscript', JARGON_SCRIPT);
      write('good.ticket', GOOD_TICKET);
      const r = cli(dir, ['-f', 'junit', '.']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="supportlint" tests="2" failures="1" errors="0"'), r.stdout);
      assert.ok(r.stdout.includes('<testsuite name="call.callscript" tests="1" failures="1"'));
      assert.ok(r.stdout.includes('<testcase name="no-jargon (1:25)" classname="call.callscript" time="0">'));
      assert.ok(r.stdout.includes('<testcase name="supportlint" classname="good.ticket" time="0"/>'));
    });
  });
});
