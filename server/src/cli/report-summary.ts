// The terminal summary of `supportlint report` (the default output, and the line printed
// after writing a report file).
import type { ReportSummary } from '../report/summary';
import type { ReportFile } from '../report/types';
import { shown } from './files';

const MAX_FAILING = 20;

export function formatSummary(files: ReportFile[], s: ReportSummary, cwd: string, opts: { brief: boolean }): string {
  const parts = [`${s.files} file${s.files === 1 ? '' : 's'}`, `${s.passed} passed`, `${s.failed} failed`];
  let line = `Compliance: ${parts.join(', ')}`;
  if (s.passRate !== null) line += ` (pass rate ${s.passRate}%), average score ${s.averageScore}`;
  line += `, ${s.criticalFindings} critical finding${s.criticalFindings === 1 ? '' : 's'}`;
  if (s.newFindings !== undefined) line += `, ${s.newFindings} new`;
  if (s.unreadable) line += `, ${s.unreadable} not scored`;
  const out = [line];
  if (opts.brief) return out.join('\n') + '\n';

  const failing = files.filter((f) => f.score && !f.score.pass).sort((a, b) => a.score!.score - b.score!.score);
  if (failing.length) {
    out.push('Failing files:');
    for (const f of failing.slice(0, MAX_FAILING)) {
      const sc = f.score!;
      const why = sc.criticalFindings ? `critical: ${sc.criticalRules.join(', ')}` : `below ${sc.threshold}`;
      out.push(`  ${String(sc.score).padStart(3)}/100  ${shown(f.filePath, cwd)}  (${why})`);
    }
    if (failing.length > MAX_FAILING) out.push(`  … and ${failing.length - MAX_FAILING} more`);
  }
  if (s.byLang.length > 1) out.push(`By language: ${s.byLang.map((g) => `${g.key} ${g.files} (average ${g.averageScore})`).join(', ')}`);
  if (s.byKind.length > 1) out.push(`By kind: ${s.byKind.map((g) => `${g.key} ${g.files} (average ${g.averageScore ?? '–'})`).join(', ')}`);
  out.push("Full report: supportlint report --out report.html");
  return out.join('\n') + '\n';
}
