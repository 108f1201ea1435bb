import * as assert from 'assert';
import { parseArgs, UsageError, HELP } from '../../../server/src/cli/args';
import { decideColor } from '../../../server/src/cli/main';

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    assert.ok(e instanceof UsageError, `expected a UsageError, got ${String(e)}`);
    return e.message;
  }
  assert.fail(`expected ${JSON.stringify(argv)} to be a usage error`);
}

describe('cli argument parsing', () => {
  it('has the documented defaults', () => {
    assert.deepStrictEqual(parseArgs([]), {
      patterns: [],
      format: 'stylish',
      fix: false,
      fixDryRun: false,
      maxWarnings: -1,
      rules: {},
      stdin: false,
      quiet: false,
      help: false,
      version: false,
    });
  });

  it('reads patterns, value options in both spellings and flags', () => {
    const o = parseArgs([
      'scripts',
      '--format',
      'json',
      'cases/**/*.ticket',
      '--output-file=report.json',
      '--max-warnings',
      '3',
      '--config',
      'ci.yaml',
      '--rule',
      'no-jargon:off',
      '--rule=no-pii:warning,announced-hold:info',
      '--quiet',
      '--no-color',
      '--today',
      '2026-02-28',
      '--locale=tr',
      '--fix',
    ]);
    assert.deepStrictEqual(o.patterns, ['scripts', 'cases/**/*.ticket']);
    assert.strictEqual(o.format, 'json');
    assert.strictEqual(o.outputFile, 'report.json');
    assert.strictEqual(o.maxWarnings, 3);
    assert.strictEqual(o.configPath, 'ci.yaml');
    assert.deepStrictEqual(o.rules, { 'no-jargon': 'off', 'no-pii': 'warning', 'announced-hold': 'info' });
    assert.strictEqual(o.quiet, true);
    assert.strictEqual(o.color, false);
    assert.strictEqual(o.today, '2026-02-28');
    assert.strictEqual(o.locale, 'tr');
    assert.strictEqual(o.fix, true);
  });

  it('accepts short options and a later value wins', () => {
    const o = parseArgs(['-f', 'sarif', '-f', 'junit', '-o', 'out.xml', '-q', '-c', 'x.yaml', '--color']);
    assert.strictEqual(o.format, 'junit');
    assert.strictEqual(o.outputFile, 'out.xml');
    assert.strictEqual(o.quiet, true);
    assert.strictEqual(o.configPath, 'x.yaml');
    assert.strictEqual(o.color, true);
    assert.strictEqual(parseArgs(['--rule', 'no-pii:off', '--rule', 'no-pii:error']).rules['no-pii'], 'error');
  });

  it('treats everything after -- as a file name', () => {
    assert.deepStrictEqual(parseArgs(['--', '--fix', '-x.ticket']).patterns, ['--fix', '-x.ticket']);
    assert.strictEqual(parseArgs(['--', '--fix']).fix, false);
  });

  it('reads --stdin with --stdin-filename and --fix-dry-run', () => {
    const o = parseArgs(['--stdin', '--stdin-filename', 'call.callscript', '--fix-dry-run', '-f', 'json']);
    assert.strictEqual(o.stdin, true);
    assert.strictEqual(o.stdinFilename, 'call.callscript');
    assert.strictEqual(o.fixDryRun, true);
  });

  it('returns help and version without checking the rest', () => {
    assert.strictEqual(parseArgs(['--help', '--fix', '--fix-dry-run']).help, true);
    assert.strictEqual(parseArgs(['-v']).version, true);
    assert.match(HELP, /^Usage: supportlint \[options\]/);
    for (const opt of ['--format', '--output-file', '--fix', '--fix-dry-run', '--max-warnings', '--config', '--rule', '--stdin', '--stdin-filename', '--quiet', '--no-color', '--print-config', '--today', '--locale']) {
      assert.ok(HELP.includes(opt), `help mentions ${opt}`);
    }
  });

  it('accepts --max-warnings 0 and -1 (no limit) only as whole numbers', () => {
    assert.strictEqual(parseArgs(['--max-warnings', '0']).maxWarnings, 0);
    assert.strictEqual(parseArgs(['--max-warnings=-1']).maxWarnings, -1);
    assert.match(usageError(['--max-warnings', 'lots']), /--max-warnings expects a whole number/);
    assert.match(usageError(['--max-warnings', '1.5']), /whole number/);
    assert.match(usageError(['--max-warnings', '-2']), /whole number/);
  });

  it('gives clear usage errors', () => {
    assert.strictEqual(usageError(['--frobnicate']), "unknown option '--frobnicate'");
    assert.strictEqual(usageError(['-x']), "unknown option '-x'");
    assert.strictEqual(usageError(['--format']), "option '--format' needs a value");
    assert.strictEqual(usageError(['-f', 'xml']), "unknown format 'xml' (choose one of stylish, json, sarif, junit)");
    assert.strictEqual(usageError(['--quiet=yes']), "option '--quiet' does not take a value");
    assert.strictEqual(usageError(['--rule', 'no-jargon']), "--rule expects id:severity (for example no-jargon:off), got 'no-jargon'");
    assert.strictEqual(usageError(['--rule', 'no-jargon:loud']), "--rule no-jargon: severity must be one of error, warning, info, off, got 'loud'");
    assert.strictEqual(usageError(['--today', '2026-02-30']), "--today expects a date as YYYY-MM-DD, got '2026-02-30'");
    assert.strictEqual(usageError(['--today', 'tomorrow']), "--today expects a date as YYYY-MM-DD, got 'tomorrow'");
    assert.strictEqual(usageError(['--locale', 'fr']), "unknown locale 'fr' (choose one of en, es, tr, id)");
    assert.strictEqual(usageError(['--fix', '--fix-dry-run']), 'use either --fix or --fix-dry-run, not both');
  });

  it('checks how --stdin is combined', () => {
    assert.match(usageError(['--stdin']), /--stdin needs --stdin-filename NAME/);
    assert.match(usageError(['--stdin', '--stdin-filename', 'a.ticket', 'b.ticket']), /give no file names/);
    assert.match(usageError(['--stdin', '--stdin-filename', 'a.ticket', '--fix']), /--fix cannot write to standard input; use --fix-dry-run/);
    assert.match(usageError(['--stdin-filename', 'a.ticket']), /only used with --stdin/);
    assert.match(usageError(['--print-config', 'a.ticket', '--fix']), /--print-config cannot be combined/);
  });
});

describe('cli colour decision', () => {
  it('uses colour on a terminal only', () => {
    assert.strictEqual(decideColor(undefined, {}, true, false), true);
    assert.strictEqual(decideColor(undefined, {}, false, false), false);
  });

  it('NO_COLOR turns it off, FORCE_COLOR on, the flags win over both', () => {
    assert.strictEqual(decideColor(undefined, { NO_COLOR: '1' }, true, false), false);
    assert.strictEqual(decideColor(undefined, { NO_COLOR: '' }, true, false), true);
    assert.strictEqual(decideColor(undefined, { FORCE_COLOR: '1' }, false, false), true);
    assert.strictEqual(decideColor(undefined, { FORCE_COLOR: '0' }, true, false), false);
    assert.strictEqual(decideColor(false, { FORCE_COLOR: '1' }, true, false), false);
    assert.strictEqual(decideColor(true, { NO_COLOR: '1' }, false, false), true);
  });

  it('never colours a report file unless --color', () => {
    assert.strictEqual(decideColor(undefined, { FORCE_COLOR: '1' }, true, true), false);
    assert.strictEqual(decideColor(true, {}, false, true), true);
  });
});
