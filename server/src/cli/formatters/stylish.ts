// Human output, grouped by file:
//
//   scripts/printer.callscript
//     12:24  warning  "DNS" may not be known to the customer ...  no-jargon
//
//   ✖ 1 problem (0 errors, 1 warning, 0 infos)
//     1 fixable with --fix
//
// Colour (ANSI) only when the caller says so (a terminal, no --no-color, no NO_COLOR).
import type { FileReport } from '../report';
import { displayPath, totals } from '../report';
import type { FormatContext } from './index';
import { uiText } from '../../engine/uiText';

const ESC = '\u001b[';
type Style = 'bold' | 'dim' | 'underline' | 'red' | 'yellow' | 'cyan' | 'green';
const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
};

function paint(on: boolean, text: string, ...styles: Style[]): string {
  if (!on || text === '') return text;
  let out = text;
  for (const s of styles) out = `${ESC}${CODES[s][0]}m${out}${ESC}${CODES[s][1]}m`;
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line per message: newlines and tabs in a message would break the columns. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ');
}

export function formatStylish(reports: FileReport[], ctx: FormatContext): string {
  const c = ctx.color;
  const out: string[] = [];
  for (const r of reports) {
    if (r.messages.length === 0) continue;
    out.push(paint(c, displayPath(r.filePath, ctx.cwd), 'underline'));
    const rows = r.messages.map((m) => ({
      line: m.fatal ? '' : String(m.line),
      col: m.fatal ? '' : String(m.column),
      sev: m.severity,
      text: oneLine(m.message),
      rule: m.ruleId,
    }));
    // Line numbers right-aligned, columns left-aligned, so the colons line up.
    const lineW = Math.max(...rows.map((x) => x.line.length));
    const colW = Math.max(...rows.map((x) => x.col.length));
    const sevW = Math.max(...rows.map((x) => x.sev.length));
    const textW = Math.max(...rows.map((x) => x.text.length));
    for (const row of rows) {
      const sevColour: Style = row.sev === 'error' ? 'red' : row.sev === 'warning' ? 'yellow' : 'cyan';
      const pos = row.line === '' ? ' '.repeat(lineW + colW + (lineW > 0 ? 1 : 0)) : `${row.line.padStart(lineW)}:${row.col.padEnd(colW)}`;
      const line =
        '  ' +
        (lineW > 0 ? paint(c, pos, 'dim') + '  ' : '') +
        paint(c, row.sev.padEnd(sevW), sevColour) +
        '  ' +
        row.text.padEnd(textW) +
        '  ' +
        paint(c, row.rule, 'dim');
      out.push(line.replace(/\s+$/, ''));
    }
    out.push('');
  }
  const t = totals(reports);
  const problems = t.errorCount + t.warningCount + t.infoCount;
  if (problems === 0) return '';
  const colour: Style = t.errorCount > 0 ? 'red' : t.warningCount > 0 ? 'yellow' : 'cyan';
  const locale = ctx.locale ?? 'en';
  const summary =
    locale === 'en'
      ? `\u2716 ${plural(problems, 'problem')} ` +
        `(${plural(t.errorCount, 'error')}, ${plural(t.warningCount, 'warning')}, ${plural(t.infoCount, 'info')})`
      : `\u2716 ${uiText(locale, 'cliSummary', { problems, errors: t.errorCount, warnings: t.warningCount, infos: t.infoCount })}`;
  out.push(paint(c, summary, 'bold', colour));
  if (t.fixableCount > 0) {
    const fixable = locale === 'en' ? `${t.fixableCount} fixable with --fix` : uiText(locale, 'cliFixable', { n: t.fixableCount });
    out.push(paint(c, `  ${fixable}`, 'bold', colour));
  }
  return out.join('\n') + '\n';
}
