// Rule-specific language data is imported by each rule from packs/<lang>/<rule-id>.json;
// this picks the file's language, falling back to English where a language has none.
export function packData<T>(lang: string, byLang: { en: T } & Partial<Record<string, T>>): T {
  return byLang[lang] ?? byLang.en;
}

/** Whether a rule has data for the language (rules skip languages they cannot judge). */
export function hasPackData(lang: string, byLang: Partial<Record<string, unknown>>): boolean {
  return byLang[lang] !== undefined;
}
