import type { Fix } from '../rules/types';

/**
 * Applies fixes in one pass. Overlapping fixes (and fixes touching the same point) are
 * skipped, to be tried again on the next pass after re-linting.
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number } {
  const sorted = [...fixes]
    .filter((f) => f.range[0] >= 0 && f.range[1] <= text.length && f.range[0] <= f.range[1])
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let last = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const f of sorted) {
    if (f.range[0] < last || f.range[0] === lastEnd) continue;
    out += text.slice(last, f.range[0]) + f.text;
    last = f.range[1];
    lastEnd = f.range[1];
    applied++;
  }
  return { text: out + text.slice(last), applied };
}
