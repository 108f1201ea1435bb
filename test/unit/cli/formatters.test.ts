// Formatters on hand-made reports: exact text for stylish/JSON/JUnit, and SARIF checked
// against the official SARIF 2.1.0 JSON schema (test/fixtures/sarif-schema-2.1.0.json).
import * as assert from 'assert';
import * as path from 'path';
import type { FormatContext, RuleInfo } from '../../../server/src/cli/formatters/index';
import { getFormatter } from '../../../server/src/cli/formatters/index';
import { formatStylish } from '../../../server/src/cli/formatters/stylish';
import { formatJson } from '../../../server/src/cli/formatters/json';
import { formatSarif } from '../../../server/src/cli/formatters/sarif';
import { formatJunit, xmlEscape } from '../../../server/src/cli/formatters/junit';
import type { CliMessage, FileReport } from '../../../server/src/cli/report';
import { configReports, fatalReport, makeReport, onlyErrors, toCliMessage } from '../../../server/src/cli/report';
import { sarifValidator } from './sarifValidator';

const CWD = path.resolve('/work/project');

const RULES: RuleInfo[] = [
  { id: 'no-jargon', description: 'Technical terms the customer may not know.', defaultSeverity: 'warning', fixable: true },
  { id: 'ticket-front-matter', description: 'Ticket front matter is present and valid.', defaultSeverity: 'error', fixable: false },
  { id: 'sentence-length', description: 'Spoken sentences are short.', defaultSeverity: 'info', fixable: false },
  { id: 'strict-only', description: 'Off unless strict.', defaultSeverity: 'off', fixable: false },
  { id: 'parse', description: 'The file could not be read as its format.', defaultSeverity: 'error', fixable: false },
];

function ctx(extra: Partial<FormatContext> = {}): FormatContext {
  return { cwd: CWD, color: false, toolVersion: '1.2.3', rules: RULES, ...extra };
}

function msg(p: Partial<CliMessage> & Pick<CliMessage, 'ruleId' | 'severity' | 'message' | 'line' | 'column'>): CliMessage {
  return { endLine: p.line, endColumn: p.column + 3, docs: `docs/rules/${p.ruleId}.md`, ...p };
}

const JARGON_MESSAGE = '"DNS" may be unknown to the customer: say "the service that finds websites by name".';

function sampleReports(): FileReport[] {
  return [
    makeReport(path.join(CWD, 'scripts', 'printer.callscript'), 'callscript', 'en', [
      msg({ ruleId: 'sentence-length', severity: 'info', message: 'Sentence has 31 words.', line: 20, column: 9, endColumn: 40 }),
      msg({
        ruleId: 'no-jargon',
        severity: 'warning',
        message: JARGON_MESSAGE,
        line: 3,
        column: 24,
        endColumn: 27,
        fix: { range: [80, 83], text: 'the service that finds websites by name' },
      }),
    ]),
    makeReport(path.join(CWD, 'cases', 'clean.ticket'), 'ticket', 'en', []),
    makeReport(path.join(CWD, 'cases', 'bad.ticket'), 'ticket', 'es', [
      msg({ ruleId: 'ticket-front-matter', severity: 'error', message: 'Missing required key "case".', line: 1, column: 1, endColumn: 4 }),
    ]),
  ];
}

describe('cli report conversion', () => {
  it('turns 0-based engine positions into 1-based CLI positions with a docs link', () => {
    const m = toCliMessage({
      ruleId: 'no-jargon',
      severity: 'warning',
      message: 'm',
      span: { start: 10, end: 13 },
      line: 0,
      column: 10,
      endLine: 0,
      endColumn: 13,
      fix: { range: [10, 13], text: 'x' },
      data: { term: 'DNS' },
    });
    assert.deepStrictEqual(m, {
      ruleId: 'no-jargon',
      severity: 'warning',
      message: 'm',
      line: 1,
      column: 11,
      endLine: 1,
      endColumn: 14,
      docs: 'docs/rules/no-jargon.md',
      fix: { range: [10, 13], text: 'x' },
    });
  });

  it('counts severities, sorts messages by position and drops non-errors for --quiet', () => {
    const r = sampleReports()[0];
    assert.deepStrictEqual([r.errorCount, r.warningCount, r.infoCount], [0, 1, 1]);
    assert.deepStrictEqual(r.messages.map((m) => m.line), [3, 20]);
    const q = onlyErrors(sampleReports()[2]);
    assert.strictEqual(q.errorCount, 1);
    assert.deepStrictEqual(onlyErrors(r).messages, []);
    assert.deepStrictEqual([onlyErrors(r).warningCount, onlyErrors(r).infoCount], [0, 0]);
  });

  it('groups config problems by config file', () => {
    const reps = configReports([
      { file: '/p/.supportlint.yaml', line: 4, column: 3, endLine: 4, endColumn: 9, message: 'Unknown rule "no-jargn".' },
      { file: '/p/.supportlint.yaml', line: 2, column: 1, endLine: 2, endColumn: 5, message: 'Bad language.' },
    ]);
    assert.strictEqual(reps.length, 1);
    assert.strictEqual(reps[0].errorCount, 2);
    assert.deepStrictEqual(reps[0].messages.map((m) => [m.ruleId, m.line]), [['config', 2], ['config', 4]]);
  });
});

describe('stylish formatter', () => {
  it('groups by file with aligned line:col, severity, message and rule id, then a summary', () => {
    const out = formatStylish(sampleReports(), ctx());
    assert.strictEqual(
      out,
      [
        'scripts/printer.callscript',
        `   3:24  warning  ${JARGON_MESSAGE}  no-jargon`,
        '  20:9   info     ' + 'Sentence has 31 words.'.padEnd(JARGON_MESSAGE.length) + '  sentence-length',
        '',
        'cases/bad.ticket',
        '  1:1  error  Missing required key "case".  ticket-front-matter',
        '',
        '\u2716 3 problems (1 error, 1 warning, 1 info)',
        '  1 fixable with --fix',
        '',
      ].join('\n'),
    );
  });

  it('writes the summary in the --locale language', () => {
    const tail = (locale: string) => formatStylish(sampleReports(), ctx({ locale })).trimEnd().split('\n').slice(-2);
    assert.deepStrictEqual(tail('es'), ['\u2716 problemas: 3 (errores: 1, avisos: 1, informativos: 1)', '  se pueden corregir con --fix: 1']);
    assert.deepStrictEqual(tail('tr'), ['\u2716 3 sorun (1 hata, 1 uyarı, 1 bilgi)', '  --fix ile düzeltilebilir: 1']);
    assert.deepStrictEqual(tail('id'), ['\u2716 3 masalah (1 galat, 1 peringatan, 1 info)', '  1 dapat diperbaiki dengan --fix']);
  });

  it('prints nothing for a clean run and no escape codes without colour', () => {
    assert.strictEqual(formatStylish([makeReport(path.join(CWD, 'a.ticket'), 'ticket', 'en', [])], ctx()), '');
    assert.ok(!formatStylish(sampleReports(), ctx()).includes('\u001b['));
  });

  it('uses ANSI colours only when asked', () => {
    const out = formatStylish(sampleReports(), ctx({ color: true }));
    assert.ok(out.includes('\u001b[31merror\u001b[39m'), out);
    assert.ok(out.includes('\u001b[33mwarning\u001b[39m'));
    assert.ok(out.includes('\u001b[4mscripts/printer.callscript\u001b[24m'));
  });

  it('uses plurals correctly and shows absolute paths outside the working directory', () => {
    const outside = path.resolve('/elsewhere/x.ticket');
    const out = formatStylish(
      [makeReport(outside, 'ticket', 'en', [msg({ ruleId: 'parse', severity: 'error', message: 'Bad\nfront matter', line: 2, column: 1 })])],
      ctx(),
    );
    assert.strictEqual(out, `${outside.split(path.sep).join('/')}\n  2:1  error  Bad front matter  parse\n\n\u2716 1 problem (1 error, 0 warnings, 0 infos)\n`);
  });

  it('shows a file that could not be read without a position', () => {
    const out = formatStylish([fatalReport(path.join(CWD, 'big.ticket'), 'ticket', 'file too large (12 MB > 10 MB), skipped')], ctx());
    assert.strictEqual(out, 'big.ticket\n  error  file too large (12 MB > 10 MB), skipped  io\n\n\u2716 1 problem (1 error, 0 warnings, 0 infos)\n');
  });
});

describe('json formatter', () => {
  it('prints exactly the output contract', () => {
    const value = JSON.parse(formatJson(sampleReports(), ctx()));
    assert.deepStrictEqual(value[0], {
      filePath: path.join(CWD, 'scripts', 'printer.callscript'),
      language: 'callscript',
      lang: 'en',
      messages: [
        {
          ruleId: 'no-jargon',
          severity: 'warning',
          message: '"DNS" may be unknown to the customer: say "the service that finds websites by name".',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 27,
          docs: 'docs/rules/no-jargon.md',
          fix: { range: [80, 83], text: 'the service that finds websites by name' },
        },
        {
          ruleId: 'sentence-length',
          severity: 'info',
          message: 'Sentence has 31 words.',
          line: 20,
          column: 9,
          endLine: 20,
          endColumn: 40,
          docs: 'docs/rules/sentence-length.md',
        },
      ],
      errorCount: 0,
      warningCount: 1,
      infoCount: 1,
    });
    assert.deepStrictEqual(Object.keys(value[1]), ['filePath', 'language', 'lang', 'messages', 'errorCount', 'warningCount', 'infoCount']);
    assert.strictEqual(value.length, 3);
  });

  it('adds output only when a dry run changed the file, and marks fatal files', () => {
    const r = makeReport(path.join(CWD, 'a.callscript'), 'callscript', 'en', [], { output: 'Agent: fixed\n' });
    const f = fatalReport(path.join(CWD, 'gone.ticket'), 'ticket', 'file not found');
    const value = JSON.parse(formatJson([r, f], ctx()));
    assert.strictEqual(value[0].output, 'Agent: fixed\n');
    assert.strictEqual(value[1].fatal, true);
    assert.deepStrictEqual(value[1].messages[0], {
      ruleId: 'io',
      severity: 'error',
      message: 'file not found',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      docs: 'docs/cli.md',
      fatal: true,
    });
    assert.strictEqual(value[1].errorCount, 1);
  });

  it('prints an empty array for no files', () => {
    assert.strictEqual(formatJson([], ctx()), '[]\n');
  });
});

describe('sarif formatter', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0 with rule metadata, help links and relative locations', () => {
    const log = JSON.parse(formatSarif(sampleReports(), ctx()));
    assert.deepStrictEqual(validate(log), []);
    assert.strictEqual(log.version, '2.1.0');
    assert.strictEqual(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.strictEqual(log.runs.length, 1);
    const run = log.runs[0];
    const driver = run.tool.driver;
    assert.strictEqual(driver.name, 'supportlint');
    assert.strictEqual(driver.version, '1.2.3');
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepStrictEqual(
      driver.rules.map((r: { id: string }) => r.id),
      RULES.map((r) => r.id),
    );
    const jargon = driver.rules[0];
    assert.strictEqual(jargon.shortDescription.text, 'Technical terms the customer may not know.');
    assert.match(jargon.helpUri, /^https:\/\/.*docs\/rules\/no-jargon\.md$/);
    assert.deepStrictEqual(jargon.defaultConfiguration, { level: 'warning' });
    assert.deepStrictEqual(driver.rules[2].defaultConfiguration, { level: 'note' });
    assert.deepStrictEqual(driver.rules[3].defaultConfiguration, { level: 'note', enabled: false });

    assert.deepStrictEqual(run.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
    assert.strictEqual(run.results.length, 3);
    const [first, second, third] = run.results;
    assert.strictEqual(first.ruleId, 'no-jargon');
    assert.strictEqual(driver.rules[first.ruleIndex].id, 'no-jargon');
    assert.strictEqual(first.level, 'warning');
    assert.deepStrictEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'scripts/printer.callscript', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 24, endLine: 3, endColumn: 27 },
    });
    assert.strictEqual(second.level, 'note');
    assert.strictEqual(third.level, 'error');
    assert.strictEqual(driver.rules[third.ruleIndex].id, 'ticket-front-matter');
  });

  it('stays valid for an empty run, unknown rule ids, odd paths and unreadable files', () => {
    const reports = [
      makeReport(path.join(CWD, 'my cases', '#1 100%.ticket'), 'ticket', 'en', [
        msg({ ruleId: 'brand-new', severity: 'warning', message: 'New.', line: 1, column: 1 }),
      ]),
      makeReport(path.resolve('/elsewhere/x.callscript'), 'callscript', 'en', [
        msg({ ruleId: 'no-jargon', severity: 'warning', message: 'x', line: 2, column: 5, endLine: 2, endColumn: 5 }),
      ]),
      fatalReport(path.join(CWD, 'bin.ticket'), 'ticket', 'binary file (NUL bytes in the first 8 KB), skipped'),
      ...configReports([{ file: path.join(CWD, '.supportlint.yaml'), line: 3, column: 5, endLine: 3, endColumn: 9, message: 'Unknown rule.' }]),
    ];
    const log = JSON.parse(formatSarif(reports, ctx()));
    assert.deepStrictEqual(validate(log), []);
    const run = log.runs[0];
    assert.strictEqual(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20cases/%231%20100%25.ticket');
    assert.strictEqual(run.tool.driver.rules[run.results[0].ruleIndex].id, 'brand-new');
    assert.match(run.results[1].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.*elsewhere\/x\.callscript$/);
    assert.strictEqual(run.results[1].locations[0].physicalLocation.artifactLocation.uriBaseId, undefined);
    assert.strictEqual(run.results[2].ruleId, 'config');
    assert.strictEqual(run.results.length, 3);
    assert.strictEqual(run.invocations[0].executionSuccessful, false);
    assert.strictEqual(run.invocations[0].toolExecutionNotifications[0].message.text, 'binary file (NUL bytes in the first 8 KB), skipped');

    const empty = JSON.parse(formatSarif([], ctx()));
    assert.deepStrictEqual(validate(empty), []);
    assert.deepStrictEqual(empty.runs[0].results, []);
    assert.strictEqual(empty.runs[0].invocations[0].executionSuccessful, true);
  });

  it('the validator rejects a broken log (the schema is really checked)', () => {
    const log = JSON.parse(formatSarif(sampleReports(), ctx()));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    assert.strictEqual(validate(log).length >= 2, true);
  });
});

describe('junit formatter', () => {
  it('writes one suite per file and one case per message, escaped', () => {
    const reports = [
      makeReport(path.join(CWD, 'a&b.callscript'), 'callscript', 'en', [
        msg({ ruleId: 'no-jargon', severity: 'warning', message: 'Say "<plain>" & \'simple\'', line: 2, column: 3 }),
        msg({ ruleId: 'sentence-length', severity: 'info', message: 'Long.', line: 4, column: 1 }),
      ]),
      makeReport(path.join(CWD, 'ok.ticket'), 'ticket', 'en', []),
      fatalReport(path.join(CWD, 'gone.ticket'), 'ticket', 'file not found'),
    ];
    assert.strictEqual(
      formatJunit(reports, ctx()),
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="supportlint" tests="4" failures="1" errors="1" time="0">',
        '  <testsuite name="a&amp;b.callscript" tests="2" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="no-jargon (2:3)" classname="a&amp;b.callscript" time="0">',
        '      <failure message="Say &quot;&lt;plain&gt;&quot; &amp; &apos;simple&apos;" type="warning">a&amp;b.callscript:2:3: warning: Say &quot;&lt;plain&gt;&quot; &amp; &apos;simple&apos; (no-jargon)</failure>',
        '    </testcase>',
        '    <testcase name="sentence-length (4:1)" classname="a&amp;b.callscript" time="0">',
        '      <system-out>a&amp;b.callscript:4:1: info: Long. (sentence-length)</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="ok.ticket" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase name="supportlint" classname="ok.ticket" time="0"/>',
        '  </testsuite>',
        '  <testsuite name="gone.ticket" tests="1" failures="0" errors="1" skipped="0" time="0">',
        '    <testcase name="io" classname="gone.ticket" time="0">',
        '      <error message="file not found" type="io">gone.ticket: file not found</error>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('replaces characters XML cannot carry', () => {
    assert.strictEqual(xmlEscape('a\u0000b\u0007c\td\n'), 'a\uFFFDb\uFFFDc\td\n');
    assert.strictEqual(xmlEscape('\uD800x'), '\uFFFDx');
    assert.strictEqual(xmlEscape('\uD83D\uDE00'), '\uD83D\uDE00');
  });
});

describe('formatter registry', () => {
  it('knows the four formats', () => {
    for (const name of ['stylish', 'json', 'sarif', 'junit'] as const) assert.strictEqual(typeof getFormatter(name), 'function');
  });
});
