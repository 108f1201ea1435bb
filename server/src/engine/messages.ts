// Message templates: `{name}` is replaced from the report's data. Localized templates
// come from the language pack of the requested locale, falling back to the rule's English.
import { getPack, isSupportedLang } from '../packs';
import type { Rule, Suggestion } from '../rules/types';

export function formatMessage(rule: Rule<any>, messageId: string, data: Record<string, string | number> | undefined, locale: string): string {
  let template: string | undefined;
  if (locale !== 'en' && isSupportedLang(locale)) template = getPack(locale).messages?.[rule.meta.id]?.[messageId];
  if (template === undefined) return fill(rule.meta.messages[messageId] ?? messageId, data);
  return fill(template, localizedValues(rule.meta.id, data, locale));
}

/** Data values a rule wrote in English (a section name, a label), in the locale where the pack has them. */
function localizedValues(ruleId: string, data: Record<string, string | number> | undefined, locale: string): Record<string, string | number> | undefined {
  const table = getPack(locale).messageValues?.[ruleId];
  if (!data || !table) return data;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) out[k] = typeof v === 'string' ? (table[v] ?? v) : v;
  return out;
}

/** The title of a suggestion: its `titleId` template in the locale (like messages), else its English title. */
export function formatTitle(rule: Rule<any>, s: Suggestion, locale: string): string {
  if (!s.titleId) return s.title;
  let template: string | undefined;
  if (locale !== 'en' && isSupportedLang(locale)) template = getPack(locale).messages?.[rule.meta.id]?.[s.titleId];
  if (template === undefined) return fill(rule.meta.messages[s.titleId] ?? s.title, s.data);
  return fill(template, localizedValues(rule.meta.id, s.data, locale));
}

export function fill(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (data[k] !== undefined ? String(data[k]) : m));
}
