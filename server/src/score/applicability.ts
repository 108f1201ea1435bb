// When a rule has something to check in a file. A rule whose subject is absent (no hold
// in the script: announced-hold) is left out of the possible score instead of counting
// as passed, so a script earns no credit for a hold it never makes. Kept here, keyed by
// rule id, so scoring needs nothing from the rule files; a rule not listed always applies.
import type { FileKind, ParsedDoc, ScriptDoc, TicketDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import honestUnknownEn from '../packs/en/honest-unknown.json';

export interface Applicability {
  applies(doc: ParsedDoc, lang: string): boolean;
  /** Says what is missing when it does not apply (by file kind where that differs). */
  reason: string | Record<FileKind, string>;
}

const agentTurns = (doc: ParsedDoc): Turn[] =>
  doc.kind === 'callscript' ? doc.items.filter((i): i is Turn => i.type === 'turn' && i.role === 'agent' && i.text.trim() !== '') : [];

const hasDirective = (doc: ParsedDoc, kind: 'hold' | 'transfer'): boolean =>
  doc.kind === 'callscript' && doc.items.some((i) => i.type === 'directive' && i.kind === kind);

const status = (doc: ParsedDoc): string | null => {
  const s = (doc as TicketDoc).frontMatter?.data.status;
  return typeof s === 'string' ? s.trim().toLowerCase() : null;
};

/** Agent turns in scripts; a non-empty Customer summary in notes. */
const hasAgentSpeech = (doc: ParsedDoc): boolean =>
  doc.kind === 'callscript' ? agentTurns(doc).length > 0 : doc.sections.some((s) => s.id === 'customerSummary' && !s.empty);

const ADMIT: Record<string, { admit: string[]; notAdmit: string[] }> = { en: honestUnknownEn };

function admitsNotKnowing(doc: ParsedDoc, lang: string): boolean {
  const data = ADMIT[lang];
  if (!data) return false;
  return agentTurns(doc).some((t) => {
    const f = fold(t.text);
    const not = matcher(data.notAdmit).matchFolded(f);
    return matcher(data.admit)
      .matchFolded(f)
      .some((m) => !not.some((x) => x.start < m.end && m.start < x.end));
  });
}

const speech: Applicability = { applies: hasAgentSpeech, reason: { callscript: 'no agent turn', ticket: 'no Customer summary in the note' } };

export const APPLICABILITY: Record<string, Applicability> = {
  'announced-hold': { applies: (d) => hasDirective(d, 'hold'), reason: 'no hold in the script' },
  'transfer-consent': { applies: (d) => hasDirective(d, 'transfer'), reason: 'no transfer in the script' },
  'honest-unknown': { applies: admitsNotKnowing, reason: 'the agent never says they do not know' },
  'closed-questions': { applies: (d) => agentTurns(d).some((t) => t.text.includes('?')), reason: 'the agent asks no question' },
  paraphrase: { applies: (d) => agentTurns(d).length > 0, reason: 'no agent turn' },
  'unknown-placeholder': { applies: (d) => (d as ScriptDoc).placeholders?.length > 0, reason: 'no {placeholder} in the script' },
  'follow-up-plan': { applies: (d) => ['pending', 'escalated'].includes(status(d) ?? ''), reason: 'the note is not pending or escalated' },
  escalation: { applies: (d) => status(d) === 'escalated', reason: 'the note is not escalated' },
  'no-jargon': speech,
  'no-slang': speech,
  'no-minimizing': speech,
  'positive-tone': speech,
  'sentence-length': speech,
};
