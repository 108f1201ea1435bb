// The document model shared by the parsers and the rules.
// All positions are UTF-16 offsets into the original text; line/column are derived
// only at the edges (CLI output, LSP), so rules never juggle two coordinate systems.

export type FileKind = 'callscript' | 'ticket';
export type Role = 'agent' | 'customer' | 'other';
export type DirectiveKind = 'hold' | 'transfer' | 'mute' | 'callback' | 'end';

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatterEntry {
  key: string;
  keySpan: Span;
  /** Span of the value (or of the key when the value is empty). */
  valueSpan: Span;
  value: unknown;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  span: Span;
  /** Span of the YAML body between the fences. */
  bodySpan: Span;
  /** Plain JS data; `{}` when the YAML is not a mapping or failed to parse. */
  data: Record<string, unknown>;
  entries: FrontMatterEntry[];
  closed: boolean;
}

export interface Heading {
  level: number;
  /** Heading text without the #'s, trimmed. */
  text: string;
  span: Span;
  textSpan: Span;
}

export interface Comment {
  span: Span;
  /** Inner text, trimmed. */
  body: string;
}

export interface Placeholder {
  name: string;
  /** Includes the braces. */
  span: Span;
  nameSpan: Span;
}

export interface SectionBase {
  heading: Heading | null;
  /** From the heading (or start of body) to just before the next section heading. */
  span: Span;
  /** Everything after the heading line. */
  bodySpan: Span;
}

export interface Turn {
  type: 'turn';
  role: Role;
  speaker: string;
  labelSpan: Span;
  /** From the start of the label to the end of the last continuation line. */
  span: Span;
  /** The speech after the colon, continuation lines included. */
  textSpan: Span;
  /** textSpan's text with comments blanked to spaces: same length, same offsets. */
  text: string;
  section: ScriptSection;
  branch: Branch | null;
  indent: number;
}

export interface Directive {
  type: 'directive';
  /** Canonical kind, whatever alias was written. */
  kind: DirectiveKind;
  keyword: string;
  args: string;
  span: Span;
  argsSpan: Span;
  /** For holds: the duration in seconds (upper bound of a range), when written. */
  durationSeconds?: number;
  section: ScriptSection;
  branch: Branch | null;
  indent: number;
}

export interface StageNote {
  type: 'stage';
  text: string;
  span: Span;
  section: ScriptSection;
  branch: Branch | null;
  indent: number;
}

export interface Branch {
  type: 'branch';
  /** The list item's text, without the marker. */
  label: string;
  span: Span;
  /** Span of the marker line only. */
  labelSpan: Span;
  indent: number;
  /** The enclosing branch, if nested. */
  branch: Branch | null;
  section: ScriptSection;
  items: ScriptItem[];
}

export type ScriptItem = Turn | Directive | StageNote | Branch;

export interface ScriptSection extends SectionBase {
  /** Items directly in the section, branches holding their own items. */
  items: ScriptItem[];
}

export interface ParseProblem {
  message: string;
  span: Span;
}

export interface DocBase {
  /** Offset where the body starts (after the front matter). */
  bodyStart: number;
  text: string;
  frontMatter: FrontMatter | null;
  comments: Comment[];
  problems: ParseProblem[];
  /** Text with comments blanked to spaces (same offsets). */
  masked: string;
}

export interface ScriptDoc extends DocBase {
  kind: 'callscript';
  title: Heading | null;
  sections: ScriptSection[];
  /** Every item in document order, branch items included, branches themselves too. */
  items: ScriptItem[];
  placeholders: Placeholder[];
}

/** Canonical ticket section ids. */
export type TicketSectionId =
  | 'symptom'
  | 'steps'
  | 'cause'
  | 'resolution'
  | 'verification'
  | 'nextSteps'
  | 'escalation'
  | 'customerSummary';

export interface TicketSection extends SectionBase {
  /** Recognised canonical id, or null for a free section. */
  id: TicketSectionId | null;
  /** Body text is empty or only whitespace / comments. */
  empty: boolean;
}

export interface TicketDoc extends DocBase {
  kind: 'ticket';
  title: Heading | null;
  sections: TicketSection[];
}

export type ParsedDoc = ScriptDoc | TicketDoc;
