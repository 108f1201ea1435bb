// The rule API. One file per rule under rules/, named by its id, exporting a `Rule`.
import type { FileKind, ParsedDoc, Span } from '../model';
import type { LangPack } from '../packs/types';
import type { ResolvedConfig } from '../config/types';

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** A text edit as data: replace [start, end) of the original text with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  /** English title, used when `titleId` has no template. */
  title: string;
  /** Key of meta.messages whose template (localized like messages) is the title. */
  titleId?: string;
  /** Values for the title template. */
  data?: Record<string, string | number>;
  fix: Fix;
}

/** A subset of JSON Schema: enough to validate options and to publish the config schema. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | Array<'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object'>;
  description?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
  pattern?: string;
}

/** Which text of a file a rule reads. */
export type RuleScope = 'agent-speech' | 'everywhere' | 'structure';

export interface RuleMeta {
  id: string;
  description: string;
  /** File kinds the rule runs on. */
  appliesTo: FileKind[];
  scope: RuleScope;
  defaultSeverity: SeverityOrOff;
  /** Option name -> schema (with `default`). */
  options: Record<string, JsonSchema>;
  fixable: boolean;
  /** Offers suggestions (editor quick fixes that --fix does not apply). */
  hasSuggestions?: boolean;
  /** English message templates by id; `{name}` is replaced from report data. */
  messages: Record<string, string>;
  /** Rule reads phrase lists from language packs: skipped for languages without a pack. */
  needsLanguagePack: boolean;
}

export interface Report {
  span: Span;
  /** Key of meta.messages. */
  messageId: string;
  /** Values for the message template. */
  data?: Record<string, string | number>;
  fix?: Fix;
  suggestions?: Suggestion[];
}

/** A stretch of text a rule reads, with offsets into the original document. */
export interface TextSegment {
  start: number;
  /** Same length as the span it covers, comments blanked. */
  text: string;
}

export interface RuleContext<O = Record<string, unknown>> {
  doc: ParsedDoc;
  kind: FileKind;
  /** The file's language code (en, es, tr, id, ...). */
  lang: string;
  /** The language pack for `lang` (falls back to English for structure). */
  pack: LangPack;
  options: O;
  config: ResolvedConfig;
  /** Today's date as YYYY-MM-DD, from the injectable clock. */
  today: string;
  filePath?: string;
  /** Agent turns in scripts, the Customer summary section in tickets. */
  agentSpeech(): TextSegment[];
  /** The whole file except comments (front matter included). */
  everywhere(): TextSegment[];
  report(r: Report): void;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
}
