import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigCache, loadConfigFor, resolveFile, resolveText } from '../../../server/src/config/load';
import type { ConfigProblem } from '../../../server/src/config/types';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-config-'));
}

function write(dir: string, rel: string, text: string): string {
  const f = path.join(dir, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
}

const where = (p: ConfigProblem) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message}`;
const problems = (text: string) => resolveText(text, '/work/x/.supportlint.yaml').problems.map(where);

describe('config loading', () => {
  it('finds the nearest config walking up from the file', () => {
    const dir = tmpdir();
    write(dir, '.supportlint.yaml', 'language: es\n');
    write(dir, 'team/.supportlint.yml', 'language: tr\n');
    const cache = new ConfigCache();
    assert.strictEqual(loadConfigFor(path.join(dir, 'team/a/b/x.callscript'), { cache }).language, 'tr');
    assert.strictEqual(loadConfigFor(path.join(dir, 'other/x.callscript'), { cache }).language, 'es');
  });

  it('uses the recommended defaults when there is no config', () => {
    const dir = tmpdir();
    const c = loadConfigFor(path.join(dir, 'x.callscript'), { cache: new ConfigCache() });
    assert.deepStrictEqual(c.sources, []);
    assert.strictEqual(c.rules['no-jargon'].severity, 'warning');
    assert.deepStrictEqual(c.rules['announced-hold'].options, { maxHoldMinutes: 3 });
  });

  it('reads severities, options, files, speakers and placeholders', () => {
    const c = resolveText(
      [
        'language: en',
        'placeholders: {agent: rep_name, company: brand, customer: caller, other: [ticket]}',
        'files:',
        '  ticket: ["cases/**/*.md"]',
        'speakers:',
        '  agent: [Rep]',
        'rules:',
        '  no-jargon:',
        '    severity: error',
        '    allow: [Wi-Fi, PIN]',
        '    terms:',
        '      VPN: a secure connection to the office network',
        '  announced-hold:',
        '    maxHoldMinutes: 5',
        '  no-pii: off',
        '',
      ].join('\n'),
      '/w/.supportlint.yaml',
    );
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.rules['no-jargon'].severity, 'error');
    assert.deepStrictEqual(c.rules['no-jargon'].options, { allow: ['Wi-Fi', 'PIN'], terms: { VPN: 'a secure connection to the office network' } });
    assert.strictEqual(c.rules['announced-hold'].options.maxHoldMinutes, 5);
    assert.strictEqual(c.rules['no-pii'].severity, 'off');
    assert.deepStrictEqual(c.files.ticket, ['cases/**/*.md']);
    assert.deepStrictEqual(c.speakers.agent, ['Rep']);
    assert.deepStrictEqual(c.placeholders.roles, { agent: ['rep_name'], company: ['brand'], customer: ['caller'] });
    assert.deepStrictEqual(c.placeholders.names, ['rep_name', 'brand', 'caller', 'ticket']);
  });

  it('strict turns every rule on and raises info to warning', () => {
    const c = resolveText('extends: strict\n', '/w/.supportlint.yaml');
    for (const [id, s] of Object.entries(c.rules)) assert.notStrictEqual(s.severity, 'off', id);
    assert.ok(Object.values(c.rules).every((s) => s.severity !== 'info'));
  });

  it('follows extends to a relative path, the nearer file winning', () => {
    const dir = tmpdir();
    write(dir, 'base.yaml', 'language: id\nrules:\n  no-jargon: error\n  announced-hold: {maxHoldMinutes: 4}\n');
    const f = write(dir, 'sub/.supportlint.yaml', 'extends: ../base.yaml\nrules:\n  no-jargon: info\n');
    const c = resolveFile(f);
    assert.deepStrictEqual(c.problems, []);
    assert.strictEqual(c.language, 'id');
    assert.strictEqual(c.rules['no-jargon'].severity, 'info');
    assert.strictEqual(c.rules['announced-hold'].options.maxHoldMinutes, 4);
  });

  describe('reports every problem at its line and column', () => {
    const cases: [string, string, string[]][] = [
      ['invalid YAML', 'rules:\n  no-jargon: [off\n', ['.supportlint.yaml:3:1 Invalid YAML']],
      ['not a mapping', '- a\n- b\n', ['.supportlint.yaml:1:1 A config file must be a mapping of settings, not a list.']],
      ['unknown setting', 'langauge: en\n', ['.supportlint.yaml:1:1 Unknown setting "langauge"; did you mean "language"?']],
      ['unknown rule', 'rules:\n  no-jargn: warning\n', ['.supportlint.yaml:2:3 Unknown rule "no-jargn"; did you mean "no-jargon"?']],
      ['bad severity', 'rules:\n  no-jargon: loud\n', ['.supportlint.yaml:2:14 severity of no-jargon must be one of "off", "info", "warning", "error", not the text "loud".']],
      ['unknown option', 'rules:\n  no-jargon:\n    alow: [x]\n', ['.supportlint.yaml:3:5 Unknown option "alow" for rule no-jargon; did you mean "allow"?']],
      ['wrong option type', 'rules:\n  announced-hold:\n    maxHoldMinutes: soon\n', ['.supportlint.yaml:3:21 announced-hold.maxHoldMinutes must be a number, not the text "soon".']],
      ['wrong item type', 'rules:\n  no-jargon:\n    allow: [VPN, 3]\n', ['.supportlint.yaml:3:18 no-jargon.allow[2] must be a text, not number 3.']],
      ['bad language', 'language: 42\n', ['.supportlint.yaml:1:11 language must be a text, not number 42.']],
      ['bad files key', 'files:\n  scripts: ["a"]\n', ['.supportlint.yaml:2:3 Unknown key "scripts" in files; expected callscript, ticket.']],
      ['bad placeholder role', 'placeholders:\n  boss: [x]\n', ['.supportlint.yaml:2:3 Unknown placeholder role "boss"; roles are agent, company, customer, other.']],
      ['bad extends preset', 'extends: recomended\n', ['.supportlint.yaml:1:10 extends must be "recommended", "strict" or a relative path to another config, not "recomended".']],
      ['missing extends file', 'extends: ./nope.yaml\n', ['.supportlint.yaml:1:10 extends points to "./nope.yaml", which does not exist.']],
      ['rule value is a list', 'rules:\n  no-jargon: [a]\n', ['.supportlint.yaml:2:14 Rule no-jargon takes a severity (off, info, warning, error) or a mapping with severity and options, not a list.']],
    ];
    for (const [name, text, expected] of cases) {
      it(name, () => {
        const got = problems(text);
        assert.strictEqual(got.length, expected.length, got.join('\n'));
        expected.forEach((e, i) => assert.ok(got[i].startsWith(e), `${got[i]}\n  does not start with\n${e}`));
      });
    }
  });

  it('reports a cycle in extends', () => {
    const dir = tmpdir();
    write(dir, 'a.yaml', 'extends: ./b.yaml\n');
    write(dir, 'b.yaml', 'extends: ./a.yaml\n');
    const c = resolveFile(path.join(dir, 'a.yaml'));
    assert.strictEqual(c.problems.length, 1);
    assert.match(c.problems[0].message, /extends makes a cycle: a.yaml -> b.yaml -> a.yaml/);
    assert.strictEqual(path.basename(c.problems[0].file), 'b.yaml');
    assert.strictEqual(c.problems[0].line, 1);
  });

  it('reports problems of an extended file with that file\'s path', () => {
    const dir = tmpdir();
    write(dir, 'base.yaml', 'rules:\n  nope: off\n');
    const f = write(dir, '.supportlint.yaml', 'extends: ./base.yaml\n');
    const c = resolveFile(f);
    assert.deepStrictEqual(c.problems.map(where), ['base.yaml:2:3 Unknown rule "nope"; did you mean "no-pii"?']);
  });

  it('keeps going after a problem: valid keys still apply', () => {
    const c = resolveText('language: tr\nrules:\n  no-jargon: loud\n  no-pii: off\n', '/w/.supportlint.yaml');
    assert.strictEqual(c.problems.length, 1);
    assert.strictEqual(c.language, 'tr');
    assert.strictEqual(c.rules['no-pii'].severity, 'off');
    assert.strictEqual(c.rules['no-jargon'].severity, 'warning');
  });

  it('an empty config file means the defaults', () => {
    assert.deepStrictEqual(problems(''), []);
    assert.deepStrictEqual(problems('# just a comment\n'), []);
  });
});
