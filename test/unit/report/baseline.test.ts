// --baseline: recorded findings survive edits that move lines; a new finding is caught.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { JobRunner } from '../../../server/src/cli/report-job';
import { BaselineError, buildBaseline, formatBaseline, markNew, readBaseline } from '../../../server/src/report/baseline';
import type { ReportFile } from '../../../server/src/report/types';
import { CARD, HOLD_SCRIPT, PII_SCRIPT, tmpdir, write } from './fixtures';

const lintAll = (files: string[]): ReportFile[] => {
  const runner = new JobRunner({ rules: {}, today: '2026-11-23' });
  return files.map((f) => runner.run(f));
};

/** Findings not in the baseline, as "rule line". */
const fresh = (files: ReportFile[]) => files.flatMap((f) => f.findings.filter((m) => m.isNew).map((m) => `${m.ruleId} ${m.line}`));

describe('report baseline', () => {
  it('records every finding by file, rule and fingerprint, with counts', () => {
    const dir = tmpdir();
    const file = write(dir, 'scripts/hold.callscript', HOLD_SCRIPT);
    const b = buildBaseline(lintAll([file]), dir, null);
    assert.deepStrictEqual(Object.keys(b.files), ['scripts/hold.callscript']);
    const entries = b.files['scripts/hold.callscript'];
    assert.deepStrictEqual(
      entries.map((e) => `${e.rule} ${e.count}`),
      ['announced-hold 1', 'announced-hold 1', 'announced-hold 1', 'announced-hold 1', 'no-jargon 1'],
    );
    assert.ok(entries.every((e) => /^[0-9a-f]{16}$/.test(e.fingerprint)));
  });

  it('still knows the findings after lines are added above them', () => {
    const dir = tmpdir();
    const file = write(dir, 'hold.callscript', HOLD_SCRIPT);
    const baseline = buildBaseline(lintAll([file]), dir, null);
    fs.writeFileSync(file, HOLD_SCRIPT.replace('## Greeting', '## Before you call\n[Open the customer record first.]\n\n## Greeting'));
    const after = lintAll([file]);
    assert.strictEqual(after[0].findings.find((m) => m.ruleId === 'no-jargon')!.line, 22, 'the finding moved down three lines');
    assert.strictEqual(markNew(after, baseline, dir), 0);
    assert.deepStrictEqual(fresh(after), []);
  });

  it('catches a new finding and only that one', () => {
    const dir = tmpdir();
    const file = write(dir, 'hold.callscript', HOLD_SCRIPT);
    const baseline = buildBaseline(lintAll([file]), dir, null);
    fs.writeFileSync(file, HOLD_SCRIPT.replace('Agent: Okay.', 'Agent: Okay. Your router needs a new DHCP lease.'));
    const after = lintAll([file]);
    assert.strictEqual(markNew(after, baseline, dir), 1);
    assert.deepStrictEqual(fresh(after), ['no-jargon 21']);
  });

  it('counts repeats: a second identical finding is new', () => {
    const dir = tmpdir();
    const file = write(dir, 'hold.callscript', HOLD_SCRIPT);
    const baseline = buildBaseline(lintAll([file]), dir, null);
    fs.writeFileSync(file, HOLD_SCRIPT.replace('Agent: Okay.', 'Agent: Okay.\nAgent: One moment, I will flush the DNS cache.'));
    const after = lintAll([file]);
    assert.strictEqual(markNew(after, baseline, dir), 1);
    assert.deepStrictEqual(fresh(after), ['no-jargon 22']);
  });

  it('treats every finding of a file missing from the baseline as new', () => {
    const dir = tmpdir();
    const a = write(dir, 'a.callscript', HOLD_SCRIPT);
    const baseline = buildBaseline(lintAll([a]), dir, null);
    const b = write(dir, 'b.callscript', HOLD_SCRIPT);
    assert.strictEqual(markNew(lintAll([a, b]), baseline, dir), 5);
  });

  it('keeps the entries of files not linted this time, and drops deleted files', () => {
    const dir = tmpdir();
    const a = write(dir, 'a.callscript', HOLD_SCRIPT);
    const b = write(dir, 'b.callscript', HOLD_SCRIPT);
    const first = buildBaseline(lintAll([a, b]), dir, null);
    const second = buildBaseline(lintAll([a]), dir, first);
    assert.deepStrictEqual(Object.keys(second.files), ['a.callscript', 'b.callscript']);
    fs.unlinkSync(b);
    assert.deepStrictEqual(Object.keys(buildBaseline(lintAll([a]), dir, second).files), ['a.callscript']);
  });

  it('never stores a secret, masked or hashed from the clear text', () => {
    const dir = tmpdir();
    const file = write(dir, 'pii.callscript', PII_SCRIPT);
    const text = formatBaseline(buildBaseline(lintAll([file]), dir, null));
    assert.ok(!text.includes(CARD) && !text.includes(CARD.replace(/ /g, '')));
    // The fingerprint is the same for another card ending in the same four digits.
    const other = write(dir, 'other.callscript', PII_SCRIPT.replace(CARD, '4000 0566 5506 1111'));
    const [x, y] = lintAll([file, other]).map((f) => f.findings.find((m) => m.ruleId === 'no-pii'));
    assert.ok(x && y, 'both cards are found');
    assert.strictEqual(x.fingerprint, y.fingerprint);
  });

  it('reads back what it wrote, and explains a missing or broken file', () => {
    const dir = tmpdir();
    const file = write(dir, 'hold.callscript', HOLD_SCRIPT);
    const b = buildBaseline(lintAll([file]), dir, null);
    const f = write(dir, 'baseline.json', formatBaseline(b));
    assert.deepStrictEqual(readBaseline(f), b);
    assert.throws(() => readBaseline(path.join(dir, 'nope.json')), (e: Error) => e instanceof BaselineError && /does not exist; create it with --update-baseline/.test(e.message));
    write(dir, 'bad.json', '{"version": 1, "files": ');
    assert.throws(() => readBaseline(path.join(dir, 'bad.json')), /is not valid JSON/);
    write(dir, 'old.json', '{"version": 7, "files": {}}');
    assert.throws(() => readBaseline(path.join(dir, 'old.json')), /is not a supportlint baseline \(version 1\)/);
  });
});
