// The text each rule scope reads, as segments with offsets into the original text.
import type { ParsedDoc } from '../model';
import type { TextSegment } from '../rules/types';

export function agentSpeech(doc: ParsedDoc): TextSegment[] {
  if (doc.kind === 'callscript') {
    const out: TextSegment[] = [];
    for (const item of doc.items) if (item.type === 'turn' && item.role === 'agent') out.push({ start: item.textSpan.start, text: item.text });
    return out;
  }
  return doc.sections
    .filter((s) => s.id === 'customerSummary')
    .map((s) => ({ start: s.bodySpan.start, text: doc.masked.slice(s.bodySpan.start, s.bodySpan.end) }));
}

export function everywhere(doc: ParsedDoc): TextSegment[] {
  return [{ start: 0, text: doc.masked }];
}
