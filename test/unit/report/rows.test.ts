// `--format csv` and `--format json`: one row per file with what a reviewer sorts by.
import * as assert from 'assert';
import * as path from 'path';
import { defaultConfig } from '../../../server/src/config/load';
import { analyzeText, fatalFile } from '../../../server/src/report/analyze';
import { formatRowsCsv, formatRowsJson, toRows } from '../../../server/src/report/rows';
import { CLEAN_SCRIPT, HOLD_SCRIPT, PII_SCRIPT, RESOLVED_NOTE } from './fixtures';

const cwd = '/work/qa';
const config = defaultConfig(cwd);
const file = (rel: string, text: string) =>
  analyzeText(path.join(cwd, rel), text, rel.endsWith('.ticket') ? 'ticket' : 'callscript', config, { today: '2026-11-23' });

describe('report rows', () => {
  const files = [
    file('scripts/clean.callscript', CLEAN_SCRIPT),
    file('scripts/hold.callscript', HOLD_SCRIPT),
    file('scripts/pii.callscript', PII_SCRIPT),
    file('cases/CASE-2001.ticket', RESOLVED_NOTE),
  ];

  it('has one JSON row per file with kind, language, score, pass, counts and critical findings', () => {
    const rows = JSON.parse(formatRowsJson(toRows(files, cwd)));
    assert.deepStrictEqual(rows, [
      { path: 'scripts/clean.callscript', kind: 'callscript', language: 'en', score: 100, pass: true, errors: 0, warnings: 0, infos: 0, critical: 0, criticalRules: [] },
      { path: 'scripts/hold.callscript', kind: 'callscript', language: 'en', score: 83, pass: true, errors: 0, warnings: 5, infos: 0, critical: 0, criticalRules: [] },
      { path: 'scripts/pii.callscript', kind: 'callscript', language: 'en', score: 81, pass: false, errors: 1, warnings: 1, infos: 0, critical: 1, criticalRules: ['no-pii'] },
      { path: 'cases/CASE-2001.ticket', kind: 'ticket', language: 'en', score: 100, pass: true, errors: 0, warnings: 0, infos: 0, critical: 0, criticalRules: [] },
    ]);
  });

  it('writes the same rows as CSV with a header line', () => {
    assert.strictEqual(
      formatRowsCsv(toRows(files, cwd)),
      [
        'path,kind,language,score,pass,errors,warnings,infos,critical,criticalRules',
        'scripts/clean.callscript,callscript,en,100,true,0,0,0,0,',
        'scripts/hold.callscript,callscript,en,83,true,0,5,0,0,',
        'scripts/pii.callscript,callscript,en,81,false,1,1,0,1,no-pii',
        'cases/CASE-2001.ticket,ticket,en,100,true,0,0,0,0,',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes commas and quotes, and defuses a path that looks like a spreadsheet formula', () => {
    const odd = [file('scripts/a, "b".callscript', CLEAN_SCRIPT)];
    odd.push({ ...file('x.callscript', CLEAN_SCRIPT), filePath: '=HYPERLINK("x").callscript' });
    const lines = formatRowsCsv(toRows(odd, cwd)).split('\r\n');
    assert.strictEqual(lines[1], '"scripts/a, ""b"".callscript",callscript,en,100,true,0,0,0,0,');
    assert.ok(lines[2].startsWith(`"'=HYPERLINK(""x"").callscript",`), lines[2]);
  });

  it('gives a file that could not be read no score and no pass', () => {
    const rows = toRows([fatalFile(path.join(cwd, 'gone.ticket'), 'ticket', 'file not found')], cwd);
    assert.deepStrictEqual(rows[0], { path: 'gone.ticket', kind: 'ticket', language: '', score: null, pass: false, errors: 1, warnings: 0, infos: 0, critical: 0, criticalRules: [] });
  });
});
