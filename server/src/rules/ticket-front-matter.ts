// Case notes carry their facts in front matter: the sidebar, reports and follow-up
// rules all read it, so it must be present and well-typed.
import type { FrontMatterEntry, Span, TicketDoc } from '../model';
import { closest } from '../engine/closest';
import type { Rule } from './types';

export const STATUSES = ['open', 'pending', 'escalated', 'resolved', 'closed'];
const REQUIRED = ['case', 'status', 'opened'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const rule: Rule = {
  meta: {
    id: 'ticket-front-matter',
    description: 'Case notes start with valid front matter: case, status and opened date, with well-formed optional keys.',
    appliesTo: ['ticket'],
    scope: 'structure',
    defaultSeverity: 'error',
    options: {},
    fixable: false,
    hasSuggestions: true,
    needsLanguagePack: false,
    messages: {
      missingFrontMatter: 'Case note has no front matter: start it with `---`, then case, status and opened, then `---`.',
      missingKey: 'Front matter is missing `{key}` ({hint}).',
      emptyValue: '`{key}` is empty: {hint}.',
      badStatus: 'status "{value}" is not known: use one of open, pending, escalated, resolved, closed.',
      badStatusHint: 'status "{value}" is not known: did you mean "{suggestion}"?',
      badDate: '`{key}` must be a date written YYYY-MM-DD, like 2026-11-20.',
      badTier: 'tier must be 1, 2 or 3.',
      notText: '`{key}` must be text.',
      followUpBeforeOpened: 'followUp ({followUp}) is before the date the case was opened ({opened}).',
    },
  },
  check(ctx) {
    const doc = ctx.doc as TicketDoc;
    const fm = doc.frontMatter;
    if (!fm) {
      const eol = doc.text.search(/\r?\n|$/);
      ctx.report({
        span: { start: 0, end: eol },
        messageId: 'missingFrontMatter',
        suggestions: [
          {
            title: 'Insert front matter',
            fix: { range: [0, 0], text: `---\ncase: CASE-\nstatus: open\nopened: ${ctx.today}\n---\n` },
          },
        ],
      });
      return;
    }
    const entries = new Map<string, FrontMatterEntry>();
    for (const e of fm.entries) entries.set(e.key, e);
    const fence: Span = { start: fm.span.start, end: fm.span.start + 3 };
    const HINTS: Record<string, string> = {
      case: 'the case id, e.g. CASE-1042',
      status: 'one of open, pending, escalated, resolved, closed',
      opened: 'the date the case was opened, YYYY-MM-DD',
    };
    for (const key of REQUIRED) {
      const e = entries.get(key);
      if (!e) ctx.report({ span: fence, messageId: 'missingKey', data: { key, hint: HINTS[key] } });
      else if (e.value === null || (typeof e.value === 'string' && e.value.trim() === '')) {
        ctx.report({ span: e.keySpan, messageId: 'emptyValue', data: { key, hint: `write ${HINTS[key]}` } });
        entries.delete(key);
      }
    }
    const status = entries.get('status');
    if (status) {
      const v = String(status.value);
      if (!STATUSES.includes(v)) {
        const suggestion = closest(v, STATUSES);
        ctx.report({
          span: status.valueSpan,
          messageId: suggestion ? 'badStatusHint' : 'badStatus',
          data: { value: v, suggestion: suggestion ?? '' },
          suggestions: suggestion
            ? [{ title: `Change status to "${suggestion}"`, fix: { range: [status.valueSpan.start, status.valueSpan.end], text: suggestion } }]
            : undefined,
        });
      }
    }
    for (const key of ['opened', 'followUp']) {
      const e = entries.get(key);
      if (e && e.value !== null && !isIsoDate(e.value)) ctx.report({ span: e.valueSpan, messageId: 'badDate', data: { key } });
    }
    const tier = entries.get('tier');
    if (tier && tier.value !== null && !(typeof tier.value === 'number' && [1, 2, 3].includes(tier.value))) {
      ctx.report({ span: tier.valueSpan, messageId: 'badTier' });
    }
    for (const key of ['customer', 'owner', 'contact', 'lang']) {
      const e = entries.get(key);
      if (e && e.value !== null && typeof e.value !== 'string') ctx.report({ span: e.valueSpan, messageId: 'notText', data: { key } });
    }
    const opened = entries.get('opened');
    const follow = entries.get('followUp');
    if (opened && follow && isIsoDate(opened.value) && isIsoDate(follow.value) && follow.value < opened.value) {
      ctx.report({ span: follow.valueSpan, messageId: 'followUpBeforeOpened', data: { followUp: follow.value, opened: opened.value } });
    }
  },
};

export default rule;
