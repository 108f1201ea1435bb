// The QA score of one file (docs/scoring.md). Each applicable rule offers its weight; a
// rule with findings keeps only (1 - penalty) of it, the penalty set by the worst
// severity among its findings. score = floor(100 * earned / possible); the number of
// findings of one rule does not matter (a QA checklist item is met or missed). A file
// passes with a score at or above the threshold and no error or warning from a critical
// rule. Engine diagnostics (parse, unused-suppression, ...) are not scored.
import type { ParsedDoc } from '../model';
import type { ResolvedConfig } from '../config/types';
import { DEFAULT_WEIGHT } from '../config/scoring';
import type { LintMessage, LintResult } from '../engine/types';
import { hasWordingPack } from '../packs';
import { allRules } from '../rules';
import type { Severity } from '../rules/types';
import { APPLICABILITY } from './applicability';
import type { FileScore, RuleScore } from './types';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function scoreFile(result: LintResult, doc: ParsedDoc, config: ResolvedConfig): FileScore {
  const scoring = config.scoring;
  const critical = new Set(scoring.critical);
  const byRule = new Map<string, LintMessage[]>();
  for (const m of result.messages) {
    const list = byRule.get(m.ruleId);
    if (list) list.push(m);
    else byRule.set(m.ruleId, [m]);
  }
  const wording = hasWordingPack(result.lang);
  const rules: RuleScore[] = [];
  let earned = 0;
  let possible = 0;
  let criticalFindings = 0;
  const criticalRules: string[] = [];

  for (const rule of allRules()) {
    const id = rule.meta.id;
    if (!rule.meta.appliesTo.includes(result.kind)) continue;
    const weight = scoring.weights[id] ?? DEFAULT_WEIGHT;
    const found = byRule.get(id) ?? [];
    const worst = found.reduce<Severity | null>((w, m) => (w === null || RANK[m.severity] > RANK[w] ? m.severity : w), null);
    const entry: RuleScore = { ruleId: id, weight, status: 'pass', earned: 0, findings: found.length, worst, critical: critical.has(id) };
    rules.push(entry);

    if (entry.critical) {
      const n = found.filter((m) => m.severity !== 'info').length;
      if (n > 0) {
        criticalFindings += n;
        criticalRules.push(id);
      }
    }
    if ((config.rules[id]?.severity ?? 'off') === 'off') {
      entry.status = 'off';
      continue;
    }
    if (found.length === 0) {
      if (rule.meta.needsLanguagePack && !wording) {
        entry.status = 'n/a';
        entry.reason = `no language pack for "${result.lang}"`;
        continue;
      }
      const when = APPLICABILITY[id];
      if (when && !when.applies(doc, result.lang)) {
        entry.status = 'n/a';
        entry.reason = typeof when.reason === 'string' ? when.reason : when.reason[result.kind];
        continue;
      }
    }
    possible += weight;
    if (worst === null) entry.earned = weight;
    else {
      entry.status = 'fail';
      entry.earned = weight * (1 - scoring.penalty[worst]);
    }
    earned += entry.earned;
  }

  const score = possible === 0 ? 100 : Math.floor((100 * earned) / possible + 1e-9);
  return {
    score,
    pass: score >= scoring.threshold && criticalFindings === 0,
    threshold: scoring.threshold,
    earned,
    possible,
    criticalFindings,
    criticalRules,
    rules,
  };
}
