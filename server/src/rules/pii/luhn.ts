// Payment card numbers: 13-19 digits, written in one block or in groups separated by
// single spaces or dashes, with a known card-network prefix and length, Luhn-valid.
import type { PiiFinding } from './detect';
import { maskKeepLast } from './mask';
import { isDigit, isWordChar, looksLikeDateOrTime, precededByReference } from './text';

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Issuer prefixes (IIN ranges) and the lengths each network issues. */
const NETWORKS: Array<{ name: string; prefix: RegExp; lengths: number[] }> = [
  { name: 'Visa', prefix: /^4/, lengths: [13, 16, 19] },
  { name: 'Mastercard', prefix: /^(?:5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, lengths: [16] },
  { name: 'American Express', prefix: /^3[47]/, lengths: [15] },
  { name: 'Diners Club', prefix: /^3(?:0[0-5]|095|6|8|9)/, lengths: range(14, 19) },
  { name: 'Discover', prefix: /^(?:6011|64[4-9]|65)/, lengths: range(16, 19) },
  { name: 'JCB', prefix: /^35(?:2[89]|[3-8]\d)/, lengths: range(16, 19) },
  { name: 'UnionPay', prefix: /^62/, lengths: range(16, 19) },
  { name: 'Maestro', prefix: /^(?:5[06-9]|6\d)/, lengths: range(13, 19) },
  { name: 'Mir', prefix: /^220[0-4]/, lengths: range(16, 19) },
  { name: 'Troy', prefix: /^9792/, lengths: [16] },
  { name: 'GPN', prefix: /^9360/, lengths: range(16, 19) },
];

/** The card network a digit string belongs to (prefix and length), or null. */
export function cardNetwork(digits: string): string | null {
  for (const n of NETWORKS) if (n.prefix.test(digits) && n.lengths.includes(digits.length)) return n.name;
  return null;
}

export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && cardNetwork(digits) !== null && luhnValid(digits);
}

interface Group {
  start: number;
  end: number;
  /** Separator before this group ('' for the first). */
  sep: string;
}

/** A stretch of groups forms a card number if it is one block of 13-19 digits or is grouped like a card. */
function groupingOk(groups: Group[], i: number, j: number): boolean {
  if (i === j) return true;
  if (groups[i].end - groups[i].start !== 4) return false;
  const sep = groups[i + 1].sep;
  for (let k = i + 1; k <= j; k++) {
    const len = groups[k].end - groups[k].start;
    if (groups[k].sep !== sep || len < 3 || len > 6) return false;
  }
  return true;
}

const RUN = /\d+(?:[ -]\d+)*/g;

export function findCards(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // Part of a longer token: a case id (CASE-1042), a phone (+44 ...), a decimal, a hash.
    const before = text[start - 1];
    if (isWordChar(before) || (before !== undefined && '+#/.-@$€£'.includes(before))) continue;
    const after = text[end];
    if (isWordChar(after) || (after !== undefined && '/.,:'.includes(after) && isDigit(text[end + 1]))) continue;
    if (after === '-' && isWordChar(text[end + 1])) continue;
    if (m[0].length < 13) continue;
    const groups: Group[] = [];
    const re = /\d+/g;
    let g: RegExpExecArray | null;
    while ((g = re.exec(m[0]))) groups.push({ start: start + g.index, end: start + g.index + g[0].length, sep: g.index ? m[0][g.index - 1] : '' });
    let i = 0;
    while (i < groups.length) {
      let found = -1;
      let digits = '';
      // A card has at most 6 groups (4 + 5 x 3 digits); longest stretch first.
      for (let j = Math.min(groups.length - 1, i + 5); j >= i; j--) {
        if (!groupingOk(groups, i, j)) continue;
        const raw = text.slice(groups[i].start, groups[j].end);
        digits = raw.replace(/\D/g, '');
        if (isCardNumber(digits) && !looksLikeDateOrTime(raw)) {
          found = j;
          break;
        }
      }
      if (found < 0 || precededByReference(text, groups[i].start)) {
        i++;
        continue;
      }
      const s = groups[i].start;
      const e = groups[found].end;
      out.push({ kind: 'card', start: s, end: e, masked: maskKeepLast(text.slice(s, e)), label: 'Payment card number' });
      i = found + 1;
    }
  }
  return out;
}
