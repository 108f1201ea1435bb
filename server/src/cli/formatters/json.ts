// `--format json`: exactly the output contract of the spec, one entry per file.
// `output` is added only by --fix-dry-run, and only for files the fixes changed.
import type { CliMessage, FileReport } from '../report';
import type { FormatContext } from './index';

function message(m: CliMessage): Record<string, unknown> {
  const o: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    docs: m.docs,
  };
  if (m.fix) o.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.fatal) o.fatal = true;
  return o;
}

export function toJsonValue(reports: FileReport[]): Array<Record<string, unknown>> {
  return reports.map((r) => {
    const o: Record<string, unknown> = {
      filePath: r.filePath,
      language: r.language,
      lang: r.lang,
      messages: r.messages.map(message),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
    };
    if (r.fatal) o.fatal = true;
    if (r.output !== undefined) o.output = r.output;
    return o;
  });
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function formatJson(reports: FileReport[], _ctx: FormatContext): string {
  return JSON.stringify(toJsonValue(reports), null, 2) + '\n';
}
