import type { FileKind, Span } from '../model';
import type { ResolvedConfig } from '../config/types';
import type { Fix, Severity, Suggestion } from '../rules/types';

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** 0-based, UTF-16 columns (LSP style); the CLI adds 1. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Extra facts for editor actions (e.g. the matched jargon term). */
  data?: Record<string, string | number>;
}

export interface LintOptions {
  text: string;
  /** Absolute path, used for the kind (by extension or `files` globs) and messages. */
  filePath?: string;
  /** Overrides detection from the path. */
  kind?: FileKind;
  config: ResolvedConfig;
  /** Today's date as YYYY-MM-DD; defaults to the system clock (UTC). */
  today?: string;
  /** Locale for messages (en, es, tr, id); defaults to en. */
  locale?: string;
  /** Only these rule ids run (others are treated as off). */
  onlyRules?: string[];
}

export interface LintResult {
  kind: FileKind;
  lang: string;
  messages: LintMessage[];
}
