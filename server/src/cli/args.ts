// Command-line parsing, by hand (no dependency). Every mistake is a UsageError with a
// short message; main prints it with a hint to --help and exits with 2.
import type { SeverityOrOff } from '../rules/types';
import { FORMATS, isFormatName, type FormatName } from './formatters/index';

export class UsageError extends Error {}

export const LOCALES = ['en', 'es', 'tr', 'id'] as const;
const SEVERITIES: SeverityOrOff[] = ['error', 'warning', 'info', 'off'];

export interface CliOptions {
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  configPath?: string;
  /** From --rule id:severity, in order (a later one wins). */
  rules: Record<string, SeverityOrOff>;
  stdin: boolean;
  stdinFilename?: string;
  quiet: boolean;
  /** true: --color, false: --no-color, undefined: decide from the terminal and env. */
  color?: boolean;
  printConfig?: string;
  today?: string;
  locale?: string;
  help: boolean;
  version: boolean;
}

type ValueOpt = 'format' | 'outputFile' | 'maxWarnings' | 'configPath' | 'rule' | 'stdinFilename' | 'printConfig' | 'today' | 'locale';
type FlagOpt = 'fix' | 'fixDryRun' | 'stdin' | 'quiet' | 'color' | 'noColor' | 'help' | 'version';

const VALUE_OPTS: Record<string, ValueOpt> = {
  '--format': 'format',
  '-f': 'format',
  '--output-file': 'outputFile',
  '-o': 'outputFile',
  '--max-warnings': 'maxWarnings',
  '--config': 'configPath',
  '-c': 'configPath',
  '--rule': 'rule',
  '--stdin-filename': 'stdinFilename',
  '--print-config': 'printConfig',
  '--today': 'today',
  '--locale': 'locale',
};

const FLAG_OPTS: Record<string, FlagOpt> = {
  '--fix': 'fix',
  '--fix-dry-run': 'fixDryRun',
  '--stdin': 'stdin',
  '--quiet': 'quiet',
  '-q': 'quiet',
  '--color': 'color',
  '--no-color': 'noColor',
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '-v': 'version',
};

function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parseRule(value: string, into: Record<string, SeverityOrOff>): void {
  for (const part of value.split(',')) {
    const item = part.trim();
    if (item === '') continue;
    const colon = item.lastIndexOf(':');
    if (colon <= 0 || colon === item.length - 1) {
      throw new UsageError(`--rule expects id:severity (for example no-jargon:off), got '${item}'`);
    }
    const id = item.slice(0, colon).trim();
    const sev = item.slice(colon + 1).trim().toLowerCase();
    if (!(SEVERITIES as string[]).includes(sev)) {
      throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITIES.join(', ')}, got '${sev}'`);
    }
    into[id] = sev as SeverityOrOff;
  }
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    patterns: [],
    format: 'stylish',
    fix: false,
    fixDryRun: false,
    maxWarnings: -1,
    rules: {},
    stdin: false,
    quiet: false,
    help: false,
    version: false,
  };
  let onlyPatterns = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPatterns || arg === '-' || !arg.startsWith('-')) {
      o.patterns.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPatterns = true;
      continue;
    }
    let name = arg;
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      inline = arg.slice(eq + 1);
    }
    const flag = FLAG_OPTS[name];
    if (flag) {
      if (inline !== undefined) throw new UsageError(`option '${name}' does not take a value`);
      switch (flag) {
        case 'fix':
          o.fix = true;
          break;
        case 'fixDryRun':
          o.fixDryRun = true;
          break;
        case 'stdin':
          o.stdin = true;
          break;
        case 'quiet':
          o.quiet = true;
          break;
        case 'color':
          o.color = true;
          break;
        case 'noColor':
          o.color = false;
          break;
        case 'help':
          o.help = true;
          break;
        case 'version':
          o.version = true;
          break;
      }
      continue;
    }
    const opt = VALUE_OPTS[name];
    if (!opt) throw new UsageError(`unknown option '${name}'`);
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`option '${name}' needs a value`);
      value = argv[++i];
    }
    switch (opt) {
      case 'format':
        if (!isFormatName(value)) {
          throw new UsageError(`unknown format '${value}' (choose one of ${FORMATS.join(', ')})`);
        }
        o.format = value;
        break;
      case 'outputFile':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        o.outputFile = value;
        break;
      case 'maxWarnings': {
        if (!/^-?\d+$/.test(value) || Number(value) < -1) {
          throw new UsageError(`--max-warnings expects a whole number of warnings (0 or more), got '${value}'`);
        }
        o.maxWarnings = Number(value);
        break;
      }
      case 'configPath':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        o.configPath = value;
        break;
      case 'rule':
        parseRule(value, o.rules);
        break;
      case 'stdinFilename':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        o.stdinFilename = value;
        break;
      case 'printConfig':
        if (value === '') throw new UsageError(`option '${name}' needs a file name`);
        o.printConfig = value;
        break;
      case 'today':
        if (!isValidDate(value)) throw new UsageError(`--today expects a date as YYYY-MM-DD, got '${value}'`);
        o.today = value;
        break;
      case 'locale':
        if (!(LOCALES as readonly string[]).includes(value)) {
          throw new UsageError(`unknown locale '${value}' (choose one of ${LOCALES.join(', ')})`);
        }
        o.locale = value;
        break;
    }
  }
  if (o.help || o.version) return o;
  if (o.fix && o.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename is only used with --stdin');
  if (o.stdin) {
    if (o.patterns.length > 0) throw new UsageError('--stdin reads one document from standard input: give no file names');
    if (o.stdinFilename === undefined) {
      throw new UsageError('--stdin needs --stdin-filename NAME (its extension says whether it is a call script or a ticket)');
    }
    if (o.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixed text');
  }
  if (o.printConfig !== undefined && (o.stdin || o.fix || o.fixDryRun)) {
    throw new UsageError('--print-config cannot be combined with --stdin, --fix or --fix-dry-run');
  }
  return o;
}

export const HELP = `Usage: supportlint [options] [file|dir|glob ...]
       supportlint report [options] [file|dir|glob ...]   (compliance scores and
                 CI gates: see supportlint report --help)

Lints phone call scripts (*.callscript) and case notes (*.ticket).
With no file, lints the current directory. Directories are searched for
*.callscript, *.ticket and the "files:" globs of .supportlint.yaml
(node_modules, .git and hidden directories are skipped). Quote globs.

Output:
  -f, --format NAME         stylish (default), json, sarif, junit
  -o, --output-file PATH    write the report to PATH instead of standard output
  -q, --quiet               report errors only
      --max-warnings N      exit with 1 when there are more than N warnings
      --color, --no-color   force or turn off colours (also NO_COLOR, FORCE_COLOR)
      --locale LANG         language of messages: en, es, tr, id

Fixing:
      --fix                 apply fixes and write the files
      --fix-dry-run         compute fixes without writing (see "output" in --format json)

Configuration:
  -c, --config PATH         use this config file instead of the nearest .supportlint.yaml
      --rule ID:SEVERITY    set a rule's severity (error, warning, info, off); repeatable
      --print-config FILE   print the configuration that applies to FILE as JSON
      --today YYYY-MM-DD    the date rules take as today (default: today, UTC)

Input:
      --stdin               lint standard input
      --stdin-filename NAME file name for standard input (decides the kind of file)

  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or
too many warnings, 2 usage, configuration or I/O error.
Documentation: docs/cli.md
`;
