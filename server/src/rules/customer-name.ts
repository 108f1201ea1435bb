// Customers notice when the agent uses their name: it turns "a caller" into a person
// and shows the agent is paying attention. The script should do it at least once.
//
// Phrase data: packs/<lang>/customer-name.json
//   titles       forms of address that, followed by a capitalised name or a placeholder,
//                address the customer by name ("Ms. Green", "Mr. {customer}")
//   titlesAfter  forms of address that follow the name (Turkish "Ayşe Hanım", "{musteri} Bey")
import type { ScriptDoc, Turn } from '../model';
import { declaredPlaceholders, placeholderRole } from '../engine/placeholders';
import { flowOf, isAgentTurn } from '../flow/model';
import { hasPackData, packData } from '../packs/ruleData';
import type { Rule } from './types';
import en from '../packs/en/customer-name.json';
import es from '../packs/es/customer-name.json';
import tr from '../packs/tr/customer-name.json';
import idLang from '../packs/id/customer-name.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

export interface CustomerNameData {
  titles: string[];
  titlesAfter?: string[];
}

const rule: Rule = {
  meta: {
    id: 'customer-name',
    description: 'Address the customer by name at least once.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'info',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      never: 'The script never addresses the customer by name: say {placeholder} at least once, for example when you restate the problem.',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, BY_LANG)) return;
    const doc = ctx.doc as ScriptDoc;
    const flow = flowOf(doc);
    const agent = flow.steps.filter(isAgentTurn);
    if (agent.length === 0) return;
    const decl = declaredPlaceholders(doc, ctx.config);
    const inAgentSpeech = (start: number) => agent.some((t) => start >= t.textSpan.start && start < t.textSpan.end);
    if (doc.placeholders.some((p) => inAgentSpeech(p.span.start) && placeholderRole(p.name, decl.roles) === 'customer')) return;
    const data = packData<CustomerNameData>(ctx.lang, BY_LANG);
    const titled = titledName(data.titles);
    const named = data.titlesAfter?.length ? nameThenTitle(data.titlesAfter) : null;
    if (agent.some((t) => titled.test(t.text) || named?.test(t.text))) return;
    const firstCustomer = flow.steps.find((s) => s.type === 'turn' && s.role === 'customer');
    const at: Turn = (firstCustomer && agent.find((t) => t.span.start > firstCustomer.span.start)) || agent[0];
    const name = decl.roles.customer.find((n) => decl.names.has(n)) ?? ctx.pack.structure.placeholderRoles.customer[0] ?? 'customer';
    ctx.report({ span: at.span, messageId: 'never', data: { placeholder: `{${name}}` } });
  },
};

const compiled = new WeakMap<string[], RegExp>();

/** A title followed by a capitalised name or a placeholder. Case matters: "miss the bus" is not a title. */
function titledName(titles: string[]): RegExp {
  let re = compiled.get(titles);
  if (!re) {
    const alt = [...titles].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])\\s*(?:\\{[\\p{L}\\p{N}_.]+\\}|\\p{Lu}[\\p{L}\\p{M}'’-]+)`, 'u');
    compiled.set(titles, re);
  }
  return re;
}

/** A capitalised name or a placeholder followed by a title ("Ayşe Hanım"). */
function nameThenTitle(titles: string[]): RegExp {
  let re = compiled.get(titles);
  if (!re) {
    const alt = titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?:\\{[\\p{L}\\p{N}_.]+\\}|(?<![\\p{L}])\\p{Lu}[\\p{L}\\p{M}'’-]+)\\s+(?:${alt})(?![\\p{L}])`, 'u');
    compiled.set(titles, re);
  }
  return re;
}

export default rule;
