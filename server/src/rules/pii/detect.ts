// Personal data in a stretch of text. Pure: no engine state, offsets into `text`.
import { fold } from '../../engine/fold';
import { matcher } from '../../engine/phrases';
import { findCards } from './luhn';
import { findIbans } from './iban';
import { findIdsAfterContext, findSpanishIds } from './national-id';
import { findSecrets } from './secrets';
import { findEmails, findPhones } from './contact';

export type PiiKind = 'card' | 'iban' | 'password' | 'pin' | 'national-id' | 'passport' | 'email' | 'phone';

export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  /** The value with all but the last 4 letters/digits masked (passwords and PINs: all). */
  masked: string;
  /** Human name of what was found: "Payment card number", "TC Kimlik No", "PIN", ... */
  label: string;
}

export interface PiiContextWords {
  password: readonly string[];
  id: readonly string[];
  passport: readonly string[];
}

export interface DetectOptions {
  /** Language of the file; detection does not depend on it (context words are given). */
  lang: string;
  /** Phrase lists (engine/phrases syntax). Pass the same array objects each call: they are compiled once. */
  contextWords: PiiContextWords;
  /** Also report email addresses and phone numbers. */
  contactDetails: boolean;
}

/**
 * Every piece of personal data in `text`, in document order, without overlaps. When
 * two detectors claim the same characters the more specific one wins, in this order:
 * IBAN, national ID / passport with context, card, password / PIN, DNI / NIE without
 * context, email, phone.
 */
export function detectPii(text: string, opts: DetectOptions): PiiFinding[] {
  const folded = fold(text);
  const candidates: PiiFinding[] = [
    ...findIbans(text),
    ...findIdsAfterContext(text, folded, matcher(opts.contextWords.id), matcher(opts.contextWords.passport)),
    ...findCards(text),
    ...findSecrets(text, folded, matcher(opts.contextWords.password)),
    ...findSpanishIds(text),
  ];
  if (opts.contactDetails) candidates.push(...findEmails(text), ...findPhones(text));
  const kept: PiiFinding[] = [];
  for (const f of candidates) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Merges the context words of several language packs: duplicates dropped, longest
 * phrase first so that "pin code" wins over "pin" at the same position. Call once and
 * keep the result (the phrase matchers are cached per array).
 */
export function mergeContextWords(lists: ReadonlyArray<Partial<Record<'passwordContext' | 'idContext' | 'passportContext', readonly string[]>>>): PiiContextWords {
  const merge = (key: 'passwordContext' | 'idContext' | 'passportContext'): string[] => {
    const all = new Set<string>();
    for (const l of lists) for (const p of l[key] ?? []) all.add(p);
    return [...all].sort((a, b) => b.length - a.length || a.localeCompare(b));
  };
  return { password: merge('passwordContext'), id: merge('idContext'), passport: merge('passportContext') };
}
