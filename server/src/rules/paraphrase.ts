// Active listening: before the agent asks clarifying questions or gives instructions,
// they restate the problem in their own words. The customer hears they were understood,
// and a misunderstanding is caught before anyone restarts the wrong device.
//
// Phrase data: packs/<lang>/paraphrase.json
//   restate        phrases that restate the problem ("Let me make sure I understand")
//   fillers        small words before an instruction ("Okay, now, ...")
//   prefixes       polite openings of an instruction ("could you", "please")
//   verbs          instruction verbs that start a troubleshooting step ("restart", "click")
//   notClarifying  questions that are not clarifying questions: offers of help,
//                  listening prompts, hold/transfer permission, identity checks
import type { ScriptDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { flowOf, isAgentTurn, type Flow, type Step } from '../flow/model';
import { sentenceStart } from '../flow/openers';
import { turnSentences, type Sentence } from '../flow/speech';
import { hasPackData, packData } from '../packs/ruleData';
import type { Rule } from './types';
import en from '../packs/en/paraphrase.json';
import es from '../packs/es/paraphrase.json';
import tr from '../packs/tr/paraphrase.json';
import idLang from '../packs/id/paraphrase.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

export interface ParaphraseData {
  restate: string[];
  fillers: string[];
  prefixes: string[];
  verbs: string[];
  notClarifying: string[];
}

export function paraphraseData(lang: string): ParaphraseData | null {
  return hasPackData(lang, BY_LANG) ? packData<ParaphraseData>(lang, BY_LANG) : null;
}

/** An agent turn that restates the problem: by its words, or by being in a Paraphrase section. */
export function isRestatement(flow: Flow, s: Step, data: ParaphraseData): s is Turn {
  return isAgentTurn(s) && (flow.roleOf(s) === 'paraphrase' || matcher(data.restate).test(s.text));
}

/** Offset where a restatement starts in the turn, or -1. */
export function restatementStart(flow: Flow, t: Turn, data: ParaphraseData): number {
  if (flow.roleOf(t) === 'paraphrase') return t.textSpan.start;
  const m = matcher(data.restate).match(t.text)[0];
  return m ? t.textSpan.start + m.start : -1;
}

/** Whether a sentence gives the customer something to do ("Please restart the router."). */
export function isInstruction(s: Sentence, data: ParaphraseData): boolean {
  return sentenceStart(data.fillers, data.prefixes, data.verbs).test(fold(s.text));
}

/** Sentences of an agent turn that are clarifying questions or troubleshooting instructions. */
export function asks(t: Turn, data: ParaphraseData): Sentence[] {
  const not = matcher(data.notClarifying);
  return turnSentences(t).filter((s) => (s.question || isInstruction(s, data)) && !not.test(s.text));
}

/** Whether the turn gives the customer a troubleshooting step to do. */
export function instructs(t: Turn, data: ParaphraseData): boolean {
  return asks(t, data).some((s) => isInstruction(s, data));
}

// Sections where questions are part of listening or closing the call, not clarifying.
const NOT_ASKING = new Set(['discovery', 'paraphrase', 'closing']);

const rule: Rule = {
  meta: {
    id: 'paraphrase',
    description: 'Restate the customer\'s problem before the first clarifying question or instruction.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      missing: 'Restate the problem before you ask or instruct: first say "Let me make sure I understand: ... Is that right?".',
    },
  },
  check(ctx) {
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const data = paraphraseData(ctx.lang);
    if (!data) return;
    const start = flow.steps.find((s) => s.type === 'turn' && s.role === 'customer') ?? flow.steps.find(isAgentTurn);
    if (!start) return;
    const reported = new Set<Step>();
    for (const t of flow.steps) {
      if (!isAgentTurn(t) || t.span.start <= start.span.start || NOT_ASKING.has(flow.roleOf(t) ?? '')) continue;
      if (isRestatement(flow, t, data)) continue;
      const ask = asks(t, data)[0];
      if (!ask) continue;
      if (flow.hasBefore(t, (s) => reported.has(s) || isRestatement(flow, s, data))) continue;
      reported.add(t);
      ctx.report({ span: ask.span, messageId: 'missing' });
    }
  },
};

export default rule;
