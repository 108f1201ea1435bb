// National identity and passport numbers. Formats with a check are validated:
//   Turkish TC Kimlik No  11 digits, first not 0, digits 10 and 11 are check digits
//   Spanish DNI           8 digits + control letter (number mod 23)
//   Spanish NIE           X/Y/Z + 7 digits + control letter (X=0, Y=1, Z=2, then as DNI)
//   Indonesian NIK        16 digits: region (6), birth date DDMMYY (women: day + 40), serial (4)
//   US SSN                AAA-GG-SSSS with the issued ranges
// A number is reported when a context word ("TC Kimlik", "DNI", "NIK", "passport", ...)
// comes before it in the same sentence of the same line. DNI/NIE are also reported
// without a context word when written compact or with a dash and the letter is right.
import type { PhraseMatcher } from '../../engine/phrases';
import type { PiiFinding } from './detect';
import { maskKeepLast } from './mask';
import { fold } from '../../engine/fold';
import { isWordChar, lineEndOf, looksLikeDateOrTime, precededByReference } from './text';

export function tcKimlikValid(s: string): boolean {
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const d = Array.from(s, Number);
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export function dniLetter(num: number): string {
  return DNI_LETTERS[num % 23];
}

/** "12345678Z" (separators removed). */
export function dniValid(s: string): boolean {
  const m = /^(\d{8})([A-Za-z])$/.exec(s);
  return !!m && dniLetter(Number(m[1])) === m[2].toUpperCase();
}

/** "X1234567L" (separators removed). */
export function nieValid(s: string): boolean {
  const m = /^([XYZxyz])(\d{7})([A-Za-z])$/.exec(s);
  if (!m) return false;
  const n = Number('XYZ'.indexOf(m[1].toUpperCase()) + m[2]);
  return dniLetter(n) === m[3].toUpperCase();
}

/** Shape of an Indonesian NIK: region, DDMMYY (day + 40 for women), non-zero serial. */
export function nikValid(s: string): boolean {
  if (!/^\d{16}$/.test(s)) return false;
  if (!/^[1-9][1-9]/.test(s) || s.slice(2, 4) === '00' || s.slice(4, 6) === '00') return false;
  const day = Number(s.slice(6, 8));
  const month = Number(s.slice(8, 10));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  if (month < 1 || month > 12) return false;
  return s.slice(12) !== '0000';
}

export function ssnValid(raw: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(raw);
  if (!m) return false;
  const area = Number(m[1]);
  return area !== 0 && area !== 666 && area < 900 && m[3] !== '00' && m[4] !== '0000';
}

/** Passport numbers: 6-9 upper-case letters/digits with at least one digit, not a date. */
export function passportShape(raw: string): boolean {
  if (!/^[A-Z0-9]{6,9}$/.test(raw) || !/\d/.test(raw)) return false;
  if (/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(raw)) return false;
  return !/^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d$/.test(raw);
}

interface IdMatch {
  label: string;
}

/** Which national format a raw candidate (possibly with spaces, dots or dashes) is. */
export function classifyNationalId(raw: string): IdMatch | null {
  const compact = raw.replace(/[ .-]/g, '');
  if (/^\d+(?: \d+)*$/.test(raw)) {
    if (tcKimlikValid(compact)) return { label: 'TC Kimlik No' };
    if (nikValid(compact)) return { label: 'NIK' };
  }
  if (ssnValid(raw)) return { label: 'Social Security number' };
  if (/^(?:\d{8}|\d{1,2}\.\d{3}\.\d{3})[- ]?[A-Za-z]$/.test(raw) && dniValid(compact)) return { label: 'DNI' };
  if (/^[XYZxyz][- ]?\d{7}[- ]?[A-Za-z]$/.test(raw) && nieValid(compact)) return { label: 'NIE' };
  return null;
}

// Words that may stand between a passport context word and the number.
const PASSPORT_FILLER = /^(?:|number|no|nr|num|n[º°o]|is|was|numero|de|del|es|era|numarasi|numara|no'?su|nomor|adalah|yaitu|nya|id|:|#|-)$/u;
// A new sentence: end punctuation, spaces, then an upper-case letter.
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu})|[!?]/u;
const MAX_TOKENS = 8;
const WINDOW = 80;

interface Token {
  start: number;
  end: number;
}

function tokensAfter(text: string, pos: number): Token[] {
  const lineEnd = Math.min(lineEndOf(text, pos), pos + WINDOW);
  let window = text.slice(pos, lineEnd);
  const br = SENTENCE_BREAK.exec(window);
  if (br) window = window.slice(0, br.index);
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) && out.length < MAX_TOKENS) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /[(:#"'«“‘\[]/.test(window[s])) s++;
    while (e > s && /[.,;:)»"'”’\]!?]/.test(window[e - 1])) e--;
    out.push({ start: pos + s, end: pos + e });
  }
  return out;
}

function scanAfter(text: string, pos: number, mode: 'id' | 'passport'): PiiFinding | null {
  const toks = tokensAfter(text, pos);
  for (let i = 0; i < toks.length; i++) {
    if (mode === 'id') {
      // Try the longest stretch of up to 5 tokens first (grouped numbers: "3201 0141 ...").
      for (let j = Math.min(toks.length - 1, i + 4); j >= i; j--) {
        const raw = text.slice(toks[i].start, toks[j].end);
        if (!/^[A-Za-z0-9]+(?:[ .-][A-Za-z0-9]+)*$/.test(raw)) continue;
        const id = classifyNationalId(raw);
        if (id) return finding('national-id', text, toks[i].start, toks[j].end, id.label);
      }
    } else {
      const raw = text.slice(toks[i].start, toks[i].end);
      if (passportShape(raw) && !isWordChar(text[toks[i].end])) return finding('passport', text, toks[i].start, toks[i].end, 'Passport number');
      if (!PASSPORT_FILLER.test(fold(raw))) return null;
    }
  }
  return null;
}

function finding(kind: 'national-id' | 'passport', text: string, start: number, end: number, label: string): PiiFinding {
  return { kind, start, end, masked: maskKeepLast(text.slice(start, end)), label };
}

/** National ID / passport numbers introduced by a context word. `folded` is fold(text). */
export function findIdsAfterContext(text: string, folded: string, id: PhraseMatcher, passport: PhraseMatcher): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of id.matchFolded(folded)) {
    const f = scanAfter(text, m.end, 'id');
    if (f) out.push(f);
  }
  for (const m of passport.matchFolded(folded)) {
    const f = scanAfter(text, m.end, 'passport');
    if (f) out.push(f);
  }
  return out;
}

const SPANISH_ID = /(?<![\p{L}\p{N}_#/.-])(?:\d{8}-?[A-Z]|[XYZ]-?\d{7}-?[A-Z])(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;

/**
 * DNI/NIE anywhere, without a context word: the control letter is strong evidence
 * (a random 8-digit number + letter is right 1 time in 23), so only the compact or
 * dashed upper-case form is accepted here, and not after a reference word ("pedido 87654321X").
 */
export function findSpanishIds(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  SPANISH_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPANISH_ID.exec(text))) {
    const compact = m[0].replace(/-/g, '');
    const label = dniValid(compact) ? 'DNI' : nieValid(compact) ? 'NIE' : null;
    if (label && !looksLikeDateOrTime(m[0]) && !precededByReference(text, m.index)) out.push(finding('national-id', text, m.index, m.index + m[0].length, label));
  }
  return out;
}
