// The Spanish, Turkish and Indonesian examples are documentation in those languages:
// good files lint clean, each bad/<rule-id> file shows its rule, and every rule has one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig } from '../../../server/src/config/load';
import { lint } from '../../../server/src/engine/lint';
import { allRules } from '../../../server/src/rules';

const root = path.resolve(__dirname, '../../../..');

function filesIn(d: string): string[] {
  if (!fs.existsSync(d)) return [];
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesIn(path.join(d, e.name)) : [path.join(d, e.name)]));
}

function lintFile(file: string) {
  return lint({ text: fs.readFileSync(file, 'utf8'), filePath: file, config: defaultConfig(path.dirname(file)), today: '2026-11-23' });
}

const ruleOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

for (const lang of ['es', 'tr', 'id']) {
  describe(`${lang} examples`, () => {
    const dir = (...p: string[]) => path.join(root, 'examples', lang, ...p);
    const good = [...filesIn(dir('scripts', 'good')), ...filesIn(dir('tickets', 'good'))];
    const badScripts = filesIn(dir('scripts', 'bad'));
    const badTickets = filesIn(dir('tickets', 'bad'));

    it('has good scripts and notes, and a bad example for every rule', () => {
      assert.ok(filesIn(dir('scripts', 'good')).length >= 3);
      assert.ok(filesIn(dir('tickets', 'good')).length >= 2);
      const shown = new Set([...badScripts, ...badTickets].map(ruleOf));
      assert.deepStrictEqual(allRules().map((r) => r.meta.id).filter((id) => !shown.has(id)), []);
    });

    for (const file of good) {
      it(`${path.relative(root, file)} is clean and read as ${lang}`, () => {
        const res = lintFile(file);
        assert.strictEqual(res.lang, lang);
        assert.deepStrictEqual(res.messages.map((m) => `${m.line + 1}:${m.column + 1} ${m.ruleId}: ${m.message}`), []);
      });
    }

    for (const file of [...badScripts, ...badTickets]) {
      it(`${path.relative(root, file)} shows its rule`, () => {
        const res = lintFile(file);
        assert.ok(res.messages.some((m) => m.ruleId === ruleOf(file)), res.messages.map((m) => m.ruleId).join(', '));
        assert.deepStrictEqual(res.messages.filter((m) => m.ruleId === 'parse'), []);
      });
    }
  });
}
