// Same-length text folding: lower case, Latin diacritics removed, Turkish dotted and
// dotless i merged with i. Each UTF-16 unit maps to exactly one unit, so an offset in
// the folded text is the same offset in the original and ranges need no mapping.
import { TextCache } from './textCache';

const TABLE_SIZE = 0x0530; // Latin, Latin Extended, IPA, Greek, Cyrillic
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    let s = String.fromCharCode(c).toLowerCase();
    if (s.length !== 1) s = String.fromCharCode(c);
    const d = s.normalize('NFD');
    if (d.length > 1 && /^[a-z]/.test(d)) s = d[0];
    t[c] = s.charCodeAt(0);
  }
  t[0x0130] = 0x69; // İ -> i
  t[0x0131] = 0x69; // ı -> i
  t[0x2019] = 0x27; // ’ -> '
  return t;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

// Many rules fold the same turn; keep recent results.
const cache = new TextCache<string>(16384, 4_000_000);

export function fold(s: string): string {
  if (s.length < 16) return foldUncached(s);
  let f = cache.get(s);
  if (f === undefined) {
    f = foldUncached(s);
    cache.set(s, f);
  }
  return f;
}

function foldUncached(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  const t = table ?? (table = buildTable());
  const out = new Array<string>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE) out[i] = String.fromCharCode(t[c]);
    else if (c === 0x2019 || c === 0x2018) out[i] = "'";
    else {
      const l = s[i].toLowerCase();
      out[i] = l.length === 1 ? l : s[i];
    }
  }
  return out.join('');
}
