// Small text helpers shared by the PII detectors.
import { fold } from '../../engine/fold';

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function lineStartOf(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

export function lineEndOf(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

// A reference word right before a number says what the number is: "Order 4111...",
// "Invoice no. 123-456-789", "IMEI: 3520...". Numbers introduced this way are not
// payment cards or phone numbers. Words of all four languages, folded.
const REFERENCE_BEFORE = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])' +
    '(?:imei|serial|s/n|sn|order|invoice|tracking|ref|reference|case|ticket|contract|' +
    'pedido|factura|albaran|referencia|caso|contrato|numero de serie|' +
    'siparis|fatura|takip|seri|vaka|sozlesme|abone|' +
    'pesanan|faktur|tagihan|resi|kasus|tiket|kontrak)' +
    '(?:\\s*(?:no|nr|num|number|numero|numarasi|nomor|id|#))?\\.?\\s*[:#=]?\\s*$',
  'u',
);

/** Whether the line before `start` ends with a reference word ("order", "fatura no", ...). */
export function precededByReference(text: string, start: number): boolean {
  const from = Math.max(lineStartOf(text, start), start - 40);
  return REFERENCE_BEFORE.test(fold(text.slice(from, start)));
}

/** Calendar-date or time shapes that long digit runs can be confused with. */
export function looksLikeDateOrTime(s: string): boolean {
  return (
    /(?:^|\D)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\D|$)/.test(s) ||
    /(?:^|\D)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d(?:\D|$)/.test(s) ||
    /(?:^|\D)\d{1,2}:\d{2}(?::\d{2})?(?:\D|$)/.test(s)
  );
}
