// A call ends well when the customer knows the problem is gone, knows what was done,
// and is invited to raise anything else. The closing part of the script checks the fix
// with the customer, recaps it, and offers further help.
//
// The closing part: the last section named as a closing ("Close", "Wrap-up"), together
// with closing-named sections right before it ("Verify"); without one, the agent speech
// before the last [end] outside branches; without that, the last section with agent
// speech. A script whose main path ends in a [transfer] hands the call over and is not
// checked.
//
// Phrase data: packs/<lang>/verify-and-recap.json
//   verify  checks that the fix works ("Could you print a test page?"); a [callback] in
//           the closing part counts too (the follow-up call checks it)
//   recap   recaps of what was done ("To recap", "we reset")
//   offer   offers of further help ("anything else")
import type { ScriptDoc, Span } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { flowOf, isAgentTurn, type Flow, type Step } from '../flow/model';
import { hasPackData, packData } from '../packs/ruleData';
import type { Rule } from './types';
import en from '../packs/en/verify-and-recap.json';
import es from '../packs/es/verify-and-recap.json';
import tr from '../packs/tr/verify-and-recap.json';
import idLang from '../packs/id/verify-and-recap.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

export interface VerifyAndRecapData {
  verify: string[];
  recap: string[];
  offer: string[];
}

type Part = 'verify' | 'recap' | 'offer';

const rule: Rule = {
  meta: {
    id: 'verify-and-recap',
    description: 'Close the call by checking the fix with the customer, recapping what was done and offering further help.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      verify: 'The closing does not check that the fix works: ask the customer to try it ("Could you print a test page now?").',
      recap: 'The closing does not recap what was done: sum it up in one sentence ("To recap: we switched the printer back online").',
      offer: 'The closing does not offer further help: ask "Is there anything else I can help you with today?".',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, BY_LANG)) return;
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const part = closingPart(flow);
    if (!part) return;
    const data = packData<VerifyAndRecapData>(ctx.lang, BY_LANG);
    const said = fold(part.steps.filter(isAgentTurn).map((t) => t.text).join('\n'));
    const has: Record<Part, boolean> = {
      verify: matcher(data.verify).testFolded(said) || part.steps.some((s) => s.type === 'directive' && s.kind === 'callback'),
      recap: matcher(data.recap).testFolded(said),
      offer: matcher(data.offer).testFolded(said),
    };
    for (const p of ['verify', 'recap', 'offer'] as Part[]) if (!has[p]) ctx.report({ span: part.at, messageId: p });
  },
};

export interface ClosingPart {
  steps: Step[];
  /** Where problems are reported: the closing heading, the [end], or the last agent turn. */
  at: Span;
}

export function closingPart(flow: Flow): ClosingPart | null {
  const trunk = flow.steps.filter((s) => !s.branch);
  if (!flow.steps.some(isAgentTurn)) return null;
  const last = trunk[trunk.length - 1];
  if (last && last.type === 'directive' && last.kind === 'transfer') return null;

  const named = flow.sections.filter((s) => s.role === 'closing' && s.roleFrom === 'name');
  const close = named[named.length - 1];
  if (close?.section.heading) {
    let first = close.index;
    while (first > 0 && flow.sections[first - 1].role === 'closing' && flow.sections[first - 1].roleFrom === 'name') first--;
    return { steps: flow.sections.slice(first, close.index + 1).flatMap((s) => s.steps), at: close.section.heading.span };
  }

  const end = [...trunk].reverse().find((s) => s.type === 'directive' && s.kind === 'end');
  if (end) {
    const own = flow.before(end, { withinSection: true }).reverse();
    const sec = flow.sectionOf(end);
    const prev = !own.some(isAgentTurn) && sec.index > 0 ? flow.sections[sec.index - 1].steps : [];
    return { steps: [...prev, ...own], at: end.span };
  }

  const withSpeech = flow.sections.filter((s) => s.steps.some(isAgentTurn));
  const sec = withSpeech[withSpeech.length - 1];
  const agent = sec.steps.filter(isAgentTurn);
  return { steps: sec.steps, at: sec.section.heading?.span ?? agent[agent.length - 1].span };
}

export default rule;
