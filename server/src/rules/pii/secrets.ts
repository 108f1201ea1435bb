// Passwords and PINs stated in the text: a context word ("password", "PIN",
// "contraseña", "şifre", "kata sandi", ...), a connector, then the value.
//
// Connector (same line): ":" or "=", up to two linking words ("is", "was", "set to",
// "nueva es", "baru adalah", "olarak", ...), a dash, or only spaces ("PIN 4821").
// The value is the next token (or a quoted string). It is reported only if it looks
// like a secret:
//   - PIN / PUK context: 4-12 digits; card security code (CVV/CVC) context: 3-4 digits;
//   - password context: 4-64 characters with a digit, a symbol (!@#$%^&*_+=~|\<>?) or
//     an inner capital ("hunTer"), or any quoted single token ("password is 'sunshine'").
// Never a secret: placeholders ({pin}, <password>, [redacted]), masked values (****,
// xxxx, ••••1234), dates and times, counts with units ("8chars", "2nd"), links,
// ordinary words ("reset your password", "password: expired", "PIN on the keypad"),
// and published factory values ("the default PIN is 0000", "PIN predeterminado 1234").
import type { PhraseMatcher } from '../../engine/phrases';
import type { PiiFinding } from './detect';
import { maskAll } from './mask';
import { looksLikeDateOrTime } from './text';

const CONNECTORS = [
  // en
  'is now', 'is', 'was', 'will be', 'would be', 'set to', 'changed to', 'reset to', 'updated to',
  // es (folded)
  'es ahora', 'ahora es', 'es', 'era', 'sera', 'cambiada a', 'cambiado a', 'cambio a', 'quedo en', 'quedo como',
  'nueva', 'nuevo', 'temporal', 'provisional',
  // tr (folded)
  'olarak', 'su', 'ise',
  // id
  'adalah', 'yaitu', 'ialah', 'diubah menjadi', 'diganti menjadi', 'menjadi', 'baru', 'sementara',
];

const AFTER = new RegExp(
  '^(?:[ \\t]*[:=][ \\t]*' +
    `|[ \\t]+(?:(?:${CONNECTORS.map((c) => c.replace(/ /g, '[ \\t]+')).join('|')})(?:[ \\t]*:)?[ \\t]+){0,2}` +
    '|[ \\t]+[-–—][ \\t]+)',
);

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»', '`': '`' };
const PIN_WORD = /(?:^|[^\p{L}])(?:pin|puk)(?:[^\p{L}]|$)/u;
const CVV_WORD = /cvv|cvc|security code|codigo de seguridad|guvenlik kod|kode keamanan/;
const SYMBOL = /[!@#$%^&*_+=~|\\<>?]/;
const FACTORY = /(?:^|[^\p{L}])(?:default|factory|predeterminad[oa]|por defecto|de fabrica|varsayilan|fabrika|bawaan|standar)(?:[^\p{L}]|$)/u;

interface Value {
  start: number;
  end: number;
  quoted: boolean;
}

function readValue(text: string, at: number): Value | null {
  const open = text[at];
  const close = open !== undefined ? QUOTES[open] : undefined;
  if (close) {
    const endQuote = text.indexOf(close, at + 1);
    if (endQuote < 0 || endQuote - at > 65 || /[\r\n]/.test(text.slice(at, endQuote))) return null;
    return { start: at + 1, end: endQuote, quoted: true };
  }
  const m = /^[^\s]+/.exec(text.slice(at, at + 200));
  if (!m) return null;
  let end = at + m[0].length;
  while (end > at && /[.,;:?)\]}»"'”’]/.test(text[end - 1])) end--;
  return { start: at, end, quoted: false };
}

function notASecret(v: string): boolean {
  return (
    /^[{<[(]/.test(v) || // placeholder or redaction marker
    /^[*•●xX#._-]+$/.test(v) || // masked
    /[*•●]{3,}/.test(v) || // partly masked
    /:\/\//.test(v) ||
    looksLikeDateOrTime(v) ||
    /^\d+(?:st|nd|rd|th|x|%|\+|chars?|characters?|digits?|caracteres|karakter|haneli|digit)$/i.test(v)
  );
}

function looksLikeSecret(v: string, quoted: boolean): boolean {
  const len = Array.from(v).length;
  if (len < 4 || len > 64) return false;
  if (quoted && !/\s/.test(v)) return true;
  return /\p{N}/u.test(v) || SYMBOL.test(v) || /\p{Ll}\p{Lu}/u.test(v);
}

/** `folded` is fold(text). */
export function findSecrets(text: string, folded: string, context: PhraseMatcher): PiiFinding[] {
  const out: PiiFinding[] = [];
  for (const m of context.matchFolded(folded)) {
    const after = AFTER.exec(folded.slice(m.end, m.end + 60));
    if (!after) continue;
    const value = readValue(text, m.end + after[0].length);
    if (!value || value.end <= value.start) continue;
    const v = text.slice(value.start, value.end);
    if (notASecret(v)) continue;
    // "The default PIN is 0000": a published factory value, not the customer's secret.
    const before = folded.slice(Math.max(0, m.start - 25), m.start).replace(/^[\s\S]*[.,;!?\n]/, '');
    if (FACTORY.test(before + folded.slice(m.start, value.start))) continue;
    const ctx = m.text;
    let kind: 'password' | 'pin' = 'password';
    let label = 'Password';
    if (CVV_WORD.test(ctx)) {
      if (!/^\d{3,4}$/.test(v)) continue;
      kind = 'pin';
      label = 'Card security code';
    } else if (PIN_WORD.test(ctx)) {
      if (!/^\d{4,12}$/.test(v)) continue;
      kind = 'pin';
      label = 'PIN';
    } else if (!looksLikeSecret(v, value.quoted)) continue;
    out.push({ kind, start: value.start, end: value.end, masked: maskAll(v), label });
  }
  return out;
}
