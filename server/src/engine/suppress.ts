// Suppression comments: <!-- supportlint-disable[-line|-next-line|-file] [rule, ...] -->
// and <!-- supportlint-enable [rule, ...] -->. Unused ones are reported so stale
// comments do not pile up.
import type { Comment, Span } from '../model';
import type { LineIndex } from './lineIndex';

type Kind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

interface Directive {
  kind: Kind;
  /** Empty: every rule. */
  rules: string[];
  span: Span;
  line: number;
  used: Set<string>;
}

const PATTERN = /^supportlint-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

/** An unused suppression, as a message key (engine/uiText.ts) and its values. */
export interface UnusedSuppression {
  span: Span;
  key: 'unusedAll' | 'unusedUnknown' | 'unusedRule';
  data: { name: string; rule?: string };
}

export interface SuppressionResult<M> {
  kept: M[];
  unused: UnusedSuppression[];
}

export function applySuppressions<M extends { ruleId: string; span: Span; line: number }>(
  comments: Comment[],
  messages: M[],
  lines: LineIndex,
  knownRules: Set<string>,
): SuppressionResult<M> {
  const directives: Directive[] = [];
  for (const c of comments) {
    const m = PATTERN.exec(c.body);
    if (!m) continue;
    const rules = (m[2] ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const start = lines.positionAt(c.span.start).line;
    const end = lines.positionAt(c.span.end).line;
    directives.push({ kind: m[1] as Kind, rules, span: c.span, line: m[1] === 'disable-next-line' ? end + 1 : start, used: new Set() });
  }
  if (directives.length === 0) return { kept: messages, unused: [] };

  const kept: M[] = [];
  for (const msg of messages) {
    const by = suppressor(directives, msg);
    if (by) by.used.add(msg.ruleId);
    else kept.push(msg);
  }

  const unused: UnusedSuppression[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const name = `supportlint-${d.kind}`;
    if (d.rules.length === 0) {
      if (d.used.size === 0) unused.push({ span: d.span, key: 'unusedAll', data: { name } });
      continue;
    }
    for (const r of d.rules) {
      if (!knownRules.has(r)) unused.push({ span: d.span, key: 'unusedUnknown', data: { name, rule: r } });
      else if (!d.used.has(r)) unused.push({ span: d.span, key: 'unusedRule', data: { name, rule: r } });
    }
  }
  return { kept, unused };
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** The directive that suppresses a message, replaying disable/enable blocks in order. */
function suppressor(directives: Directive[], msg: { ruleId: string; span: Span; line: number }): Directive | null {
  let all: Directive | null = null;
  const byRule = new Map<string, Directive>();
  const enabledUnderAll = new Set<string>();
  for (const d of directives) {
    switch (d.kind) {
      case 'disable-file':
        if (covers(d, msg.ruleId)) return d;
        break;
      case 'disable-line':
      case 'disable-next-line':
        if (d.line === msg.line && covers(d, msg.ruleId)) return d;
        break;
      case 'disable':
        if (d.span.start > msg.span.start) break;
        if (d.rules.length === 0) {
          all = d;
          byRule.clear();
          enabledUnderAll.clear();
        } else for (const r of d.rules) (byRule.set(r, d), enabledUnderAll.delete(r));
        break;
      case 'enable':
        if (d.span.start > msg.span.start) break;
        if (d.rules.length === 0) {
          all = null;
          byRule.clear();
          enabledUnderAll.clear();
        } else
          for (const r of d.rules) {
            byRule.delete(r);
            if (all) enabledUnderAll.add(r);
          }
        break;
    }
  }
  return byRule.get(msg.ruleId) ?? (all && !enabledUnderAll.has(msg.ruleId) ? all : null);
}
