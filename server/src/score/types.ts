// The score of one file, as the CLI report, the language server and the editor see it.
// Types only: the extension imports them through protocol.ts.
import type { Severity } from '../rules/types';

/**
 * pass: applicable, no finding; fail: applicable, with findings; n/a: the file has nothing
 * the rule checks (no hold, no Customer summary, a language the rule cannot judge);
 * off: turned off in the config.
 */
export type RuleStatus = 'pass' | 'fail' | 'n/a' | 'off';

export interface RuleScore {
  ruleId: string;
  weight: number;
  status: RuleStatus;
  /** Points earned out of `weight` (0 unless applicable). */
  earned: number;
  findings: number;
  /** Worst severity among the findings, or null. */
  worst: Severity | null;
  critical: boolean;
  /** Why the rule does not apply (status n/a), e.g. "no hold in the script". */
  reason?: string;
}

export interface FileScore {
  /** 0-100, a whole number (rounded down, so a file with a finding never shows 100). */
  score: number;
  /** Score at or above the threshold and no critical finding. */
  pass: boolean;
  threshold: number;
  earned: number;
  possible: number;
  /** Error and warning findings of critical rules. */
  criticalFindings: number;
  /** Critical rules with such findings. */
  criticalRules: string[];
  /** Every rule for the file's kind, in catalogue order. */
  rules: RuleScore[];
}
