// Speaking badly of colleagues, other teams or our own products tells the customer that
// nobody can be trusted, and notes are read by colleagues (and often by the customer).
// Checked everywhere: agent speech, stage notes, headings, internal ticket sections. Not
// in customer turns: a script may show what an upset customer says.
//
// Data: packs/<lang>/no-blame.json
//   {
//     "subjects": ["the last tech", "our billing team", ...],  // who or what is talked about
//     "subjectsCaseSensitive": ["IT"],                          // matched in the original case
//     "predicates": ["messed up", "had no idea", ...],         // judging things said of them
//     "adjectives": ["useless", "incompetent", ...],           // judging words that need a copula
//     "copulas": ["is", "was", ...],                           //   to count: "our billing team is useless",
//     "intensifiers": ["so", "really", "a", ...],              //   "the last tech is really clueless"
//     "phrases": ["..."],                                      // reported wherever they stand
//     "clauseBreaks": ["but", "/[;:]/", ...],                  // a subject and a negative on either side do not pair
//     "maxGap": 6                                              // words allowed between subject and negative
//   }
// A subject and a predicate pair up in the same sentence and clause: subject first with
// at most `maxGap` words between, or the predicate first with at most 2 ("messed up by
// the last tech"). An adjective pairs only when it is said of the subject (subject,
// copula, intensifiers, adjective) or stands right before it, so "refund the useless
// add-on" and "said the old modem is useless" stay quiet, as do neutral facts: "the
// previous agent reset the password".
import type { ParsedDoc } from '../model';
import { phraseSource } from '../engine/phrases';
import { hasPackData, packData } from '../packs/ruleData';
import en from '../packs/en/no-blame.json';
import es from '../packs/es/no-blame.json';
import tr from '../packs/tr/no-blame.json';
import idLang from '../packs/id/no-blame.json';
import type { Rule, TextSegment } from './types';
import { findAll, oneLine, searchable } from './wording/find';
import { countWords, sentenceData, splitSentences } from './wording/sentences';

export interface BlameData {
  subjects: string[];
  subjectsCaseSensitive?: string[];
  predicates: string[];
  adjectives: string[];
  copulas: string[];
  intensifiers: string[];
  phrases: string[];
  clauseBreaks: string[];
  maxGap: number;
}

const DATA: { en: BlameData } & Partial<Record<string, BlameData>> = { en, es, tr, id: idLang };

/** Words allowed between a negative and a subject that follows it. */
const REVERSE_GAP = 2;

const exact = new WeakMap<BlameData, RegExp | null>();
const links = new WeakMap<BlameData, RegExp>();

/** What may stand between a subject and an adjective said of it: " is really ", "'s ". */
function copulaLink(data: BlameData): RegExp {
  let re = links.get(data);
  if (!re) {
    const int = data.intensifiers.map(phraseSource).join('|');
    const cop = data.copulas.map(phraseSource).join('|');
    re = new RegExp(`^\\s*(?:(?:${int})\\s+){0,2}(?:${cop})\\s+(?:(?:${int})\\s+){0,3}$`, 'u');
    links.set(data, re);
  }
  return re;
}

function exactSubjects(data: BlameData): RegExp | null {
  if (!exact.has(data)) {
    const list = data.subjectsCaseSensitive ?? [];
    const esc = list.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    exact.set(data, list.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${esc.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : null);
  }
  return exact.get(data) ?? null;
}

/** Every text of the file a person reads, except customer turns, comments and front matter. */
function segments(doc: ParsedDoc): TextSegment[] {
  const spans: { start: number; end: number }[] = [];
  if (doc.title) spans.push(doc.title.textSpan);
  if (doc.kind === 'callscript') {
    for (const s of doc.sections) if (s.heading) spans.push(s.heading.textSpan);
    for (const item of doc.items) {
      if (item.type === 'turn' && item.role !== 'customer') spans.push(item.textSpan);
      else if (item.type === 'stage') spans.push(item.span);
      else if (item.type === 'branch') spans.push(item.labelSpan);
      else if (item.type === 'directive') spans.push(item.argsSpan);
    }
  } else {
    for (const s of doc.sections) {
      if (s.heading) spans.push(s.heading.textSpan);
      spans.push(s.bodySpan);
    }
  }
  return spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, text: doc.masked.slice(s.start, s.end) }));
}

interface Hit {
  start: number;
  end: number;
}

const rule: Rule = {
  meta: {
    id: 'no-blame',
    description: 'Do not speak badly of colleagues, other teams, the company or its products.',
    appliesTo: ['callscript', 'ticket'],
    scope: 'everywhere',
    defaultSeverity: 'warning',
    options: {},
    fixable: false,
    needsLanguagePack: true,
    messages: {
      blame: '"{text}" speaks badly of a colleague, team or product: write what happened and what was done, without judging.',
    },
  },
  check(ctx) {
    if (!hasPackData(ctx.lang, DATA)) return;
    const data = packData(ctx.lang, DATA);
    const sentences = sentenceData(ctx.lang);
    const caseSensitive = exactSubjects(data);
    for (const seg of segments(ctx.doc)) {
      for (const sentence of splitSentences(seg.text, sentences)) {
        const text = seg.text.slice(sentence.start, sentence.end);
        const folded = searchable(text);
        const report = (start: number, end: number) =>
          ctx.report({
            span: { start: seg.start + sentence.start + start, end: seg.start + sentence.start + end },
            messageId: 'blame',
            data: { text: oneLine(text.slice(start, end)) },
          });

        const reported: Hit[] = [];
        for (const p of findAll(folded, data.phrases)) {
          reported.push(p);
          report(p.start, p.end);
        }
        const predicates = findAll(folded, data.predicates);
        const adjectives = findAll(folded, data.adjectives).filter((a) => !predicates.some((p) => a.start < p.end && a.end > p.start));
        if (predicates.length === 0 && adjectives.length === 0) continue;
        const subjects: Hit[] = findAll(folded, data.subjects);
        if (caseSensitive) {
          caseSensitive.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = caseSensitive.exec(text))) subjects.push({ start: m.index, end: m.index + m[0].length });
        }
        const breaks = findAll(folded, data.clauseBreaks);
        const link = copulaLink(data);
        const sameClause = (a: number, b: number) => !breaks.some((k) => k.start >= a && k.end <= b);
        const pairs = (s: Hit, n: Hit, adjective: boolean): boolean => {
          if (s.end <= n.start) {
            const between = folded.slice(s.end, n.start);
            return adjective ? link.test(between) : countWords(between) <= data.maxGap && sameClause(s.end, n.start);
          }
          const between = folded.slice(n.end, s.start);
          return adjective ? /^\s+$/.test(between) : countWords(between) <= Math.min(REVERSE_GAP, data.maxGap) && sameClause(n.end, s.start);
        };

        const negatives = [...predicates.map((n) => ({ ...n, adjective: false })), ...adjectives.map((n) => ({ ...n, adjective: true }))].sort((a, b) => a.start - b.start);
        for (const n of negatives) {
          if (reported.some((r) => n.start < r.end && n.end > r.start)) continue;
          let best: Hit | null = null;
          let bestDistance = Infinity;
          for (const s of subjects) {
            if (s.start < n.end && s.end > n.start) continue;
            const ok = pairs(s, n, n.adjective);
            const distance = s.end <= n.start ? n.start - s.end : s.start - n.end;
            if (ok && distance < bestDistance) {
              best = s;
              bestDistance = distance;
            }
          }
          if (!best) continue;
          const hit = { start: Math.min(best.start, n.start), end: Math.max(best.end, n.end) };
          if (reported.some((r) => hit.start < r.end && hit.end > r.start)) continue;
          reported.push(hit);
          report(hit.start, hit.end);
        }
      }
    }
  },
};

export default rule;
