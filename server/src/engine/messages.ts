// Message templates: `{name}` is replaced from the report's data. Localized templates
// come from the language pack of the requested locale, falling back to the rule's English.
import { getPack, isSupportedLang } from '../packs';
import type { Rule } from '../rules/types';

export function formatMessage(rule: Rule<any>, messageId: string, data: Record<string, string | number> | undefined, locale: string): string {
  let template: string | undefined;
  if (locale !== 'en' && isSupportedLang(locale)) template = getPack(locale).messages?.[rule.meta.id]?.[messageId];
  template ??= rule.meta.messages[messageId] ?? messageId;
  return fill(template, data);
}

export function fill(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (data[k] !== undefined ? String(data[k]) : m));
}
