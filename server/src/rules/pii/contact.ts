// Email addresses and phone numbers (reported only when the `contactDetails` option is on).
//   email     local@domain.tld
//   phone     international: "+" country code and 8-15 digits in any grouping
//             national: 9-13 digits in at least two groups (spaces, dashes, dots,
//             parentheses), e.g. "0212 555 12 34", "(555) 123-4567", "0812-3456-7890"
// Not phones: dates and times, IPv4 addresses, version numbers (10.0.19045.3693), amounts with thousands separators,
// numbers after a reference word ("order 123 456 789"), parts of longer tokens.
import type { PiiFinding } from './detect';
import { maskKeepLast } from './mask';
import { isDigit, isWordChar, looksLikeDateOrTime, precededByReference } from './text';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])/gu;

export function findEmails(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ kind: 'email', start, end, masked: maskKeepLast(m[0]), label: 'Email address' });
  }
  return out;
}

// "+" or "(" or a digit, then digits with single separators (a space may sit next to a parenthesis).
const PHONE = /(?:\+|\((?=\d))?\d+(?:(?:[ .-]|\) ?| ?\()\d+)*\)?/g;

function phoneOk(raw: string, international: boolean): boolean {
  const digits = raw.replace(/\D/g, '');
  const groups = raw.split(/[^\d]+/).filter(Boolean);
  if (international) return digits.length >= 8 && digits.length <= 15;
  if (digits.length < 9 || digits.length > 13 || groups.length < 2) return false;
  if (groups.some((g) => g.length > 5)) return false;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return false; // IPv4
  // Dotted numbers are versions or amounts unless they look like 0212.555.12.34.
  if (raw.includes('.') && !/^\d{2,4}(?:\.\d{2,4})+$/.test(raw)) return false;
  if (/^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+$/.test(raw)) return false; // 1.234.567.890
  return !looksLikeDateOrTime(raw);
}

export function findPhones(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE.exec(text))) {
    let raw = m[0];
    // Unbalanced trailing ")" belongs to the prose, not the number.
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    const start = m.index;
    const end = start + raw.length;
    const before = text[start - 1];
    const after = text[end];
    if (isWordChar(before) || (before !== undefined && '+#/.-@$€£:'.includes(before))) continue;
    if (isWordChar(after) || (after !== undefined && '/.,:-'.includes(after) && isDigit(text[end + 1]))) continue;
    if (!/\d/.test(raw) || !phoneOk(raw, raw.startsWith('+'))) continue;
    if (precededByReference(text, start)) continue;
    out.push({ kind: 'phone', start, end, masked: maskKeepLast(raw), label: 'Phone number' });
  }
  return out;
}
