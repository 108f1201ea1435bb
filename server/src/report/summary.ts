// Totals over the report: pass rate and average score overall, by language and by kind,
// and findings per rule (the bar chart).
import type { ReportFile } from './types';

export interface GroupStats {
  key: string;
  files: number;
  passed: number;
  /** Share of scored files that pass, 0-100 (one decimal); null with no scored file. */
  passRate: number | null;
  averageScore: number | null;
}

export interface RuleCount {
  ruleId: string;
  count: number;
  /** Files with at least one finding of this rule. */
  files: number;
  critical: boolean;
}

export interface ReportSummary extends GroupStats {
  failed: number;
  /** Files that could not be linted (no score). */
  unreadable: number;
  findings: number;
  criticalFindings: number;
  /** Set when a baseline was compared. */
  newFindings?: number;
  byLang: GroupStats[];
  byKind: GroupStats[];
  /** Most findings first. */
  byRule: RuleCount[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function stats(key: string, files: ReportFile[]): GroupStats {
  const scored = files.filter((f) => f.score);
  const passed = scored.filter((f) => f.score!.pass).length;
  return {
    key,
    files: files.length,
    passed,
    passRate: scored.length ? round1((100 * passed) / scored.length) : null,
    averageScore: scored.length ? round1(scored.reduce((n, f) => n + f.score!.score, 0) / scored.length) : null,
  };
}

function groups(files: ReportFile[], keyOf: (f: ReportFile) => string): GroupStats[] {
  const by = new Map<string, ReportFile[]>();
  for (const f of files) {
    const k = keyOf(f);
    const list = by.get(k);
    if (list) list.push(f);
    else by.set(k, [f]);
  }
  return [...by.keys()].sort().map((k) => stats(k, by.get(k)!));
}

export function summarize(files: ReportFile[], withBaseline = false): ReportSummary {
  const rules = new Map<string, RuleCount>();
  let findings = 0;
  let criticalFindings = 0;
  let newFindings = 0;
  for (const f of files) {
    const seen = new Set<string>();
    for (const m of f.findings) {
      findings++;
      if (m.critical) criticalFindings++;
      if (m.isNew) newFindings++;
      let r = rules.get(m.ruleId);
      if (!r) rules.set(m.ruleId, (r = { ruleId: m.ruleId, count: 0, files: 0, critical: false }));
      r.count++;
      if (m.critical) r.critical = true;
      if (!seen.has(m.ruleId)) {
        seen.add(m.ruleId);
        r.files++;
      }
    }
  }
  const all = stats('all', files);
  const scored = files.filter((f) => f.score);
  const out: ReportSummary = {
    ...all,
    failed: scored.length - all.passed,
    unreadable: files.length - scored.length,
    findings,
    criticalFindings,
    byLang: groups(scored, (f) => f.lang),
    byKind: groups(files, (f) => f.kind ?? 'unknown'),
    byRule: [...rules.values()].sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1)),
  };
  if (withBaseline) out.newFindings = newFindings;
  return out;
}
