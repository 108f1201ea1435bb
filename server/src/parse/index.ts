import type { FileKind, ParsedDoc } from '../model';
import { parseCallScript } from './callscript';
import { parseTicket } from './ticket';
import { vocabulary } from './vocabulary';

export function parseDocument(text: string, kind: FileKind, speakers?: { agent: string[]; customer: string[] }): ParsedDoc {
  const vocab = vocabulary(speakers);
  return kind === 'ticket' ? parseTicket(text, vocab) : parseCallScript(text, vocab);
}
