// Customers are not technicians: technical terms and unexplained acronyms in agent
// speech are reported with a plain-language alternative.
import type { GlossaryEntry } from '../packs/types';
import { fold } from '../engine/fold';
import { PhraseMatcher } from '../engine/phrases';
import type { Rule, RuleContext } from './types';
import en from '../packs/en/no-jargon.json';

/**
 * packs/<lang>/no-jargon.json: `determiners` that may stand before a term and `articles`
 * a plain alternative may start with, so "your DNS" becomes "your service that finds
 * websites by name", not "your the service ...". Optional per language.
 */
interface Grammar {
  determiners: string[];
  articles: string[];
}
const GRAMMAR: Partial<Record<string, Grammar>> = { en };

interface Options {
  allow: string[];
  terms: Record<string, string>;
}

interface Glossary {
  matcher: PhraseMatcher;
  /** Allowed terms: their words are never reported, not even the jargon inside them. */
  allowed: PhraseMatcher;
  /** Phrase index -> entry. */
  entries: GlossaryEntry[];
  caseSensitive: { re: RegExp; entry: GlossaryEntry }[];
  known: Set<string>;
}

const glossaries = new WeakMap<object, Map<string, Glossary>>();

function glossaryFor(ctx: RuleContext<Options>): Glossary {
  let perPack = glossaries.get(ctx.pack);
  if (!perPack) glossaries.set(ctx.pack, (perPack = new Map()));
  const key = JSON.stringify([ctx.options.terms ?? {}, ctx.options.allow ?? []]);
  let g = perPack.get(key);
  if (g) return g;
  const allow = new Set((ctx.options.allow ?? []).map(fold));
  const entries: GlossaryEntry[] = [
    ...Object.entries(ctx.options.terms ?? {}).map(([term, plain]) => ({ term, plain: String(plain) })),
    ...ctx.pack.jargon,
  ];
  const phrases: string[] = [];
  const phraseEntries: GlossaryEntry[] = [];
  const caseSensitive: Glossary['caseSensitive'] = [];
  const known = new Set<string>();
  const seen = new Set<string>();
  for (const e of entries) {
    for (const form of [e.term, ...(e.aliases ?? [])]) {
      const f = fold(form);
      known.add(f);
      if (allow.has(f) || allow.has(fold(e.term)) || seen.has(f)) continue;
      seen.add(f);
      if (e.caseSensitive) {
        const esc = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        caseSensitive.push({ re: new RegExp(`(?<![\\p{L}\\p{N}_])${esc}(?![\\p{L}\\p{N}_])`, 'gu'), entry: e });
      } else {
        phrases.push(form);
        phraseEntries.push(e);
      }
    }
  }
  for (const a of allow) known.add(a);
  g = { matcher: new PhraseMatcher(phrases), allowed: new PhraseMatcher(ctx.options.allow ?? []), entries: phraseEntries, caseSensitive, known };
  perPack.set(key, g);
  return g;
}

const ACRONYM = /(?<![\p{L}\p{N}_{])([A-Z]{2,6})(s?)(?![\p{L}\p{N}_}])/gu;
// "Domain Name System (DNS)" or "DNS (Domain Name System)". Found from the cheap part
// (the bracketed or bracketing acronym) outwards, so long documents stay fast.
const BRACKETED = /\(([A-Z]{2,6})s?\)/g;
const BEFORE_BRACKET = /(?<![\p{L}])([A-Z]{2,6})s?\s+\(/gu;
const WORDS_BEFORE = /[\p{L}][\p{L}-]*\s+$/u;
const WORDS_INSIDE = /^(?:[\p{L}][\p{L}-]*\s*){2,}\)/u;

/** Acronyms explained in the file, with the offset after which they count as known. */
function expansions(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (acr: string, at: number) => {
    const cur = out.get(acr);
    if (cur === undefined || at < cur) out.set(acr, at);
  };
  BRACKETED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED.exec(text))) {
    if (WORDS_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) add(m[1], m.index);
  }
  BEFORE_BRACKET.lastIndex = 0;
  while ((m = BEFORE_BRACKET.exec(text))) {
    const after = m.index + m[0].length;
    if (WORDS_INSIDE.test(text.slice(after, after + 160))) add(m[1], m.index);
  }
  return out;
}

function matchCase(original: string, plain: string): string {
  return /^\p{Lu}\p{Ll}/u.test(original) && /^\p{Ll}/u.test(plain) ? plain[0].toUpperCase() + plain.slice(1) : plain;
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-jargon',
    description: 'Say technical terms and acronyms in plain language the customer understands.',
    appliesTo: ['callscript', 'ticket'],
    scope: 'agent-speech',
    defaultSeverity: 'warning',
    options: {
      allow: { type: 'array', items: { type: 'string' }, default: [], description: 'Terms and acronyms never reported.' },
      terms: {
        type: 'object',
        additionalProperties: { type: 'string' },
        default: {},
        description: 'Extra jargon: term -> plain-language alternative.',
      },
    },
    fixable: true,
    needsLanguagePack: true,
    messages: {
      jargon: '"{term}" is jargon: say "{plain}" instead.',
      acronym: '"{term}" is an unexplained acronym: say what it stands for, or use plain words.',
    },
  },
  check(ctx) {
    const g = glossaryFor(ctx);
    const allowCaps = new Set([...ctx.pack.acronymAllow, ...(ctx.options.allow ?? [])].map((s) => s.toUpperCase()));
    const explained = expansions(ctx.doc.masked);
    // "DNS server" after "Domain Name System (DNS)" is explained too: its first word is.
    const isExplained = (term: string, at: number) => {
      for (const key of [term.toUpperCase(), term.split(/\s+/)[0].toUpperCase()]) {
        const e = explained.get(key);
        if (e !== undefined && e < at) return true;
      }
      return false;
    };
    for (const seg of ctx.agentSpeech()) {
      const text = seg.text.replace(/\{[^}\n]*\}/g, (m) => ' '.repeat(m.length));
      const taken: [number, number][] = [];
      for (const m of g.allowed.match(text)) taken.push([m.start, m.end]);
      const reportTerm = (start: number, end: number, entry: GlossaryEntry) => {
        if (overlaps(taken, start, end)) return;
        const original = seg.text.slice(start, end);
        taken.push([start, end]);
        if (isExplained(original, seg.start + start)) return;
        const abs = seg.start + start;
        const plain = fitAfter(text.slice(Math.max(0, start - 20), start), entry.plain, GRAMMAR[ctx.lang]);
        ctx.report({
          span: { start: abs, end: seg.start + end },
          messageId: 'jargon',
          data: { term: original, plain: entry.plain },
          fix: { range: [abs, seg.start + end], text: matchCase(original, plain) },
        });
      };
      for (const m of g.matcher.match(text)) reportTerm(m.start, m.end, g.entries[m.index]);
      for (const { re, entry } of g.caseSensitive) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          reportTerm(m.index, m.index + m[0].length, entry);
        }
      }
      for (const [a, b] of shoutingRuns(text)) taken.push([a, b]);
      ACRONYM.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ACRONYM.exec(text))) {
        const acr = m[1];
        const start = m.index;
        const end = start + m[0].length;
        if (overlaps(taken, start, end) || allowCaps.has(acr) || allowCaps.has(m[0]) || g.known.has(fold(acr))) continue;
        if (isExplained(acr, seg.start + start) || explained.get(acr) === seg.start + start) continue;
        if (expandedHere(text, start, end)) continue;
        ctx.report({ span: { start: seg.start + start, end: seg.start + end }, messageId: 'acronym', data: { term: m[0] } });
      }
    }
  },
};

/** Drops the plain alternative's article when the term already has a determiner before it. */
function fitAfter(before: string, plain: string, grammar: Grammar | undefined): string {
  if (!grammar) return plain;
  const last = /([\p{L}]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (!last || !grammar.determiners.includes(last)) return plain;
  const first = /^([\p{L}]+)\s+/u.exec(plain);
  return first && grammar.articles.includes(first[1].toLowerCase()) ? plain.slice(first[0].length) : plain;
}

function overlaps(taken: [number, number][], s: number, e: number): boolean {
  return taken.some(([a, b]) => s < b && e > a);
}

/** The acronym is itself being explained at this spot. */
function expandedHere(text: string, start: number, end: number): boolean {
  return /^s?\s+\((?:[\p{L}][\p{L}-]*\s*){2,}\)/u.test(text.slice(end)) || /\(\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\)/.test(text.slice(end));
}

const SHOUTING = /(?<![\p{L}\p{N}])[A-Z]{2,}(?:[\s,.!?']+[A-Z]{1,}(?![\p{Ll}\p{N}])){2,}/gu;

/** Runs of three or more capitalised words are emphasis, not acronyms. */
function shoutingRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  SHOUTING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHOUTING.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

export default rule;
