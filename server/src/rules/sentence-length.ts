// A listener cannot scroll back: a long spoken sentence is lost halfway. Reported per
// sentence of agent speech with its word count.
//
// Data: packs/<lang>/sentence-length.json (read through wording/sentences.ts)
//   {
//     "abbreviations": ["mr.", "e.g.", ...],  // folded, with their dots; never end a sentence
//     "ambiguous": ["etc.", "p.m.", ...]      // end a sentence only when a capital letter follows
//   }
// Languages without their own file use the English abbreviations: splitting on . ! ? …
// works the same, so the rule runs for every language.
import type { Rule } from './types';
import { countWords, sentenceData, splitSentences } from './wording/sentences';

interface Options {
  max: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'sentence-length',
    description: 'Keep spoken sentences short enough to follow on the phone.',
    appliesTo: ['callscript', 'ticket'],
    scope: 'agent-speech',
    defaultSeverity: 'info',
    options: {
      max: { type: 'integer', minimum: 1, default: 25, description: 'Most words a sentence may have.' },
    },
    fixable: false,
    needsLanguagePack: false,
    messages: {
      tooLong: 'This sentence has {count} words; on the phone, keep it under {max}: split it in two.',
      tooLongWritten: 'This sentence has {count} words; keep it under {max} so the customer can follow it: split it in two.',
    },
  },
  check(ctx) {
    const max = ctx.options.max;
    const data = sentenceData(ctx.lang);
    const messageId = ctx.kind === 'ticket' ? 'tooLongWritten' : 'tooLong';
    for (const seg of ctx.agentSpeech()) {
      for (const s of splitSentences(seg.text, data)) {
        const count = countWords(seg.text.slice(s.start, s.end));
        if (count > max) ctx.report({ span: { start: seg.start + s.start, end: seg.start + s.end }, messageId, data: { count, max } });
      }
    }
  },
};

export default rule;
