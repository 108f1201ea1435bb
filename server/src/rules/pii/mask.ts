// Masking of personal data for messages and fixes. Pure functions.

const SIGNIFICANT = /[\p{L}\p{N}]/u;

/**
 * Replaces every letter and digit of `value` by `*` except the last `keep` of them;
 * separators (spaces, dashes, dots, `@`, ...) are kept so the shape stays readable.
 * Values with fewer than 8 letters/digits are masked completely: showing 4 of 6
 * characters would give most of the value away.
 */
export function maskKeepLast(value: string, keep = 4): string {
  const chars = Array.from(value);
  const total = chars.filter((c) => SIGNIFICANT.test(c)).length;
  let visible = total >= 8 ? Math.min(keep, total) : 0;
  const out = new Array<string>(chars.length);
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i];
    if (!SIGNIFICANT.test(c)) out[i] = c;
    else if (visible > 0) {
      out[i] = c;
      visible--;
    } else out[i] = '*';
  }
  return out.join('');
}

/** Secrets (passwords, PINs) are masked completely: any part of a secret helps a guess. */
export function maskAll(value: string): string {
  return '*'.repeat(Array.from(value).length);
}
