// Nobody likes to be passed around. Before a transfer the agent says who the customer
// will talk to and why, and asks whether that is all right; a warm transfer (the agent
// briefs the colleague, so the customer need not repeat everything) is recommended.
//
// Phrase data: packs/<lang>/transfer-consent.json
//   who       words naming whom the customer will talk to ("billing team", "specialist");
//             the transfer target written in the directive counts too
//   why       words giving the reason ("can", "because", "handles")
//   consent   consent questions ("May I transfer you?", "Is that okay?")
//   warm      warm-transfer promises ("so you don't need to repeat it")
//   template  { explanation, consent, warm }: the line the suggestion inserts,
//             with <team> and <reason> for the agent to fill in
import type { Directive, ScriptDoc } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { flowOf, isAgentTurn } from '../flow/model';
import { insertAgentLineBefore } from '../flow/speech';
import { hasPackData, packData } from '../packs/ruleData';
import type { Rule, Suggestion } from './types';
import en from '../packs/en/transfer-consent.json';
import es from '../packs/es/transfer-consent.json';
import tr from '../packs/tr/transfer-consent.json';
import idLang from '../packs/id/transfer-consent.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

export interface TransferConsentData {
  who: string[];
  why: string[];
  consent: string[];
  warm: string[];
  template: { explanation: string; consent: string; warm: string };
}

type Part = 'explanation' | 'consent' | 'warm';

const rule: Rule = {
  meta: {
    id: 'transfer-consent',
    description: 'Before a transfer, explain who the customer will talk to and why, and ask for consent.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {},
    fixable: false,
    hasSuggestions: true,
    needsLanguagePack: true,
    messages: {
      explanation: 'Before the transfer, explain who the customer will talk to and why ("Our billing team can change this for you").',
      consent: 'Before the transfer, ask for the customer\'s consent ("May I transfer you to them?").',
      warm: 'Consider a warm transfer: promise to brief your colleague ("I will explain your case so you don\'t need to repeat it").',
      insertAnnouncement: 'Insert a transfer announcement before the transfer',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, BY_LANG)) return;
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const data = packData<TransferConsentData>(ctx.lang, BY_LANG);
    for (const d of flow.steps) {
      if (d.type !== 'directive' || d.kind !== 'transfer') continue;
      const said = fold(flow.leadIn(d).filter(isAgentTurn).map((t) => t.text).join('\n'));
      const missing: Part[] = [];
      if (!explains(said, d, data)) missing.push('explanation');
      if (!matcher(data.consent).testFolded(said)) missing.push('consent');
      if (!matcher(data.warm).testFolded(said)) missing.push('warm');
      if (missing.length === 0) continue;
      const suggestions = [suggestion(doc, d, missing, data)];
      for (const m of missing) {
        ctx.report({ span: d.span, messageId: m, data: m === 'warm' ? { severity: 'info' } : undefined, suggestions });
      }
    }
  },
};

/** Says whom (a team, a role, or the directive's target) and why; consent questions are not the reason. */
function explains(said: string, d: Directive, data: TransferConsentData): boolean {
  const target = fold(d.args).split(/[\s_/-]+/).filter((w) => w.length > 2);
  const who = matcher(data.who).testFolded(said) || target.some((w) => new RegExp(`(?<![\\p{L}])${escape(w)}`, 'u').test(said));
  if (!who) return false;
  let rest = said;
  for (const m of matcher(data.consent).matchFolded(said)) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  return matcher(data.why).testFolded(rest);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function suggestion(doc: ScriptDoc, d: Directive, missing: Part[], data: TransferConsentData): Suggestion {
  const line = missing.map((m) => data.template[m]).join(' ');
  return { ...insertAgentLineBefore(doc, d, line, 'Insert a transfer announcement before the transfer'), titleId: 'insertAnnouncement' };
}

export default rule;
