// Parser for case notes (*.ticket): front matter, optional title, `## ` sections
// recognised by name in every supported language.
import type { Heading, TicketDoc, TicketSection } from '../model';
import { parseBase } from './base';
import { HEADING, lineRanges } from './lines';
import { normaliseHeading, type Vocabulary } from './vocabulary';

export function parseTicket(text: string, vocab: Vocabulary): TicketDoc {
  const doc: TicketDoc = { ...parseBase(text), kind: 'ticket', title: null, sections: [] };
  const { masked, bodyStart } = doc;
  let current: TicketSection = { heading: null, id: null, empty: true, span: { start: bodyStart, end: bodyStart }, bodySpan: { start: bodyStart, end: bodyStart } };
  const close = (end: number) => {
    current.span.end = end;
    current.bodySpan.end = end;
    current.empty = masked.slice(current.bodySpan.start, end).trim() === '';
    if (current.heading || !current.empty) doc.sections.push(current);
  };
  for (const [s, e, next] of lineRanges(masked, bodyStart)) {
    const line = masked.slice(s, e);
    const h = HEADING.exec(line);
    if (!h) continue;
    const textStart = s + line.indexOf(h[2], h[1].length);
    const heading: Heading = {
      level: h[1].length,
      text: h[2],
      span: { start: s, end: e },
      textSpan: { start: textStart, end: textStart + h[2].length },
    };
    if (heading.level === 1 && !doc.title && doc.sections.length === 0 && current.heading === null) {
      doc.title = heading;
      current.bodySpan.start = next;
      current.span.start = next;
      continue;
    }
    close(s);
    current = {
      heading,
      id: vocab.ticketSections.get(normaliseHeading(heading.text)) ?? null,
      empty: true,
      span: { start: s, end: s },
      bodySpan: { start: next, end: next },
    };
  }
  close(text.length);
  return doc;
}
