// The bundled case notes are documentation that must stay true: a good note for every
// status lints clean with every rule, both under the recommended preset and under
// examples/.supportlint.yaml (what `supportlint examples` uses), and each
// bad/<rule-id>.ticket shows its rule. The day is fixed so follow-up dates do not age.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultConfig, loadConfigFor } from '../../server/src/config/load';
import type { ResolvedConfig } from '../../server/src/config/types';
import { lint } from '../../server/src/engine/lint';
import { getRule } from '../../server/src/rules';

const TODAY = '2026-11-23';
const root = path.resolve(__dirname, '../../..');
const dir = (...p: string[]) => path.join(root, 'examples', 'tickets', ...p);
const TICKET_RULES = ['ticket-front-matter', 'ticket-sections', 'follow-up-plan', 'escalation', 'respectful-notes'];

function ticketsIn(d: string): string[] {
  return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.ticket')).map((f) => path.join(d, f)) : [];
}

function lintFile(file: string, config: ResolvedConfig) {
  return lint({ text: fs.readFileSync(file, 'utf8'), filePath: file, config, today: TODAY });
}

const show = (msgs: { line: number; column: number; ruleId: string; message: string }[]) => msgs.map((m) => `${m.line + 1}:${m.column + 1} ${m.ruleId}: ${m.message}`);

describe('example case notes', () => {
  const good = ticketsIn(dir('good'));
  const bad = ticketsIn(dir('bad'));

  it('the examples config is valid', () => {
    const config = loadConfigFor(dir('good', 'open.ticket'));
    assert.deepStrictEqual(config.problems.map((p) => `${p.line}:${p.column} ${p.message}`), []);
    assert.ok(config.sources.some((s) => s.endsWith(path.join('examples', '.supportlint.yaml'))), 'examples/.supportlint.yaml is not the config in use');
  });

  it('has a good note for every status', () => {
    const statuses = good.map((f) => /^status:\s*(\S+)/m.exec(fs.readFileSync(f, 'utf8'))?.[1]);
    for (const s of ['open', 'pending', 'escalated', 'resolved', 'closed']) assert.ok(statuses.includes(s), `no good note with status ${s}`);
  });

  it('has a bad note for every ticket rule', () => {
    const names = bad.map((f) => path.basename(f, '.ticket'));
    for (const id of TICKET_RULES) assert.ok(names.includes(id), `examples/tickets/bad/${id}.ticket is missing`);
  });

  describe('good notes lint clean', () => {
    for (const file of good) {
      const name = path.relative(root, file);
      it(`${name} (recommended)`, () => assert.deepStrictEqual(show(lintFile(file, defaultConfig(path.dirname(file))).messages), []));
      it(`${name} (examples config)`, () => assert.deepStrictEqual(show(lintFile(file, loadConfigFor(file)).messages), []));
    }
  });

  describe('each bad/<rule-id>.ticket shows its rule', () => {
    for (const file of bad) {
      const ruleId = path.basename(file, '.ticket');
      it(path.relative(root, file), () => {
        assert.ok(getRule(ruleId), `${path.basename(file)} is not named for a rule`);
        const msgs = lintFile(file, loadConfigFor(file)).messages;
        assert.deepStrictEqual(show(msgs.filter((m) => m.ruleId === 'parse')), [], 'bad examples must still parse');
        assert.ok(msgs.some((m) => m.ruleId === ruleId), `no ${ruleId} message; got:\n${show(msgs).join('\n')}`);
      });
    }
  });
});
