// `--format junit`: for CI systems that show test reports. One <testsuite> per file,
// one <testcase> per message: errors and warnings are <failure>s, infos pass with the
// message in <system-out>, a file that could not be read is an <error>, and a clean file
// is one passing test case.
import type { CliMessage, FileReport } from '../report';
import { displayPath } from '../report';
import type { FormatContext } from './index';

/** Characters XML 1.0 does not allow at all (even escaped). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

function caseName(m: CliMessage): string {
  return m.fatal ? m.ruleId : `${m.ruleId} (${m.line}:${m.column})`;
}

function detail(m: CliMessage, shown: string): string {
  if (m.fatal) return `${shown}: ${m.message}`;
  return `${shown}:${m.line}:${m.column}: ${m.severity}: ${m.message} (${m.ruleId})`;
}

export function formatJunit(reports: FileReport[], ctx: FormatContext): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const r of reports) {
    const shown = displayPath(r.filePath, ctx.cwd);
    const cases: string[] = [];
    let sFailures = 0;
    let sErrors = 0;
    if (r.messages.length === 0) {
      cases.push(`    <testcase${attrs({ name: 'supportlint', classname: shown, time: 0 })}/>`);
    }
    for (const m of r.messages) {
      const head = `    <testcase${attrs({ name: caseName(m), classname: shown, time: 0 })}>`;
      if (m.fatal) {
        sErrors++;
        cases.push(head, `      <error${attrs({ message: m.message, type: m.ruleId })}>${xmlEscape(detail(m, shown))}</error>`, '    </testcase>');
      } else if (m.severity === 'error' || m.severity === 'warning') {
        sFailures++;
        cases.push(
          head,
          `      <failure${attrs({ message: m.message, type: m.severity })}>${xmlEscape(detail(m, shown))}</failure>`,
          '    </testcase>',
        );
      } else {
        cases.push(head, `      <system-out>${xmlEscape(detail(m, shown))}</system-out>`, '    </testcase>');
      }
    }
    const count = Math.max(1, r.messages.length);
    tests += count;
    failures += sFailures;
    errors += sErrors;
    suites.push(
      `  <testsuite${attrs({ name: shown, tests: count, failures: sFailures, errors: sErrors, skipped: 0, time: 0 })}>`,
      ...cases,
      '  </testsuite>',
    );
  }
  lines.push(`<testsuites${attrs({ name: 'supportlint', tests, failures, errors, time: 0 })}>`, ...suites, '</testsuites>');
  return lines.join('\n') + '\n';
}
