// One file of the compliance report: lint it with the engine, score it, and keep what the
// outputs need (masked excerpts, fingerprints). The CLI's worker threads, its
// single-thread path and the language server all call this, so they agree.
import type { FileKind, ParsedDoc } from '../model';
import type { ResolvedConfig } from '../config/types';
import { lint } from '../engine/lint';
import { LineIndex } from '../engine/lineIndex';
import { HOMEPAGE } from '../engine/docs';
import type { LintResult } from '../engine/types';
import { parseDocument } from '../parse';
import { scoreFile } from '../score/model';
import { docsFor, toCliMessage } from '../cli/report';
import { Excerpts } from './excerpt';
import { fingerprint } from './fingerprint';
import type { ReportFile, ReportFinding } from './types';

export interface AnalyzeOptions {
  today?: string;
  locale?: string;
}

export function docsLink(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/${docsFor(ruleId)}`;
}

/** Scores an already linted text (the language server has the lint result and the parse at hand). */
export function reportFromResult(filePath: string, text: string, result: LintResult, config: ResolvedConfig, parsed?: ParsedDoc): ReportFile {
  const doc = parsed ?? parseDocument(text, result.kind, config.speakers);
  const score = scoreFile(result, doc, config);
  const critical = new Set(score.criticalRules);
  const excerpts = new Excerpts(text, new LineIndex(text), result.messages);
  const findings: ReportFinding[] = result.messages.map((m) => {
    const { ruleId, severity, message, line, column, endLine, endColumn } = toCliMessage(m);
    return {
      ruleId, severity, message, line, column, endLine, endColumn,
      docs: docsLink(m.ruleId),
      excerpt: excerpts.excerpt(m),
      fingerprint: fingerprint(m, excerpts.maskedLine(m.line)),
      critical: critical.has(m.ruleId) && m.severity !== 'info',
    };
  });
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const f of findings) {
    if (f.severity === 'error') errorCount++;
    else if (f.severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { filePath, kind: result.kind, lang: result.lang, score, findings, errorCount, warningCount, infoCount };
}

export function analyzeText(filePath: string, text: string, kind: FileKind, config: ResolvedConfig, opts: AnalyzeOptions = {}): ReportFile {
  const result = lint({ text, filePath, kind, config, today: opts.today, locale: opts.locale });
  return reportFromResult(filePath, text, result, config);
}

/** A file that could not be linted. */
export function fatalFile(filePath: string, kind: FileKind | null, message: string): ReportFile {
  return { filePath, kind, lang: '', score: null, findings: [], errorCount: 1, warningCount: 0, infoCount: 0, fatal: message };
}
