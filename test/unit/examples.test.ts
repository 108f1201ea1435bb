// The bundled examples are documentation that must stay true: every good script lints
// clean under the recommended preset, and each bad/<rule-id> file shows its rule.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig } from '../../server/src/config/load';
import { lint } from '../../server/src/engine/lint';
import { getRule } from '../../server/src/rules';

const root = path.resolve(__dirname, '../../..');
const dir = (...p: string[]) => path.join(root, 'examples', 'scripts', ...p);

function filesIn(d: string): string[] {
  if (!fs.existsSync(d)) return [];
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(path.join(d, e.name)) : [path.join(d, e.name)]));
}

function lintFile(file: string) {
  return lint({ text: fs.readFileSync(file, 'utf8'), filePath: file, config: defaultConfig(path.dirname(file)), today: '2026-11-23' });
}

describe('examples', () => {
  const good = filesIn(dir('good'));
  const bad = filesIn(dir('bad'));

  it('has at least ten good scripts and a bad script', () => {
    assert.ok(good.filter((f) => f.endsWith('.callscript')).length >= 10, `only ${good.length} good scripts`);
    assert.ok(bad.length > 0);
  });

  describe('good scripts lint clean under recommended', () => {
    for (const file of good) {
      it(path.relative(root, file), () => {
        const msgs = lintFile(file).messages.map((m) => `${m.line + 1}:${m.column + 1} ${m.ruleId}: ${m.message}`);
        assert.deepStrictEqual(msgs, []);
      });
    }
  });

  describe('each bad/<rule-id> script shows its rule', () => {
    for (const file of bad) {
      const ruleId = path.basename(file).replace(/\.[^.]+$/, '');
      it(path.relative(root, file), () => {
        assert.ok(getRule(ruleId), `${path.basename(file)} is not named for a rule`);
        const msgs = lintFile(file).messages.filter((m) => m.ruleId === ruleId);
        assert.ok(msgs.length > 0, `no ${ruleId} message`);
      });
    }
  });
});
