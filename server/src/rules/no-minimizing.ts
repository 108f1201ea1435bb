// "Just restart it", "it's easy", "obviously": the customer called because it was not
// easy for them. Words that make their problem sound trivial make them feel foolish.
//
// Data: packs/<lang>/no-minimizing.json
//   {
//     "remove": ["obviously", ...],      // reported anywhere in agent speech; fix deletes the word
//     "beforeInstruction": [{            // words that minimize only when they introduce an instruction
//       "words": ["just", "simply"],     //   the word (fix deletes it)
//       "leads": ["^", "please", ...],   //   what comes right before it; "^" = start of a sentence or clause
//       "verbs": ["restart", ...],       //   what comes after it (an instruction verb)
//       "window": 0                      //   optional: words allowed between word and verb (verb-final languages)
//     }],
//     "rephrase": ["it's easy", ...],    // phrases reported without a fix: they need rewording
//     "keep": ["did you just", ...]      // phrases in which a finding is ordinary speech
//   }
// So "I just checked", "just a moment", "just to confirm" stay quiet: no lead or no verb.
// Phrases use the syntax of engine/phrases.ts over folded text.
import { phraseSource } from '../engine/phrases';
import { hasPackData, packData } from '../packs/ruleData';
import en from '../packs/en/no-minimizing.json';
import es from '../packs/es/no-minimizing.json';
import tr from '../packs/tr/no-minimizing.json';
import idLang from '../packs/id/no-minimizing.json';
import type { Rule } from './types';
import { findAll, keepSpans, oneLine, overlapsAny, removalEdit, searchable, startsClause } from './wording/find';

export interface InstructionPattern {
  words: string[];
  leads: string[];
  verbs: string[];
  window?: number;
}

export interface MinimizingData {
  remove: string[];
  beforeInstruction: InstructionPattern[];
  rephrase: string[];
  keep?: string[];
}

const DATA: { en: MinimizingData } & Partial<Record<string, MinimizingData>> = { en, es, tr, id: idLang };

interface CompiledPattern {
  words: string[];
  atStart: boolean;
  lead: RegExp | null;
  verb: RegExp;
}

const compiled = new WeakMap<InstructionPattern, CompiledPattern>();

function compile(p: InstructionPattern): CompiledPattern {
  let c = compiled.get(p);
  if (!c) {
    const leads = p.leads.filter((l) => l !== '^');
    const window = Math.max(0, p.window ?? 0);
    c = {
      words: p.words,
      atStart: p.leads.includes('^'),
      lead: leads.length ? new RegExp(`(?:${leads.map(phraseSource).join('|')})\\s+$`, 'u') : null,
      verb: new RegExp(`^\\s+(?:\\S+\\s+){0,${window}}?(?:${p.verbs.map(phraseSource).join('|')})`, 'u'),
    };
    compiled.set(p, c);
  }
  return c;
}

const rule: Rule = {
  meta: {
    id: 'no-minimizing',
    description: 'Do not make the customer\'s problem sound trivial ("just", "simply", "it\'s easy", "obviously").',
    appliesTo: ['callscript', 'ticket'],
    scope: 'agent-speech',
    defaultSeverity: 'warning',
    options: {},
    fixable: true,
    needsLanguagePack: true,
    messages: {
      word: '"{word}" makes the customer\'s problem sound trivial: leave it out.',
      phrase: '"{phrase}" makes the customer\'s problem sound trivial: acknowledge it and describe the next step instead.',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, DATA)) return;
    const data = packData(ctx.lang, DATA);
    for (const seg of ctx.agentSpeech()) {
      const folded = searchable(seg.text);
      const keep = keepSpans(folded, data.keep);
      const taken: [number, number][] = [];
      const reportWord = (start: number, end: number) => {
        taken.push([start, end]);
        const edit = removalEdit(seg.text, start, end);
        ctx.report({
          span: { start: seg.start + start, end: seg.start + end },
          messageId: 'word',
          data: { word: seg.text.slice(start, end) },
          fix: { range: [seg.start + edit.range[0], seg.start + edit.range[1]], text: edit.text },
        });
      };

      for (const m of findAll(folded, data.rephrase)) {
        if (overlapsAny(keep, m.start, m.end)) continue;
        taken.push([m.start, m.end]);
        ctx.report({ span: { start: seg.start + m.start, end: seg.start + m.end }, messageId: 'phrase', data: { phrase: oneLine(seg.text.slice(m.start, m.end)) } });
      }
      for (const m of findAll(folded, data.remove)) {
        if (!overlapsAny(keep, m.start, m.end) && !overlapsAny(taken, m.start, m.end)) reportWord(m.start, m.end);
      }
      for (const pattern of data.beforeInstruction) {
        const p = compile(pattern);
        for (const m of findAll(folded, p.words)) {
          if (overlapsAny(taken, m.start, m.end)) continue;
          const led = (p.atStart && startsClause(folded, m.start)) || (p.lead?.test(folded.slice(Math.max(0, m.start - 40), m.start)) ?? false);
          if (!led) continue;
          const verb = p.verb.exec(folded.slice(m.end));
          if (!verb || overlapsAny(keep, m.start, m.end + verb[0].length)) continue;
          reportWord(m.start, m.end);
        }
      }
    }
  },
};

export default rule;
