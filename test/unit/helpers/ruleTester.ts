// Table-driven rule tests: `valid` cases must stay quiet, `invalid` cases must give
// exactly the listed messages (rule, 1-based range, message) and, when given, the
// text after applying the rule's fixes.
import * as assert from 'assert';
import { defaultConfig } from '../../../server/src/config/load';
import type { ResolvedConfig } from '../../../server/src/config/types';
import { applyFixes } from '../../../server/src/engine/fix';
import { lint } from '../../../server/src/engine/lint';
import type { LintMessage } from '../../../server/src/engine/types';
import type { FileKind } from '../../../server/src/model';
import { getRule } from '../../../server/src/rules';

export interface ValidCase {
  code: string;
  kind?: FileKind;
  /** Rule options, merged over the defaults. */
  options?: Record<string, unknown>;
  /** Changes to the resolved config (language, placeholders, speakers...). */
  config?: Partial<ResolvedConfig>;
  today?: string;
  locale?: string;
  name?: string;
}

export interface ExpectedMessage {
  messageId?: string;
  /** Exact text, or a pattern. */
  message?: string | RegExp;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity?: 'error' | 'warning' | 'info';
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedMessage[];
  /** Text after applying every fix of this rule until stable. */
  output?: string;
}

export function configFor(ruleId: string, c: ValidCase): ResolvedConfig {
  const base = defaultConfig('/tmp');
  const rule = getRule(ruleId);
  const cur = base.rules[ruleId];
  const rules = { ...base.rules };
  if (rule && cur) {
    rules[ruleId] = { severity: cur.severity === 'off' ? 'warning' : cur.severity, options: { ...cur.options, ...(c.options ?? {}) } };
  }
  return { ...base, rules, ...(c.config ?? {}) };
}

export function lintCase(ruleId: string, c: ValidCase): LintMessage[] {
  const rule = getRule(ruleId);
  const kind = c.kind ?? (rule?.meta.appliesTo[0] ?? 'callscript');
  const res = lint({ text: c.code, kind, config: configFor(ruleId, c), onlyRules: [ruleId], today: c.today ?? '2026-11-23', locale: c.locale });
  const parse = res.messages.filter((m) => m.ruleId === 'parse');
  assert.deepStrictEqual(parse.map((m) => m.message), [], 'test code must parse cleanly');
  return res.messages.filter((m) => m.ruleId === ruleId);
}

function title(c: ValidCase): string {
  return c.name ?? c.code.replace(/\s+/g, ' ').trim().slice(0, 90);
}

export function fixOutput(ruleId: string, c: ValidCase): string {
  let text = c.code;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = lintCase(ruleId, { ...c, code: text })
      .map((m) => m.fix)
      .filter((f): f is NonNullable<typeof f> => !!f);
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes).text;
    if (next === text) break;
    text = next;
  }
  return text;
}

export function runRuleTests(ruleId: string, tests: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => assert.ok(getRule(ruleId), `rule ${ruleId} is not registered`));
    describe('valid', () => {
      for (const c of tests.valid) {
        it(title(c), () => {
          const msgs = lintCase(ruleId, c);
          assert.deepStrictEqual(
            msgs.map((m) => `${m.line + 1}:${m.column + 1} ${m.message}`),
            [],
            'expected no messages',
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(title(c), () => {
          const msgs = lintCase(ruleId, c);
          assert.strictEqual(
            msgs.length,
            c.errors.length,
            `expected ${c.errors.length} message(s), got:\n${msgs.map((m) => `  ${m.line + 1}:${m.column + 1} ${m.message}`).join('\n')}`,
          );
          c.errors.forEach((e, i) => {
            const m = msgs[i];
            const where = `message ${i + 1} (${m.message})`;
            assert.strictEqual(m.line + 1, e.line, `${where}: line`);
            assert.strictEqual(m.column + 1, e.column, `${where}: column`);
            if (e.endLine !== undefined) assert.strictEqual(m.endLine + 1, e.endLine, `${where}: endLine`);
            if (e.endColumn !== undefined) assert.strictEqual(m.endColumn + 1, e.endColumn, `${where}: endColumn`);
            if (e.messageId !== undefined) assert.strictEqual(m.data?.messageId, e.messageId, `${where}: messageId`);
            if (typeof e.message === 'string') assert.strictEqual(m.message, e.message);
            else if (e.message) assert.match(m.message, e.message);
            if (e.severity) assert.strictEqual(m.severity, e.severity, `${where}: severity`);
          });
          if (c.output !== undefined) assert.strictEqual(fixOutput(ruleId, c), c.output);
        });
      }
    });
  });
}
