// Every hold is announced: why, may I, how long; and the customer is thanked after it.
import type { Directive, ScriptDoc, Turn } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import type { LangPack } from '../packs/types';
import { itemsBefore, nextAgentTurn } from './scriptPaths';
import type { Rule, Suggestion } from './types';

interface Options {
  maxHoldMinutes: number;
}

const rule: Rule<Options> = {
  meta: {
    id: 'announced-hold',
    description: 'Announce every hold: the reason, a permission question and how long it takes; thank the customer afterwards.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {
      maxHoldMinutes: {
        type: 'number',
        minimum: 0,
        default: 3,
        description: 'Longer stated holds also need a check-back (a [callback] or an offer to come back with an update).',
      },
    },
    fixable: false,
    hasSuggestions: true,
    needsLanguagePack: true,
    messages: {
      noReason: 'Hold is not announced: tell the customer why you need to put them on hold.',
      noPermission: 'Hold is not announced: ask the customer for permission ("May I put you on hold?").',
      noDuration: 'Hold is not announced: say how long the customer will wait ("about two minutes").',
      noThanks: 'After the hold, thank the customer for waiting ("Thank you for waiting").',
      noCheckBack: 'A hold of {minutes} minutes is longer than {max}: offer to check back with an update or to call back.',
    },
  },
  check(ctx) {
    const doc = ctx.doc as ScriptDoc;
    const hold = ctx.pack.hold;
    for (const d of doc.items) {
      if (d.type !== 'directive' || d.kind !== 'hold') continue;
      const before = itemsBefore(doc, d, (i) => i.type === 'directive' && (i.kind === 'hold' || i.kind === 'transfer'));
      const turns = before.filter((i): i is Turn => i.type === 'turn' && i.role === 'agent');
      const said = fold(turns.map((t) => t.text).join('\n'));
      const missing: ('reason' | 'permission' | 'duration')[] = [];
      if (!matcher(hold.reason).testFolded(said)) missing.push('reason');
      if (!matcher(hold.permission).testFolded(said)) missing.push('permission');
      if (!matcher(hold.duration).testFolded(said)) missing.push('duration');
      const suggestions = missing.length ? [announceSuggestion(doc, d, missing, hold)] : undefined;
      for (const m of missing) {
        ctx.report({
          span: d.span,
          messageId: m === 'reason' ? 'noReason' : m === 'permission' ? 'noPermission' : 'noDuration',
          suggestions,
        });
      }
      const after = nextAgentTurn(doc, d);
      if (!after || !matcher(hold.thanks).test(after.text)) {
        ctx.report({ span: d.span, messageId: 'noThanks', suggestions: [thanksSuggestion(doc, d, hold)] });
      }
      const minutes = Math.max(statedMinutes(said, hold), (d.durationSeconds ?? 0) / 60);
      const max = ctx.options.maxHoldMinutes;
      if (minutes > max) {
        const callback = before.some((i) => i.type === 'directive' && i.kind === 'callback') || nextIsCallback(doc, d);
        if (!callback && !matcher(hold.checkBack).testFolded(said)) {
          ctx.report({ span: d.span, messageId: 'noCheckBack', data: { minutes: round(minutes), max } });
        }
      }
    }
  },
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function nextIsCallback(doc: ScriptDoc, d: Directive): boolean {
  const i = doc.items[doc.items.indexOf(d) + 1];
  return !!i && i.type === 'directive' && i.kind === 'callback';
}

/** The longest duration the agent stated, in minutes (0 when none could be read). */
export function statedMinutes(folded: string, hold: LangPack['hold']): number {
  let best = 0;
  const numbers = hold.numbers ?? {};
  for (const m of matcher(hold.duration).matchFolded(folded)) {
    const t = m.text;
    const unit = /hour|saat|jam|hora|\bh\b/.test(t) ? 60 : /sec|second|saniye|detik|segundo|\bs\b|\bsn\b/.test(t) ? 1 / 60 : 1;
    const digits = t.match(/\d+(?:[.,]\d+)?/g);
    let value = 0;
    if (digits) value = Math.max(...digits.map((x) => Number(x.replace(',', '.'))));
    else {
      for (const [w, v] of Object.entries(numbers)) if (new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(t)) value = Math.max(value, v);
      if (/half an hour|half a minute|minute or two/.test(t)) value = numbers[t.trim()] ?? value;
    }
    best = Math.max(best, value * unit);
  }
  return best;
}

function lineStartOf(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

function agentLabel(doc: ScriptDoc, d: Directive): string {
  const t = doc.items.find((i): i is Turn => i.type === 'turn' && i.role === 'agent');
  return t ? t.speaker : 'Agent';
}

function announceSuggestion(doc: ScriptDoc, d: Directive, missing: string[], hold: LangPack['hold']): Suggestion {
  const parts: string[] = [];
  if (missing.includes('reason')) parts.push(hold.template.reason.replace('{reason}', '<reason>'));
  if (missing.includes('permission')) parts.push(hold.template.permission);
  if (missing.includes('duration')) parts.push(hold.template.duration.replace('{minutes}', '<minutes>'));
  const at = lineStartOf(doc.text, d.span.start);
  const indent = doc.text.slice(at, d.span.start);
  return {
    title: 'Insert a hold announcement before the hold',
    fix: { range: [at, at], text: `${indent}${agentLabel(doc, d)}: ${parts.join(' ')}\n` },
  };
}

function thanksSuggestion(doc: ScriptDoc, d: Directive, hold: LangPack['hold']): Suggestion {
  const at = lineStartOf(doc.text, d.span.start);
  const indent = doc.text.slice(at, d.span.start);
  const eol = doc.text.indexOf('\n', d.span.end);
  const insertAt = eol < 0 ? doc.text.length : eol;
  return {
    title: 'Thank the customer after the hold',
    fix: { range: [insertAt, insertAt], text: `\n${indent}${agentLabel(doc, d)}: ${hold.template.thanks}` },
  };
}

export default rule;
