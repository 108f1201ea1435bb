// Phrases that blame, argue with or lecture the customer put them on the defensive; the
// same fact said positively keeps them on the agent's side. Each phrase comes with the
// positive way to say it.
//
// Data: packs/<lang>/positive-tone.json
//   {
//     "entries": [{ "phrase": "calm down", "alternative": "I understand this is frustrating, ..." }],
//     "keep": ["if you don't understand"]   // phrases in which a finding is ordinary speech
//   }
// Phrases use the syntax of engine/phrases.ts over folded text; the longest phrase wins.
import { hasPackData, packData } from '../packs/ruleData';
import en from '../packs/en/positive-tone.json';
import es from '../packs/es/positive-tone.json';
import tr from '../packs/tr/positive-tone.json';
import idLang from '../packs/id/positive-tone.json';
import type { Rule } from './types';
import { findAll, keepSpans, oneLine, overlapsAny, searchable, phrasesOf } from './wording/find';

export interface ToneEntry {
  phrase: string;
  alternative: string;
}

export interface ToneData {
  entries: ToneEntry[];
  keep?: string[];
}

const DATA: { en: ToneData } & Partial<Record<string, ToneData>> = { en, es, tr, id: idLang };

const rule: Rule = {
  meta: {
    id: 'positive-tone',
    description: 'Do not blame, argue with or lecture the customer: say what you can do.',
    appliesTo: ['callscript', 'ticket'],
    scope: 'agent-speech',
    defaultSeverity: 'warning',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      negative: '"{phrase}" can sound like blame or a lecture to the customer: say it positively, for example "{alternative}"',
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
        ctx.report({
          span: { start: seg.start + m.start, end: seg.start + m.end },
          messageId: 'negative',
          data: { phrase: oneLine(seg.text.slice(m.start, m.end)), alternative: data.entries[m.index].alternative },
        });
      }
    }
  },
};

export default rule;
