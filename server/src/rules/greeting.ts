// The call opens with a greeting that tells the customer who they reached and invites
// them to speak: the agent's name, the company, and an offer of help.
//
// Phrase data: packs/<lang>/greeting.json
//   template   greeting line the fix inserts; {agent} and {company} become the script's
//              declared placeholders for those roles
//   section    name of the section the fix adds when the script has no agent turn
//   name       { before: phrases followed by the agent's name ("this is Sam"),
//                after: phrases that follow it ("Sam speaking") }
//   company    { before: phrases followed by the company ("thank you for calling Acme"),
//                after: phrases that follow it ("Acme support") }
//   helpOffer  questions that offer help ("how can I help")
//   notNames   capitalised words that are not a name ("I'm Sorry", "this is The ...")
import type { Placeholder, ScriptDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import { declaredPlaceholders, placeholderRole, type DeclaredPlaceholders } from '../engine/placeholders';
import { parseDocument } from '../parse';
import { flowOf, isAgentTurn } from '../flow/model';
import { roleFromName } from '../flow/roles';
import { agentLabel, insertAgentLineBefore } from '../flow/speech';
import { hasPackData, packData } from '../packs/ruleData';
import type { LangPack } from '../packs/types';
import type { Fix, Rule, RuleContext } from './types';
import en from '../packs/en/greeting.json';
import es from '../packs/es/greeting.json';
import tr from '../packs/tr/greeting.json';
import idLang from '../packs/id/greeting.json';

// Languages without their own phrase data are skipped: English phrases would misjudge them.
const BY_LANG = { en, es, tr, id: idLang };

interface LeadTrail {
  before: string[];
  after: string[];
}

export interface GreetingData {
  template: string;
  section: string;
  name: LeadTrail;
  company: LeadTrail;
  helpOffer: string[];
  notNames: string[];
}

type Part = 'name' | 'company' | 'helpOffer';
type RoleName = 'agent' | 'company' | 'customer';

const rule: Rule = {
  meta: {
    id: 'greeting',
    description: 'Open the call with your name, the company and an offer of help.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {},
    fixable: true,
    hasSuggestions: true,
    needsLanguagePack: true,
    messages: {
      name: 'The greeting does not say who is speaking: introduce yourself by name ("this is Sam").',
      company: 'The greeting does not name the company: tell the customer who they reached ("Thank you for calling Acme Support").',
      helpOffer: 'The greeting does not offer help: end it with a question such as "How can I help you today?".',
      noAgentTurn: 'The script has no agent turn: start it with a greeting that gives your name, the company and an offer of help.',
      insertGreeting: 'Insert a greeting before the first agent turn',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, BY_LANG)) return;
    const doc = ctx.doc as ScriptDoc;
    const data = packData<GreetingData>(ctx.lang, BY_LANG);
    const decl = declaredPlaceholders(doc, ctx.config);
    const opening = openingTurns(doc);
    const greeting = fillTemplate(data.template, decl, ctx);
    if (opening.length === 0) {
      const firstLine = doc.text.search(/[\r\n]|$/);
      const fix = insertGreeting(doc, data, greeting, ctx.pack.structure.speakers.agent[0]);
      ctx.report({ span: { start: 0, end: firstLine }, messageId: 'noAgentTurn', fix: takesEffect(fix, doc, ctx) ? fix : undefined });
      return;
    }
    const missing = missingParts(doc, opening, data, decl);
    const first = opening[0];
    for (const part of missing) {
      ctx.report({
        span: first.span,
        messageId: part,
        suggestions: [{ ...insertAgentLineBefore(doc, first, greeting, 'Insert a greeting before the first agent turn'), titleId: 'insertGreeting' }],
      });
    }
  },
};

/** The agent's first words: the first agent turn and the agent turns after it until the customer speaks. */
export function openingTurns(doc: ScriptDoc): Turn[] {
  const flow = flowOf(doc);
  const first = flow.steps.find(isAgentTurn);
  if (!first) return [];
  const out: Turn[] = [];
  for (const s of flow.steps.slice(flow.steps.indexOf(first))) {
    if (s.section !== first.section || (s.type === 'turn' && s.role !== 'agent')) break;
    if (isAgentTurn(s) && s.branch === first.branch) out.push(s);
  }
  return out;
}

function missingParts(doc: ScriptDoc, turns: Turn[], data: GreetingData, decl: DeclaredPlaceholders): Part[] {
  const roles = new Set<RoleName | null>();
  for (const p of placeholdersIn(doc, turns)) roles.add(placeholderRole(p.name, decl.roles));
  const notNames = new Set(data.notNames.map(fold));
  const has = { name: roles.has('agent'), company: roles.has('company'), helpOffer: false };
  for (const t of turns) {
    const folded = fold(t.text);
    has.name ||= named(t.text, folded, data.name, 'agent', false, notNames, decl);
    has.company ||= named(t.text, folded, data.company, 'company', true, notNames, decl);
    has.helpOffer ||= matcher(data.helpOffer).testFolded(folded);
  }
  return (['name', 'company', 'helpOffer'] as Part[]).filter((p) => !has[p]);
}

function placeholdersIn(doc: ScriptDoc, turns: Turn[]): Placeholder[] {
  return doc.placeholders.filter((p) => turns.some((t) => p.span.start >= t.textSpan.start && p.span.end <= t.textSpan.end));
}

const AFTER_LEAD = /^[\s,:]*(the\s+)?(?:\{([\p{L}\p{N}_.]+)\}|(\p{Lu}[\p{L}\p{M}'’.&-]*))/u;
const BEFORE_TRAIL = /(?:\{([\p{L}\p{N}_.]+)\}|(\p{Lu}[\p{L}\p{M}'’.&-]*))[\s,]*$/u;

/** Whether a lead phrase is followed by (or a trailing phrase preceded by) a name: a capitalised word or a placeholder of the role. */
function named(text: string, folded: string, phrases: LeadTrail, role: RoleName, allowThe: boolean, notNames: Set<string>, decl: DeclaredPlaceholders): boolean {
  const ok = (placeholder: string | undefined, word: string | undefined) =>
    placeholder !== undefined ? placeholderRole(placeholder, decl.roles) === role : !!word && !notNames.has(fold(word));
  for (const m of matcher(phrases.before).matchFolded(folded)) {
    const a = AFTER_LEAD.exec(text.slice(m.end));
    if (a && (allowThe || !a[1]) && ok(a[2], a[3])) return true;
  }
  for (const m of matcher(phrases.after).matchFolded(folded)) {
    const b = BEFORE_TRAIL.exec(text.slice(0, m.start));
    if (b && ok(b[1], b[2])) return true;
  }
  return false;
}

/** The template with the placeholder names this script declares for each role. */
function fillTemplate(template: string, decl: DeclaredPlaceholders, ctx: RuleContext): string {
  const pick = (role: RoleName) => decl.roles[role].find((n) => decl.names.has(n)) ?? defaultName(ctx.pack, role);
  return template.replace(/\{(agent|company|customer)\}/g, (_, role: RoleName) => `{${pick(role)}}`);
}

function defaultName(pack: LangPack, role: RoleName): string {
  return pack.structure.placeholderRoles[role][0] ?? role;
}

/** Whether the inserted line is read as an agent turn (not swallowed by an unclosed comment or front matter). */
function takesEffect(fix: Fix, doc: ScriptDoc, ctx: RuleContext): boolean {
  const text = doc.text.slice(0, fix.range[0]) + fix.text + doc.text.slice(fix.range[1]);
  const after = parseDocument(text, 'callscript', ctx.config.speakers) as ScriptDoc;
  return after.items.some(isAgentTurn);
}

/**
 * Where a greeting goes in a script without agent turns: into the first section when it is
 * the opening, else as a new opening section before the first section; without
 * sections, right after the title.
 */
function insertGreeting(doc: ScriptDoc, data: GreetingData, greeting: string, label: string): Fix {
  const nl = /\r\n/.test(doc.text) ? '\r\n' : '\n';
  const line = `${agentLabel(doc, label)}: ${greeting}`;
  const headed = doc.sections.find((s) => s.heading);
  if (headed?.heading && roleFromName(headed.heading.text) !== 'opening') {
    const hashes = '#'.repeat(Math.max(2, headed.heading.level));
    return { range: [headed.span.start, headed.span.start], text: `${hashes} ${data.section}${nl}${line}${nl}${nl}` };
  }
  let at = headed ? headed.bodySpan.start : doc.bodyStart;
  if (!headed && doc.title) at = doc.title.span.end;
  const lineEnd = /^[^\r\n]*(\r\n|\r|\n)?/.exec(doc.text.slice(at))!;
  if (!headed && doc.title) at += lineEnd[0].length;
  const prefix = at > 0 && !/[\r\n]$/.test(doc.text.slice(0, at)) ? nl : '';
  return { range: [at, at], text: `${prefix}${line}${nl}` };
}

export default rule;
