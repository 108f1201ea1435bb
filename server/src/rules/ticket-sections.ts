// A case note is handed over and read later: it must say what was reported and what was
// tried, and, once the case is finished, why it happened, what fixed it and how we know.
import type { TicketDoc, TicketSectionId } from '../model';
import type { Rule } from './types';
import {
  firstLine,
  hasContent,
  headingLanguage,
  headingText,
  insertSectionFix,
  SECTION_NAMES,
  SECTION_ORDER,
  sectionsWithId,
  STATUSES,
  ticketStatus,
  type TicketStatus,
} from './ticket/note';

interface Options {
  /** Extra required sections: `all` (every note) or a status -> section ids. */
  require: Partial<Record<'all' | TicketStatus, TicketSectionId[]>>;
}

const ALWAYS: TicketSectionId[] = ['symptom', 'steps'];
const BY_STATUS: Record<TicketStatus, TicketSectionId[]> = {
  open: [],
  pending: ['nextSteps'],
  escalated: ['nextSteps'],
  resolved: ['cause', 'resolution', 'verification'],
  closed: ['cause', 'resolution', 'verification'],
};

/** What to write in each section, completing "write ..." in messages. */
const WHAT: Record<TicketSectionId, string> = {
  symptom: 'what the customer reported and since when',
  steps: 'what you checked and tried, and what happened',
  cause: 'what caused the problem',
  resolution: 'what fixed it',
  verification: 'how you and the customer confirmed that it works',
  nextSteps: 'what happens next, who does it and by when',
  escalation: 'why the case was escalated and what the next team should do',
  customerSummary: 'what we did and what happens next, in plain words for the customer',
};

const sectionList = { type: 'array' as const, items: { type: 'string' as const, enum: [...SECTION_ORDER] } };

const rule: Rule<Options> = {
  meta: {
    id: 'ticket-sections',
    description: 'Case notes have the sections their status needs: Symptom and Steps taken always; Cause, Resolution and Verification once resolved; Next steps while pending or escalated.',
    appliesTo: ['ticket'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {
      require: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries([['all', sectionList], ...STATUSES.map((s) => [s, sectionList])]),
        default: {},
        description: 'More required sections, for every note (`all`) or by status, e.g. `{ resolved: [customerSummary] }`.',
      },
    },
    fixable: true,
    needsLanguagePack: false,
    messages: {
      missingAlways: 'Every case note needs a {section} section: add `{heading}` and write {what}.',
      missingForStatus: 'A {status} case note needs a {section} section: add `{heading}` and write {what}.',
      emptyAlways: 'The {section} section has nothing written yet: write {what}.',
      emptyForStatus: 'The {section} section has nothing written yet, but a {status} case note needs it: write {what}.',
    },
  },
  check(ctx) {
    const doc = ctx.doc as TicketDoc;
    const st = ticketStatus(doc);
    const extra = ctx.options.require ?? {};
    const always = new Set<TicketSectionId>([...ALWAYS, ...(extra.all ?? [])]);
    const required = new Set<TicketSectionId>(always);
    if (st) for (const id of [...BY_STATUS[st.status], ...(extra[st.status] ?? [])]) required.add(id);
    const at = st?.span ?? firstLine(doc);
    let lang: string | null = null;
    for (const id of SECTION_ORDER) {
      if (!required.has(id)) continue;
      const found = sectionsWithId(doc, id);
      const forStatus: Record<string, string> = !always.has(id) && st ? { status: st.status } : {};
      const suffix = always.has(id) || !st ? 'Always' : 'ForStatus';
      if (found.length === 0) {
        lang ??= headingLanguage(doc, ctx.lang);
        ctx.report({
          span: at,
          messageId: `missing${suffix}`,
          data: { section: SECTION_NAMES[id], heading: headingText(doc, lang, id), what: WHAT[id], ...forStatus },
          fix: insertSectionFix(doc, lang, id),
        });
      } else if (!found.some((s) => hasContent(doc, s))) {
        const h = found[0].heading!;
        ctx.report({ span: h.span, messageId: `empty${suffix}`, data: { section: h.text.replace(/[\s:]+$/u, ''), what: WHAT[id], ...forStatus } });
      }
    }
  },
};

export default rule;
