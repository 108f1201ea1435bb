// The i18n rule tables run every case in one language: the config's `language` stands in
// for a `lang:` front matter line, so line numbers in the tables are those of the code.
import type { InvalidCase, ValidCase } from '../../helpers/ruleTester';

export function inLanguage(lang: string) {
  const set = <C extends ValidCase>(c: C): C => ({ ...c, config: { ...(c.config ?? {}), language: lang } });
  return {
    valid: (cases: ValidCase[]): ValidCase[] => cases.map(set),
    invalid: (cases: InvalidCase[]): InvalidCase[] => cases.map(set),
  };
}
