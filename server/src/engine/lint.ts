// The one lint entry point shared by the CLI, the language server and the tests.
import type { FileKind, Span } from '../model';
import { parseDocument } from '../parse';
import { getPack, hasWordingPack, languageName } from '../packs';
import { allRules } from '../rules';
import type { Report, Rule, RuleContext, Severity } from '../rules/types';
import { chooseLanguage } from './language';
import { LineIndex } from './lineIndex';
import { formatMessage, formatTitle } from './messages';
import { uiText } from './uiText';
import { agentSpeech, everywhere } from './segments';
import { applySuppressions } from './suppress';
import { fileKindFor } from './kind';
import { systemToday } from './clock';
import type { LintMessage, LintOptions, LintResult } from './types';
import { scriptFrontMatterProblems } from './frontMatterCheck';

export const ENGINE_RULES = ['parse', 'config', 'unused-suppression', 'unsupported-language', 'rule-error'] as const;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function lint(opts: LintOptions): LintResult {
  const { text, config } = opts;
  const kind: FileKind = opts.kind ?? (opts.filePath ? fileKindFor(opts.filePath, config) : null) ?? 'callscript';
  const locale = opts.locale ?? 'en';
  const doc = parseDocument(text, kind, config.speakers);
  const lines = new LineIndex(text);
  const { lang } = chooseLanguage(doc, config.language);
  const wording = hasWordingPack(lang);
  const pack = getPack(lang);
  const today = opts.today ?? systemToday();

  // Positions are added as each message is made: a second copy of every message to add
  // them later showed up in profiles of scripts with many findings.
  const withLines: LintMessage[] = [];
  const push = (ruleId: string, severity: Severity, message: string, span: Span, extra: Partial<LintMessage> = {}) => {
    const at = clamp(span, text.length);
    const a = lines.positionAt(at.start);
    const b = lines.positionAt(at.end);
    withLines.push({ ruleId, severity, message, span: at, ...extra, line: a.line, column: a.character, endLine: b.line, endColumn: b.character });
  };

  for (const p of doc.problems) push('parse', 'error', p.message, p.span);
  if (doc.kind === 'callscript') for (const p of scriptFrontMatterProblems(doc)) push('parse', 'error', p.message, p.span);

  let speech: ReturnType<typeof agentSpeech> | null = null;
  let all: ReturnType<typeof everywhere> | null = null;
  const skipped: string[] = [];
  const only = opts.onlyRules ? new Set(opts.onlyRules) : null;

  for (const rule of allRules()) {
    const id = rule.meta.id;
    const setting = config.rules[id];
    if (!setting || setting.severity === 'off' || !rule.meta.appliesTo.includes(kind)) continue;
    if (only && !only.has(id)) continue;
    if (rule.meta.needsLanguagePack && !wording) {
      skipped.push(id);
      continue;
    }
    const severity = setting.severity;
    const ctx: RuleContext = {
      doc,
      kind,
      lang,
      pack,
      options: setting.options,
      config,
      today,
      filePath: opts.filePath,
      agentSpeech: () => (speech ??= agentSpeech(doc)),
      everywhere: () => (all ??= everywhere(doc)),
      report: (r: Report) => {
        const sev = typeof r.data?.severity === 'string' && SEVERITIES.includes(r.data.severity as Severity) ? (r.data.severity as Severity) : severity;
        push(id, sev, formatMessage(rule, r.messageId, r.data, locale), r.span, {
          fix: r.fix,
          suggestions: r.suggestions?.map((s) => ({ ...s, title: formatTitle(rule, s, locale) })),
          data: r.data ? { ...r.data, messageId: r.messageId } : { messageId: r.messageId },
        });
      },
    };
    try {
      (rule as Rule<Record<string, unknown>>).check(ctx);
    } catch (err) {
      const error = (err as Error)?.message ?? String(err);
      push('rule-error', 'error', uiText(locale, 'ruleError', { rule: id, error }), { start: 0, end: 0 }, { data: { rule: id } });
    }
  }

  if (skipped.length) {
    const at = doc.frontMatter?.entries.find((e) => e.key === 'lang')?.valueSpan ?? { start: 0, end: 0 };
    push(
      'unsupported-language',
      'info',
      uiText(locale, 'unsupportedLanguage', { language: languageName(lang), rules: skipped.join(', ') }),
      at,
    );
  }

  const known = new Set([...allRules().map((r) => r.meta.id), ...ENGINE_RULES]);
  const { kept, unused } = applySuppressions(doc.comments, withLines.filter((m) => m.ruleId !== 'parse'), lines, known);
  const messages = [...withLines.filter((m) => m.ruleId === 'parse'), ...kept];
  for (const u of unused) {
    messages.push(position({ ruleId: 'unused-suppression', severity: 'info', message: uiText(locale, u.key, u.data as Record<string, string>), span: u.span }, lines));
  }
  messages.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  return { kind, lang, messages };
}

function clamp(span: Span, len: number): Span {
  const start = Math.max(0, Math.min(span.start, len));
  return { start, end: Math.max(start, Math.min(span.end, len)) };
}

function position(m: Omit<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>, lines: LineIndex): LintMessage {
  const a = lines.positionAt(m.span.start);
  const b = lines.positionAt(m.span.end);
  return { ...m, line: a.line, column: a.character, endLine: b.line, endColumn: b.character };
}
