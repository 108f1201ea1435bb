import type { Rule } from '../rules/types';
import type { RuleSetting } from './types';

export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

export function optionDefaults(rule: Rule<any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(rule.meta.options)) if (s.default !== undefined) out[k] = structuredClone(s.default);
  return out;
}

/** recommended: each rule's default severity; strict: every rule on, info raised to warning. */
export function presetRules(name: PresetName, rules: Rule<any>[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const r of rules) {
    let severity = r.meta.defaultSeverity;
    if (name === 'strict' && (severity === 'info' || severity === 'off')) severity = 'warning';
    out[r.meta.id] = { severity, options: optionDefaults(r) };
  }
  return out;
}
