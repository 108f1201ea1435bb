// The custom messages and the settings shared by the language server and its clients
// (the VS Code extension, editor plugins, tests). Declared once, here. It imports only
// protocol types, so it loads in the extension host, in a browser and in the server.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { FileScore } from './score/types';

// ---------------------------------------------------------------------------------------
// Settings (the `supportlint` section, pulled per resource with workspace/configuration)

export const SETTINGS_SECTION = 'supportlint';

/** When documents are linted: as you type (debounced), or when opened and saved. */
export type RunMode = 'onType' | 'onSave';
export type SeveritySetting = 'off' | 'info' | 'warning' | 'error';

export interface SupportlintSettings {
  /** Lint and offer editor features for this resource. */
  enable: boolean;
  run: RunMode;
  /** Default language (en, es, tr, id) when the front matter has no `lang`; overrides `language:` of the config. */
  language: string | null;
  /** Rule id -> severity, applied over the config file (personal overrides). */
  rules: Record<string, SeveritySetting>;
  /**
   * Speaking rate in words per minute for the speaking-time hints: one number for every
   * language, or language code -> words per minute. Overrides `speakingRate:` of the config.
   */
  speakingRate: number | Record<string, number> | null;
  /** Locale of the messages (en, es, tr, id); default: the editor's display language. */
  locale: string | null;
  /** Today's date (YYYY-MM-DD) for follow-up checks; null: the system clock. For tests and demos. */
  today: string | null;
}

export const DEFAULT_SETTINGS: Readonly<SupportlintSettings> = Object.freeze({
  enable: true,
  run: 'onType',
  language: null,
  rules: {},
  speakingRate: null,
  locale: null,
  today: null,
});

/** Words per minute used when neither the setting nor the config give a rate. */
export const DEFAULT_SPEAKING_RATE: Readonly<Record<string, number>> = Object.freeze({ en: 150, es: 160, tr: 140, id: 140 });

/**
 * `initializationOptions` understood by the server. `settings` (or `supportlint`, the
 * shape editors such as Helix send) is for clients without workspace/configuration;
 * `locale` is the editor's display language.
 */
export interface InitializationOptions {
  locale?: string;
  settings?: Partial<SupportlintSettings>;
  supportlint?: Partial<SupportlintSettings>;
}

/** `source` of every diagnostic the server publishes (how clients tell supportlint's problems apart). */
export const DIAGNOSTIC_SOURCE = 'supportlint';

// ---------------------------------------------------------------------------------------
// Commands and code action kinds

export const Commands = Object.freeze({
  /** Lints every call script and ticket note of the workspace and publishes the problems. */
  lintWorkspace: 'supportlint.lintWorkspace',
});

export interface LintWorkspaceResult {
  files: number;
  problems: ProblemCounts;
  /** The run was cancelled; `files` counts the files linted before that. */
  cancelled: boolean;
}

/** Kind of the "Fix all supportlint problems" action (for editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.supportlint';

// ---------------------------------------------------------------------------------------
// Case sidebar

export const TICKET_STATUSES = ['open', 'pending', 'escalated', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface ProblemCounts {
  error: number;
  warning: number;
  info: number;
}

/** One ticket note, read from its front matter (null where a value is missing or not valid). */
export interface CaseSummary {
  uri: string;
  case: string | null;
  customer: string | null;
  status: string | null;
  tier: number | null;
  owner: string | null;
  /** YYYY-MM-DD. */
  followUp: string | null;
  /** The follow-up date has passed and the case is not resolved or closed. */
  overdue: boolean;
  problems: ProblemCounts;
  /** Compliance score 0-100 (docs/scoring.md); null when the note could not be scored. */
  score?: number | null;
  /** Whether the note passes the scorecard (score at or above the threshold, no critical finding). */
  pass?: boolean;
}

export interface CasesResult {
  /** Sorted by file path. */
  cases: CaseSummary[];
  /** The date `overdue` was computed against. */
  today: string;
}

/** Every ticket note in the workspace (open documents with their unsaved text). */
export const CasesRequest = Object.freeze({
  method: 'supportlint/cases',
  type: new RequestType0<CasesResult, void>('supportlint/cases'),
});

export interface CasesChangedParams {
  /** Notes whose summary changed, appeared or disappeared; empty: reload everything. */
  uris: string[];
}

/** Sent when the answer to supportlint/cases would change. */
export const CasesChangedNotification = Object.freeze({
  method: 'supportlint/casesChanged',
  type: new NotificationType<CasesChangedParams>('supportlint/casesChanged'),
});

export interface SetStatusParams {
  uri: string;
  status: TicketStatus;
  /** Apply the edit with workspace/applyEdit instead of only returning it. */
  apply?: boolean;
}

export interface SetStatusResult {
  /** The edit that sets `status:` in the front matter; null when it already has this status. */
  edit: WorkspaceEdit | null;
  /** Whether the server applied the edit (only with `apply`). */
  applied: boolean;
}

/** Changes the `status:` value of a ticket note's front matter. */
export const SetStatusRequest = Object.freeze({
  method: 'supportlint/setStatus',
  type: new RequestType<SetStatusParams, SetStatusResult, void>('supportlint/setStatus'),
});

// ---------------------------------------------------------------------------------------
// Compliance score and report (docs/scoring.md)

export type { FileScore, RuleScore, RuleStatus } from './score/types';

export interface ScoreParams {
  uri: string;
}

/** The score of an open call script or ticket note; null when it is not linted (off, too large, another language). */
export const ScoreRequest = Object.freeze({
  method: 'supportlint/score',
  type: new RequestType<ScoreParams, FileScore | null, void>('supportlint/score'),
});

export interface ReportParams {
  /** Nonce for the page's script and style (the webview's Content Security Policy). */
  nonce?: string;
}

export interface ReportResult {
  /** The same self-contained page as `supportlint report --out report.html`. */
  html: string;
  files: number;
  /** The request was cancelled; the page covers the files reported before that. */
  cancelled: boolean;
}

/** The compliance report of every call script and ticket note in the workspace. */
export const ReportRequest = Object.freeze({
  method: 'supportlint/report',
  type: new RequestType<ReportParams, ReportResult, void>('supportlint/report'),
});
