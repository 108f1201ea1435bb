// IBANs: country code, 2 check digits, the national account number (BBAN); written
// compact or in groups of 4 separated by single spaces; the length must be the one of
// the country and the ISO 7064 mod-97 check must give 1.
import type { PiiFinding } from './detect';
import { maskKeepLast } from './mask';
import { isWordChar } from './text';

/** IBAN length per country (SWIFT IBAN registry): every SEPA country and more. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20,
  LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19,
  MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** ISO 7064 MOD 97-10 remainder of an alphanumeric string (A=10 ... Z=35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return -1;
  }
  return r;
}

/** A compact IBAN (no spaces) with the right length for its country and a valid checksum. */
export function ibanValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

const START = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}/gu;
const ALNUM = /[A-Za-z0-9]/;

export function findIbans(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const len = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (!len) continue;
    let compact = m[0];
    let pos = m.index + 4;
    while (compact.length < len) {
      // A single space may separate groups of 4.
      if (text[pos] === ' ' && compact.length % 4 === 0 && ALNUM.test(text[pos + 1] ?? '')) pos++;
      const c = text[pos];
      if (c === undefined || !ALNUM.test(c)) break;
      compact += c;
      pos++;
    }
    if (compact.length !== len || isWordChar(text[pos]) || !ibanValid(compact)) continue;
    out.push({ kind: 'iban', start: m.index, end: pos, masked: maskKeepLast(text.slice(m.index, pos)), label: 'IBAN' });
    START.lastIndex = pos;
  }
  return out;
}
