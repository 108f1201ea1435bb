// Once the problem is restated, clarifying questions narrow it down: each asks for one
// fact the customer can answer with yes, no or a detail ("Did it start after the
// update?"). Open questions ("Why ...?", "Tell me about ...") belong to listening, and in
// the clarifying part they send the call back to the beginning.
//
// The clarifying part: sections named for clarifying ("Clarify", "Questions"), and in
// sections without such a name, the agent turns after the restatement and before
// troubleshooting starts (a troubleshooting, hold, transfer or closing section, or the
// first instruction).
//
// Phrase data: packs/<lang>/closed-questions.json
//   fillers   small words before a question ("Okay, so ...")
//   prefixes  polite openings ("could you", "can you please")
//   open      how open questions start ("why", "tell me about", "describe")
//   notOpen   starts that look open but are not questions ("why don't we ...")
import type { ScriptDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { flowOf, isAgentTurn, type Flow, type Step } from '../flow/model';
import { sentenceStart } from '../flow/openers';
import { turnSentences } from '../flow/speech';
import { hasPackData, packData } from '../packs/ruleData';
import { instructs, isRestatement, paraphraseData, restatementStart, type ParaphraseData } from './paraphrase';
import type { Rule } from './types';
import en from '../packs/en/closed-questions.json';
import es from '../packs/es/closed-questions.json';
import tr from '../packs/tr/closed-questions.json';
import idLang from '../packs/id/closed-questions.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

export interface ClosedQuestionsData {
  fillers: string[];
  prefixes: string[];
  open: string[];
  notOpen: string[];
}

const PAST_CLARIFYING = new Set(['troubleshooting', 'hold', 'transfer', 'closing']);

const rule: Rule = {
  meta: {
    id: 'closed-questions',
    description: 'In the clarifying part, ask closed questions: one fact per question.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'info',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      open: 'Open question in the clarifying part: ask for one fact the customer can answer with yes, no or a detail ("Did it start after the update?").',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, BY_LANG)) return;
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const data = packData<ClosedQuestionsData>(ctx.lang, BY_LANG);
    const para = paraphraseData(ctx.lang);
    if (!para) return;
    const open = sentenceStart(data.fillers, data.prefixes, data.open);
    const notOpen = sentenceStart(data.fillers, data.prefixes, data.notOpen);
    const since = sinceRestatement(flow, para);
    for (const t of flow.steps) {
      if (!isAgentTurn(t)) continue;
      const from = clarifyingFrom(flow, t, para, since.get(t)!);
      if (from < 0) continue;
      for (const s of turnSentences(t)) {
        if (s.span.start < from) continue;
        const f = fold(s.text);
        if (open.test(f) && !notOpen.test(f)) ctx.report({ span: s.span, messageId: 'open' });
      }
    }
  },
};

/** Where each step stands on the way to it: after a restatement, and whether troubleshooting started since. */
type Since = 'none' | 'clarifying' | 'troubleshooting';

function sinceRestatement(flow: Flow, para: ParaphraseData): Map<Step, Since> {
  return flow.foldBefore<Since>('none', (state, s) => {
    if (isRestatement(flow, s, para)) return 'clarifying';
    if (state === 'clarifying' && (PAST_CLARIFYING.has(flow.roleOf(s) ?? '') || (isAgentTurn(s) && instructs(s, para)))) return 'troubleshooting';
    return state;
  });
}

/** Offset from which the turn is in the clarifying part, or -1 when it is not. */
function clarifyingFrom(flow: Flow, t: Turn, para: ParaphraseData, since: Since): number {
  const role = flow.roleOf(t);
  if (role === 'clarifying') return t.textSpan.start;
  if (role !== null && role !== 'paraphrase') return -1;
  const own = restatementStart(flow, t, para);
  if (own >= 0) return own;
  return since === 'clarifying' ? t.textSpan.start : -1;
}

export default rule;
