// One document's facts at one version: its kind, config, lint result and parse tree.
// Everything the features answer from is derived here, once per version and settings
// generation, so a hover after a pull costs no second lint.
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver';
import type { ResolvedConfig } from '../config/types';
import { fileKindFor } from '../engine/kind';
import { chooseLanguage } from '../engine/language';
import { LineIndex } from '../engine/lineIndex';
import { lint } from '../engine/lint';
import type { LintResult } from '../engine/types';
import { systemToday } from '../engine/clock';
import type { FileKind, ParsedDoc } from '../model';
import { parseDocument } from '../parse';
import type { SupportlintSettings } from '../protocol';
import type { ConfigStore } from './configs';
import { toDiagnostics, skippedDiagnostic } from './diagnostics';

/** Larger documents are not linted in the editor (the CLI still checks them). */
export const MAX_LINT_CHARS = 1024 * 1024;

export interface DocInput {
  uri: string;
  version: number;
  text: string;
  languageId?: string;
  filePath: string | null;
  /** Already known reason not to lint (e.g. a file on disk too large to read). */
  skip?: string;
}

export class Analysis {
  private lineIndex: LineIndex | null = null;
  private parsedDoc: ParsedDoc | null = null;
  private diags: Diagnostic[] | null = null;

  constructor(
    readonly input: DocInput,
    readonly gen: number,
    readonly settings: SupportlintSettings,
    readonly config: ResolvedConfig,
    readonly kind: FileKind | null,
    /** Why the document was not linted (too large, binary), or null. */
    readonly skipped: string | null,
    readonly result: LintResult | null,
    readonly today: string,
    readonly locale: string,
  ) {}

  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.input.text));
  }

  get text(): string {
    return this.input.text;
  }

  /** Whether editor features apply: a call script or ticket, enabled, not skipped. */
  get active(): boolean {
    return this.kind !== null && this.skipped === null && this.settings.enable;
  }

  get doc(): ParsedDoc | null {
    if (!this.active || !this.kind) return null;
    return (this.parsedDoc ??= parseDocument(this.text, this.kind, this.config.speakers));
  }

  /** The file's language (front matter, config, detection). */
  get lang(): string {
    if (this.result) return this.result.lang;
    const doc = this.doc;
    return doc ? chooseLanguage(doc, this.config.language).lang : (this.config.language ?? 'en');
  }

  /** Lints another text of this document with the same config, kind, day and locale. */
  relint(text: string): LintResult {
    return lint({ text, filePath: this.input.filePath ?? undefined, kind: this.kind ?? 'callscript', config: this.config, today: this.today, locale: this.locale });
  }

  diagnostics(): Diagnostic[] {
    if (this.diags) return this.diags;
    if (!this.settings.enable || this.kind === null) this.diags = [];
    else if (this.skipped) this.diags = [skippedDiagnostic(this.skipped)];
    else this.diags = toDiagnostics(this.result?.messages ?? [], this.lines, this.input.version);
    return this.diags;
  }
}

/** Why a text is not linted, or null. */
export function skipReason(text: string): string | null {
  if (text.length > MAX_LINT_CHARS) return tooLargeReason(text.length);
  if (text.includes('\u0000')) return 'supportlint did not check this file: it contains NUL bytes, so it looks like a binary file, not a call script or ticket note.';
  return null;
}

export function tooLargeReason(size: number): string {
  const mb = Math.round((size / (1024 * 1024)) * 10) / 10;
  return `supportlint did not check this file: it is too large (${mb} MB; the editor limit is ${MAX_LINT_CHARS / (1024 * 1024)} MB). Run the supportlint command line on it instead.`;
}

export function kindOf(input: DocInput, config: ResolvedConfig): FileKind | null {
  if (input.filePath) {
    const k = fileKindFor(input.filePath, config);
    if (k) return k;
  }
  if (input.languageId === 'callscript' || input.languageId === 'ticket') return input.languageId;
  if (!input.filePath) {
    const ext = path.extname(input.uri).toLowerCase();
    if (ext === '.callscript') return 'callscript';
    if (ext === '.ticket') return 'ticket';
  }
  return null;
}

export interface AnalyzeEnv {
  configs: ConfigStore;
  gen: number;
  /** The editor's display language, from initialize. */
  clientLocale: string | null;
  /** Directory whose config applies to documents without a path (untitled). */
  fallbackDir: string;
}

export function analyze(input: DocInput, settings: SupportlintSettings, env: AnalyzeEnv): Analysis {
  const pathForConfig = input.filePath ?? path.join(env.fallbackDir, 'untitled');
  const config = env.configs.forFile(pathForConfig, settings);
  const kind = kindOf(input, config);
  const today = settings.today ?? systemToday();
  const locale = settings.locale ?? env.clientLocale ?? 'en';
  const skipped = kind ? (input.skip ?? skipReason(input.text)) : null;
  let result: LintResult | null = null;
  if (kind && !skipped && settings.enable) {
    result = lint({ text: input.text, filePath: input.filePath ?? undefined, kind, config, today, locale });
  }
  return new Analysis(input, env.gen, settings, config, kind, skipped, result, today, locale);
}
