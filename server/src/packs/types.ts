// Shape of a language pack. Packs are JSON data files under packs/<lang>/; this file
// only describes them. Phrase strings use the syntax of engine/phrases.ts:
//   plain words   -> matched as whole words, case- and accent-insensitive, any whitespace
//   "/regex/"     -> a regular expression over folded text (lower case, no accents)
import type { DirectiveKind, TicketSectionId } from '../model';

export type PhraseList = string[];

export interface GlossaryEntry {
  term: string;
  /** The plain-language alternative offered in messages, hover and the quick fix. */
  plain: string;
  /** Other spellings that mean the same term. */
  aliases?: string[];
  /** Match case exactly (for acronyms that are also ordinary words, e.g. "OS"). */
  caseSensitive?: boolean;
}

export interface ReplacementEntry {
  /** Phrase (phrase syntax). */
  phrase: string;
  /** Formal/plain alternative; empty string means "remove". */
  replacement?: string;
}

export interface LangPack {
  lang: string;
  /** Name of the language in English. */
  name: string;
  structure: {
    speakers: { agent: string[]; customer: string[] };
    directives: Record<DirectiveKind, string[]>;
    /** Script section roles, recognised from headings. */
    scriptSections: Record<string, PhraseList>;
    ticketSections: Record<TicketSectionId, string[]>;
    placeholderRoles: { agent: string[]; company: string[]; customer: string[] };
  };
  /** Frequent short words used to detect the language of a file. */
  detection: string[];
  jargon: GlossaryEntry[];
  /** All-caps words that are never reported as unexplained acronyms. */
  acronymAllow: string[];
  hold: {
    reason: PhraseList;
    permission: PhraseList;
    duration: PhraseList;
    thanks: PhraseList;
    checkBack: PhraseList;
    /** Number words used in spoken durations ("two minutes"), word -> value. */
    numbers?: Record<string, number>;
    /** Used by the fix that inserts a hold announcement. */
    template: { reason: string; permission: string; duration: string; thanks: string };
  };
  pii: {
    passwordContext: string[];
    idContext: string[];
    passportContext: string[];
  };
  /** Other rule data, keyed by rule id; each rule documents its own shape. */
  rules: Record<string, unknown>;
  /** Localized messages: rule id -> message id -> template (suggestion titles too). */
  messages?: Record<string, Record<string, string>>;
  /** English values rules put into messages (section names, labels), by rule id: English -> localized. */
  messageValues?: Record<string, Record<string, string>>;
}
