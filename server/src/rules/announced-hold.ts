// Every hold is announced: why, may I, how long; and the customer is thanked after it.
// A customer left in silence without knowing why or for how long feels abandoned and
// hangs up. Phrase data: the language pack's `hold` lists (packs/<lang>/hold.json).
import type { Directive, ScriptDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { flowOf, isAgentTurn, type Flow } from '../flow/model';
import { insertAgentLineAfter, insertAgentLineBefore } from '../flow/speech';
import type { LangPack } from '../packs/types';
import type { Rule, Suggestion } from './types';

interface Options {
  maxHoldMinutes: number;
}

type Part = 'reason' | 'permission' | 'duration';
const MESSAGE: Record<Part, string> = { reason: 'noReason', permission: 'noPermission', duration: 'noDuration' };

const rule: Rule<Options> = {
  meta: {
    id: 'announced-hold',
    description: 'Announce every hold: the reason, a permission question and how long it takes; thank the customer afterwards.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {
      maxHoldMinutes: {
        type: 'number',
        minimum: 0,
        default: 3,
        description: 'Longer stated holds also need a check-back (a [callback] or an offer to come back with an update).',
      },
    },
    fixable: false,
    hasSuggestions: true,
    needsLanguagePack: true,
    messages: {
      noReason: 'Hold is not announced: tell the customer why you need to put them on hold.',
      noPermission: 'Hold is not announced: ask the customer for permission ("May I put you on hold?").',
      noDuration: 'Hold is not announced: say how long the customer will wait ("about two minutes").',
      noThanks: 'After the hold, thank the customer for waiting ("Thank you for waiting").',
      noCheckBack: 'A hold of {minutes} minutes is longer than {max}: offer to check back with an update or to call back.',
      insertAnnouncement: 'Insert a hold announcement before the hold',
      insertThanks: 'Thank the customer after the hold',
    },
  },
  check(ctx) {
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const hold = ctx.pack.hold;
    for (const d of flow.steps) {
      if (d.type !== 'directive' || d.kind !== 'hold') continue;
      const lead = flow.leadIn(d);
      const said = fold(lead.filter(isAgentTurn).map((t) => t.text).join('\n'));
      const missing = (['reason', 'permission', 'duration'] as Part[]).filter((p) => !matcher(hold[p]).testFolded(said));
      const suggestions = missing.length ? [announceSuggestion(doc, d, missing, hold)] : undefined;
      for (const m of missing) ctx.report({ span: d.span, messageId: MESSAGE[m], suggestions });

      const after = flow.nextAgentTurns(d);
      if (!after.some((t) => matcher(hold.thanks).test(t.text))) {
        ctx.report({
          span: d.span,
          messageId: 'noThanks',
          suggestions: [{ ...insertAgentLineAfter(doc, d, hold.template.thanks, 'Thank the customer after the hold'), titleId: 'insertThanks' }],
        });
      }

      const minutes = Math.max(statedMinutes(said, hold), (d.durationSeconds ?? 0) / 60);
      const max = ctx.options.maxHoldMinutes;
      if (minutes > max && !checksBack(flow, d, lead, after, said, hold)) {
        ctx.report({ span: d.span, messageId: 'noCheckBack', data: { minutes: round(minutes), max } });
      }
    }
  },
};

/** A [callback] around the hold, or an offer to come back with an update before or right after it. */
function checksBack(flow: Flow, d: Directive, lead: ReturnType<Flow['leadIn']>, after: Turn[], said: string, hold: LangPack['hold']): boolean {
  if (lead.some((s) => s.type === 'directive' && s.kind === 'callback')) return true;
  const next = flow.firstAfter(d, () => true).found;
  if (next.some((s) => s.type === 'directive' && s.kind === 'callback')) return true;
  const back = matcher(hold.checkBack);
  return back.testFolded(said) || after.some((t) => back.test(t.text));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The longest duration the agent stated, in minutes (0 when none could be read). */
export function statedMinutes(folded: string, hold: LangPack['hold']): number {
  let best = 0;
  const numbers = hold.numbers ?? {};
  for (const m of matcher(hold.duration).matchFolded(folded)) {
    const t = m.text;
    const unit = /hour|saat|jam|hora|\bh\b/.test(t) ? 60 : /sec|second|saniye|detik|segundo|\bs\b|\bsn\b/.test(t) ? 1 / 60 : 1;
    const digits = t.match(/\d+(?:[.,]\d+)?/g);
    let value = 0;
    if (digits) value = Math.max(...digits.map((x) => Number(x.replace(',', '.'))));
    else {
      const whole = numbers[t.trim()];
      if (whole !== undefined && /half|or two/.test(t)) value = whole;
      else for (const [w, v] of Object.entries(numbers)) if (new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(t)) value = Math.max(value, v);
    }
    best = Math.max(best, /half an hour/.test(t) ? 30 : value * unit);
  }
  return best;
}

function announceSuggestion(doc: ScriptDoc, d: Directive, missing: Part[], hold: LangPack['hold']): Suggestion {
  const parts: string[] = [];
  if (missing.includes('reason')) parts.push(hold.template.reason.replace('{reason}', '<reason>'));
  if (missing.includes('permission')) parts.push(hold.template.permission);
  if (missing.includes('duration')) parts.push(hold.template.duration.replace('{minutes}', '<minutes>'));
  return { ...insertAgentLineBefore(doc, d, parts.join(' '), 'Insert a hold announcement before the hold'), titleId: 'insertAnnouncement' };
}

export default rule;
