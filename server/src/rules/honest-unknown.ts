// "I don't know" is an honest answer, but not a complete one: the customer needs to hear
// what happens next. In the same or the next agent turn, the agent commits to finding
// out: looking it up, asking a colleague, or calling back by a stated time.
//
// Phrase data: packs/<lang>/honest-unknown.json
//   admit     admissions of not knowing ("I'm not sure")
//   notAdmit  look-alikes that are not ("I'm not sure I understood", "if you don't know ...")
//   find      commitments to find out now ("let me check", "ask a colleague")
//   callback  promises to come back later ("call you back"): they need a time
//   time      when ("by 3 pm", "tomorrow", "within the hour")
import type { ScriptDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { flowOf, isAgentTurn } from '../flow/model';
import { hasPackData, packData } from '../packs/ruleData';
import type { Rule } from './types';
import en from '../packs/en/honest-unknown.json';
import es from '../packs/es/honest-unknown.json';
import tr from '../packs/tr/honest-unknown.json';
import idLang from '../packs/id/honest-unknown.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

export interface HonestUnknownData {
  admit: string[];
  notAdmit: string[];
  find: string[];
  callback: string[];
  time: string[];
}

const rule: Rule = {
  meta: {
    id: 'honest-unknown',
    description: 'When you admit not knowing, commit to finding out in the same or the next turn.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      noCommitment: 'After "{phrase}", say how you will find out: look it up, ask a colleague, or call back by a time ("Let me check with a colleague").',
      noTime: 'After "{phrase}", say when you will call back ("I\'ll call you back by 3 pm today").',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, BY_LANG)) return;
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const data = packData<HonestUnknownData>(ctx.lang, BY_LANG);
    const not = matcher(data.notAdmit);
    for (const t of flow.steps) {
      if (!isAgentTurn(t)) continue;
      const folded = fold(t.text);
      const excluded = not.matchFolded(folded);
      const admission = matcher(data.admit)
        .matchFolded(folded)
        .find((m) => !excluded.some((x) => x.start < m.end && m.start < x.end));
      if (!admission) continue;
      // Going on hold, transferring or scheduling a callback right away is finding out.
      const later = flow.firstAfter(t, (s) => isAgentTurn(s) || (s.type === 'directive' && (s.kind === 'hold' || s.kind === 'transfer' || s.kind === 'callback')));
      const verdicts = later.found.map((s): Verdict => (s.type === 'directive' ? 'ok' : commitment(`${t.text}\n${(s as Turn).text}`, data)));
      if (verdicts.length === 0) verdicts.push(commitment(t.text, data));
      const verdict = worst(verdicts);
      if (verdict === 'ok') continue;
      const span = { start: t.textSpan.start + admission.start, end: t.textSpan.start + admission.end };
      ctx.report({ span, messageId: verdict, data: { phrase: t.text.slice(admission.start, admission.end) } });
    }
  },
};

type Verdict = 'ok' | 'noTime' | 'noCommitment';

function commitment(text: string, data: HonestUnknownData): Verdict {
  const f = fold(text);
  if (matcher(data.find).testFolded(f)) return 'ok';
  if (matcher(data.callback).testFolded(f)) return matcher(data.time).testFolded(f) ? 'ok' : 'noTime';
  return 'noCommitment';
}

/** Every path after the admission must commit: the weakest one decides. */
function worst(vs: Verdict[]): Verdict {
  return vs.includes('noCommitment') ? 'noCommitment' : vs.includes('noTime') ? 'noTime' : 'ok';
}

export default rule;
