// A case that waits on someone is only safe when the note says who calls whom, how and
// when; and a follow-up date that has passed on an open case is a customer left waiting.
import type { TicketDoc } from '../model';
import { frontMatterEntry, isIsoDate, isBlankValue, OPEN_STATUSES, STATUSES, ticketStatus, type TicketStatus } from './ticket/note';
import type { Rule } from './types';

interface Options {
  statuses: TicketStatus[];
}

const PLAN = [
  ['followUp', 'missingFollowUp'],
  ['contact', 'missingContact'],
  ['owner', 'missingOwner'],
] as const;

const rule: Rule<Options> = {
  meta: {
    id: 'follow-up-plan',
    description: 'Pending and escalated case notes say when the customer hears from us next (followUp), how (contact) and who does it (owner); an open case with a follow-up date in the past is overdue.',
    appliesTo: ['ticket'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {
      statuses: {
        type: 'array',
        items: { type: 'string', enum: [...STATUSES] },
        default: ['pending', 'escalated'],
        description: 'Statuses whose notes need followUp, contact and owner.',
      },
    },
    fixable: false,
    needsLanguagePack: false,
    messages: {
      missingFollowUp: 'A {status} case note needs `followUp`: the date the customer will hear from us next, written YYYY-MM-DD.',
      missingContact: 'A {status} case note needs `contact`: how the customer wants to be reached (phone, email, chat).',
      missingOwner: 'A {status} case note needs `owner`: the person who will follow up with the customer.',
      overdue: 'The follow-up date {followUp} has passed (today is {today}): contact the customer, then set the next followUp or update the status.',
    },
  },
  check(ctx) {
    const doc = ctx.doc as TicketDoc;
    const st = ticketStatus(doc);
    if (!st) return;
    if ((ctx.options.statuses ?? []).includes(st.status)) {
      for (const [key, messageId] of PLAN) {
        const e = frontMatterEntry(doc, key);
        if (!e) ctx.report({ span: st.span, messageId, data: { status: st.status } });
        else if (isBlankValue(e.value)) ctx.report({ span: e.keySpan, messageId, data: { status: st.status } });
      }
    }
    const follow = frontMatterEntry(doc, 'followUp');
    // An invalid date is ticket-front-matter's to report; "today" comes from the injectable clock.
    if (follow && OPEN_STATUSES.includes(st.status) && isIsoDate(follow.value) && follow.value < ctx.today) {
      ctx.report({ span: follow.valueSpan, messageId: 'overdue', data: { followUp: follow.value, today: ctx.today } });
    }
  },
};

export default rule;
