// Output formats of the CLI. A formatter is a pure function of the reports and a
// context; it never reads files or the environment, so tests can call it directly.
import type { FileReport } from '../report';
import type { SeverityOrOff } from '../../rules/types';
import { formatStylish } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatJunit } from './junit';

export { displayPath, relativeInside } from '../report';

/** What a formatter may know about a rule (from the rule's meta, or built in for engine ids). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: SeverityOrOff;
  fixable: boolean;
}

export interface FormatContext {
  /** Directory paths are shown relative to (stylish, SARIF uris, JUnit names). */
  cwd: string;
  /** ANSI colours (stylish only). */
  color: boolean;
  /** supportlint's version (SARIF tool.driver.version). */
  toolVersion: string;
  /** Every rule to describe in SARIF, in a stable order. */
  rules: RuleInfo[];
  /** Language of the summary lines (--locale); English when absent. */
  locale?: string;
}

export type Formatter = (reports: FileReport[], ctx: FormatContext) => string;

export const FORMATS = ['stylish', 'json', 'sarif', 'junit'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormatName(s: string): s is FormatName {
  return (FORMATS as readonly string[]).includes(s);
}

export function getFormatter(name: FormatName): Formatter {
  switch (name) {
    case 'stylish':
      return formatStylish;
    case 'json':
      return formatJson;
    case 'sarif':
      return formatSarif;
    case 'junit':
      return formatJunit;
  }
}

/** Engine-level diagnostics that are not rules in the catalogue, and the CLI's own `io`. */
export const ENGINE_RULES: RuleInfo[] = [
  {
    id: 'parse',
    description: 'The file could not be read as a call script or ticket note.',
    defaultSeverity: 'error',
    fixable: false,
  },
  {
    id: 'config',
    description: 'A problem in a .supportlint.yaml configuration file.',
    defaultSeverity: 'error',
    fixable: false,
  },
  {
    id: 'unused-suppression',
    description: 'A supportlint-disable comment that suppresses nothing.',
    defaultSeverity: 'info',
    fixable: false,
  },
  {
    id: 'unsupported-language',
    description: 'The language of the file has no language pack; wording rules were skipped.',
    defaultSeverity: 'info',
    fixable: false,
  },
  {
    id: 'rule-error',
    description: 'A rule failed on this file and was skipped (a bug in supportlint: please report it).',
    defaultSeverity: 'error',
    fixable: false,
  },
];
