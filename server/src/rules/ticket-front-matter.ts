// Case notes carry their facts in front matter: the sidebar, reports and follow-up
// rules all read it, so it must be present and well-typed.
import type { FrontMatterEntry, Span, TicketDoc } from '../model';
import { closest, editDistance } from '../engine/closest';
import { isBlankValue, isIsoDate, STATUSES } from './ticket/note';
import type { Rule, RuleContext } from './types';

export { isIsoDate, STATUSES } from './ticket/note';

const REQUIRED = ['case', 'status', 'opened'];
const KNOWN = ['case', 'status', 'opened', 'tier', 'customer', 'owner', 'contact', 'followUp', 'lang'];
const TEXT_KEYS = ['customer', 'owner', 'contact', 'lang'];
const LANG_CODE = /^[a-z]{2,3}(-[a-z]{2})?$/i;
const DAY_MS = 86_400_000;

const HINTS: Record<string, string> = {
  case: 'the case id, e.g. CASE-1042',
  status: 'one of open, pending, escalated, resolved, closed',
  opened: 'the date the case was opened, YYYY-MM-DD',
};

const rule: Rule = {
  meta: {
    id: 'ticket-front-matter',
    description: 'Case notes start with valid front matter: case, status and opened date, with well-formed optional keys.',
    appliesTo: ['ticket'],
    scope: 'structure',
    defaultSeverity: 'error',
    options: {},
    fixable: true,
    hasSuggestions: true,
    needsLanguagePack: false,
    messages: {
      missingFrontMatter: 'Case note has no front matter: start it with `---`, then case, status and opened, then `---`.',
      missingKey: 'Front matter is missing `{key}` ({hint}).',
      misspelledKey: '`{key}` is not a known key: did you mean `{suggestion}`?',
      emptyValue: '`{key}` is empty: {hint}.',
      badStatus: 'status "{value}" is not known: use one of open, pending, escalated, resolved, closed.',
      badStatusHint: 'status "{value}" is not known: did you mean "{suggestion}"?',
      statusCase: 'status is written in lower case: "{suggestion}".',
      badDate: '`{key}` must be a date written YYYY-MM-DD, like 2026-11-20.',
      badTier: 'tier must be 1, 2 or 3.',
      notText: '`{key}` must be text.',
      badLang: 'lang must be a language code such as en, es, tr or id.',
      followUpBeforeOpened: 'followUp ({followUp}) is before the date the case was opened ({opened}).',
      openedInFuture: 'opened ({opened}) is after today ({today}): check the date.',
      insertFrontMatter: 'Insert front matter',
      renameKey: 'Rename to `{suggestion}`',
      changeStatus: 'Change status to "{suggestion}"',
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
            titleId: 'insertFrontMatter',
            fix: { range: [0, 0], text: `---\ncase: CASE-\nstatus: open\nopened: ${ctx.today}\n---\n` },
          },
        ],
      });
      return;
    }
    const entries = new Map<string, FrontMatterEntry>();
    for (const e of fm.entries) entries.set(e.key, e);
    const fence: Span = { start: fm.span.start, end: fm.span.start + 3 };

    // A misspelled known key (Status, followup, follow_up) is reported once, at itself,
    // instead of as a missing key at the fence.
    const misspelled = new Set<string>();
    for (const e of fm.entries) {
      if (KNOWN.includes(e.key)) continue;
      const suggestion = misspellingOf(e.key);
      if (!suggestion || entries.has(suggestion) || misspelled.has(suggestion)) continue;
      misspelled.add(suggestion);
      ctx.report({
        span: e.keySpan,
        messageId: 'misspelledKey',
        data: { key: e.key, suggestion },
        suggestions: [{ title: `Rename to \`${suggestion}\``, titleId: 'renameKey', data: { suggestion }, fix: { range: [e.keySpan.start, e.keySpan.end], text: suggestion } }],
      });
    }

    for (const key of REQUIRED) {
      const e = entries.get(key);
      if (!e) {
        if (!misspelled.has(key)) ctx.report({ span: fence, messageId: 'missingKey', data: { key, hint: HINTS[key] } });
      } else if (isBlankValue(e.value)) {
        ctx.report({ span: e.keySpan, messageId: 'emptyValue', data: { key, hint: `write ${HINTS[key]}` } });
        entries.delete(key);
      }
    }

    const status = entries.get('status');
    if (status) checkStatus(status, ctx.report);

    for (const key of ['opened', 'followUp']) {
      const e = entries.get(key);
      if (e && !isBlankValue(e.value) && !isIsoDate(e.value)) ctx.report({ span: e.valueSpan, messageId: 'badDate', data: { key } });
    }
    const tier = entries.get('tier');
    if (tier && tier.value !== null && !(typeof tier.value === 'number' && [1, 2, 3].includes(tier.value))) {
      ctx.report({ span: tier.valueSpan, messageId: 'badTier' });
    }
    for (const key of TEXT_KEYS) {
      const e = entries.get(key);
      if (e && e.value !== null && typeof e.value !== 'string') ctx.report({ span: e.valueSpan, messageId: 'notText', data: { key } });
    }
    const lang = entries.get('lang');
    if (lang && typeof lang.value === 'string' && lang.value.trim() !== '' && !LANG_CODE.test(lang.value.trim())) {
      ctx.report({ span: lang.valueSpan, messageId: 'badLang' });
    }

    const opened = entries.get('opened');
    const follow = entries.get('followUp');
    if (opened && follow && isIsoDate(opened.value) && isIsoDate(follow.value) && follow.value < opened.value) {
      ctx.report({ span: follow.valueSpan, messageId: 'followUpBeforeOpened', data: { followUp: follow.value, opened: opened.value } });
    }
    // One day of slack: "today" is UTC, and a note written east of UTC may be dated tomorrow.
    if (opened && isIsoDate(opened.value) && isIsoDate(ctx.today) && Date.parse(opened.value) - Date.parse(ctx.today) > DAY_MS) {
      ctx.report({ span: opened.valueSpan, messageId: 'openedInFuture', data: { opened: opened.value, today: ctx.today } });
    }
  },
};

function checkStatus(status: FrontMatterEntry, report: RuleContext['report']): void {
  const v = typeof status.value === 'string' ? status.value.trim() : String(status.value);
  if (typeof status.value === 'string' && STATUSES.includes(v as (typeof STATUSES)[number])) return;
  const range: [number, number] = [status.valueSpan.start, status.valueSpan.end];
  const lower = v.toLowerCase();
  if (typeof status.value === 'string' && STATUSES.includes(lower as (typeof STATUSES)[number])) {
    // Only the case differs: the meaning is certain, so this is a fix, not a guess.
    report({ span: status.valueSpan, messageId: 'statusCase', data: { value: v, suggestion: lower }, fix: { range, text: lower } });
    return;
  }
  const suggestion = typeof status.value === 'string' ? closest(v, STATUSES) : null;
  report({
    span: status.valueSpan,
    messageId: suggestion ? 'badStatusHint' : 'badStatus',
    data: { value: v, suggestion: suggestion ?? '' },
    suggestions: suggestion ? [{ title: `Change status to "${suggestion}"`, titleId: 'changeStatus', data: { suggestion }, fix: { range, text: suggestion } }] : undefined,
  });
}

/** The known key an unknown key was probably meant to be: same letters ignoring case and separators, or one typo away. */
function misspellingOf(key: string): string | null {
  const norm = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
  const k = norm(key);
  for (const known of KNOWN) if (norm(known) === k) return known;
  if (k.length < 4) return null;
  for (const known of KNOWN) if (editDistance(k, norm(known)) === 1) return known;
  return null;
}

export default rule;
