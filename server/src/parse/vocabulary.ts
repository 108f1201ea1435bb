// The structural words every parser recognises: speaker labels and directive keywords of
// all supported languages (a Spanish script may be linted with an English default), plus
// speakers configured by the team.
import type { DirectiveKind, TicketSectionId } from '../model';
import { allPacks } from '../packs';
import { fold } from '../engine/fold';

export interface Vocabulary {
  agent: Set<string>;
  customer: Set<string>;
  directives: Map<string, DirectiveKind>;
  ticketSections: Map<string, TicketSectionId>;
}

let base: Vocabulary | null = null;

function baseVocabulary(): Vocabulary {
  if (base) return base;
  const v: Vocabulary = { agent: new Set(), customer: new Set(), directives: new Map(), ticketSections: new Map() };
  for (const p of allPacks()) {
    for (const s of p.structure.speakers.agent) v.agent.add(fold(s));
    for (const s of p.structure.speakers.customer) v.customer.add(fold(s));
    for (const [kind, words] of Object.entries(p.structure.directives)) {
      for (const w of words) v.directives.set(fold(w), kind as DirectiveKind);
    }
    for (const [id, names] of Object.entries(p.structure.ticketSections)) {
      for (const n of names) v.ticketSections.set(normaliseHeading(n), id as TicketSectionId);
    }
  }
  base = v;
  return v;
}

const cache = new Map<string, Vocabulary>();

export function vocabulary(speakers?: { agent: string[]; customer: string[] }): Vocabulary {
  const b = baseVocabulary();
  if (!speakers || (speakers.agent.length === 0 && speakers.customer.length === 0)) return b;
  const key = JSON.stringify(speakers);
  let v = cache.get(key);
  if (!v) {
    v = {
      agent: new Set([...b.agent, ...speakers.agent.map(fold)]),
      customer: new Set([...b.customer, ...speakers.customer.map(fold)]),
      directives: b.directives,
      ticketSections: b.ticketSections,
    };
    cache.set(key, v);
  }
  return v;
}

/** Heading text as compared with section names: folded, trailing colon and spaces removed. */
export function normaliseHeading(s: string): string {
  return fold(s).replace(/[\s:.]+$/u, '').replace(/\s+/gu, ' ').trim();
}
