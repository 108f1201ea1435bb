// Words the editor shows around the findings (hover text, quick-fix titles, rule
// descriptions) in the editor's display language. Rule messages and suggestion titles
// are localized in messages.ts; this covers what the language server adds itself.
import { isSupportedLang } from '../packs';
import { fill } from './messages';
import en from '../packs/en/ui.json';
import es from '../packs/es/ui.json';
import tr from '../packs/tr/ui.json';
import idLang from '../packs/id/ui.json';

interface UiPack {
  strings: Record<string, string>;
  /** Rule and engine ids -> description; English descriptions of rules come from their meta. */
  descriptions: Record<string, string>;
}

export type UiKey = keyof typeof en.strings;

const UI: Record<string, UiPack> = { en, es, tr, id: idLang };

export function uiText(locale: string, key: UiKey, data?: Record<string, string | number>): string {
  const own = isSupportedLang(locale) ? UI[locale].strings[key] : undefined;
  return fill(own ?? en.strings[key], data);
}

/** A rule's (or engine diagnostic's) description in the locale; `english` when there is none. */
export function ruleDescription(id: string, english: string | undefined, locale: string): string {
  const own = locale !== 'en' && isSupportedLang(locale) ? UI[locale].descriptions[id] : undefined;
  return own ?? english ?? (en.descriptions as Record<string, string>)[id] ?? '';
}

export function uiPack(locale: string): UiPack | undefined {
  return UI[locale];
}
