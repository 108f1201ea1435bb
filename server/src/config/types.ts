import type { SeverityOrOff } from '../rules/types';

export interface RuleSetting {
  severity: SeverityOrOff;
  /** Options merged over the rule's defaults. */
  options: Record<string, unknown>;
}

export interface PlaceholderRoles {
  agent: string[];
  company: string[];
  customer: string[];
}

export interface PlaceholderDecl {
  /** Every declared placeholder name. */
  names: string[];
  /** Names mapped to roles; null when no map was given (the built-in role names apply). */
  roles: PlaceholderRoles | null;
}

/** A problem in a config file, 1-based line/column like the CLI prints. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface ResolvedConfig {
  /** Default language code, when configured. */
  language?: string;
  placeholders: PlaceholderDecl;
  /** Extra globs (relative to `baseDir`) mapped to each file kind. */
  files: { callscript: string[]; ticket: string[] };
  speakers: { agent: string[]; customer: string[] };
  /** Every known rule, with its effective severity and options. */
  rules: Record<string, RuleSetting>;
  /** The config files that were read, nearest first (empty: built-in defaults). */
  sources: string[];
  /** Words per minute by language code, for speaking-time estimates. */
  speakingRate?: Record<string, number>;
  /** Directory `files` globs are relative to. */
  baseDir: string;
  problems: ConfigProblem[];
  /** The QA scorecard (`scoring:`), preset defaults merged with the config files. */
  scoring: ScoringConfig;
}

/** How files are scored for QA reviews (docs/scoring.md). */
export interface ScoringConfig {
  /** Pass mark, 0-100: a file passes with a score at or above it and no critical finding. */
  threshold: number;
  /** Rules whose findings fail a file whatever its score. */
  critical: string[];
  /** Rule id -> weight; rules not listed weigh DEFAULT_WEIGHT (config/scoring.ts). */
  weights: Record<string, number>;
  /** Share (0-1) of a rule's weight it loses, by the worst severity among its findings. */
  penalty: { error: number; warning: number; info: number };
}
