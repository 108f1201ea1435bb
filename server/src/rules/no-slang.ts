// Slang and crude words make an agent sound careless, and some customers hear them as
// disrespect. Each is reported with the formal word to say instead where one exists.
//
// Data: packs/<lang>/no-slang.json
//   {
//     "entries": [
//       { "phrase": "gonna", "replacement": "going to" },   // fix: replace with this
//       { "phrase": "no worries", "hint": "say ..." },      // no fix; the hint ends the message
//       { "phrase": "dude" }                                // no fix, no good replacement
//     ],
//     "keep": ["..."]   // phrases in which a listed word is ordinary speech
//   }
// Phrases use the syntax of engine/phrases.ts (whole words, `word*`, `/regex/` over
// folded text). The longest phrase wins where two match at the same place.
import { packData, hasPackData } from '../packs/ruleData';
import en from '../packs/en/no-slang.json';
import es from '../packs/es/no-slang.json';
import tr from '../packs/tr/no-slang.json';
import idLang from '../packs/id/no-slang.json';
import type { Rule } from './types';
import { caseLike, findAll, keepSpans, oneLine, overlapsAny, searchable, startsSentence, phrasesOf } from './wording/find';

export interface SlangEntry {
  phrase: string;
  replacement?: string;
  hint?: string;
}

export interface SlangData {
  entries: SlangEntry[];
  keep?: string[];
}

const DATA: { en: SlangData } & Partial<Record<string, SlangData>> = { en, es, tr, id: idLang };

const rule: Rule = {
  meta: {
    id: 'no-slang',
    description: 'Speak to the customer in neutral, professional words: no slang, informal or crude words.',
    appliesTo: ['callscript', 'ticket'],
    scope: 'agent-speech',
    defaultSeverity: 'warning',
    options: {},
    fixable: true,
    needsLanguagePack: true,
    messages: {
      informal: '"{term}" is too casual for a customer: say "{formal}" instead.',
      informalHint: '"{term}" is too casual for a customer: {hint}.',
      slang: '"{term}" is slang or crude language: use neutral, professional words instead.',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, DATA)) return;
    const data = packData(ctx.lang, DATA);
    const list = phrasesOf(data);
    for (const seg of ctx.agentSpeech()) {
      const folded = searchable(seg.text);
      const keep = keepSpans(folded, data.keep);
      for (const m of findAll(folded, list)) {
        if (overlapsAny(keep, m.start, m.end)) continue;
        const entry = data.entries[m.index];
        const original = seg.text.slice(m.start, m.end);
        const term = oneLine(original);
        const span = { start: seg.start + m.start, end: seg.start + m.end };
        if (entry.replacement) {
          const formal = caseLike(original, entry.replacement, startsSentence(seg.text, m.start));
          ctx.report({ span, messageId: 'informal', data: { term, formal: entry.replacement }, fix: { range: [span.start, span.end], text: formal } });
        } else if (entry.hint) {
          ctx.report({ span, messageId: 'informalHint', data: { term, hint: entry.hint } });
        } else {
          ctx.report({ span, messageId: 'slang', data: { term } });
        }
      }
    }
  },
};

export default rule;
