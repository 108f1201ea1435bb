// An escalated case lands on someone who was not on the call: the note must say which
// level it went to and, in words, why it could not be solved here.
import type { TicketDoc } from '../model';
import { fold } from '../engine/fold';
import { matcher } from '../engine/phrases';
import en from '../packs/en/escalation.json';
import es from '../packs/es/escalation.json';
import tr from '../packs/tr/escalation.json';
import idLang from '../packs/id/escalation.json';
import {
  frontMatterEntry,
  hasContent,
  headingLanguage,
  headingText,
  insertSectionFix,
  sectionContent,
  sectionsWithId,
  ticketStatus,
  wordCount,
} from './ticket/note';
import type { Rule } from './types';

interface Options {
  minWords: number;
}

// Phrases that point elsewhere or restate the status ("see above", "escalated to tier 2")
// say nothing about why; every language's list is used, since notes mix languages.
const NO_REASON: string[] = [en, es, tr, idLang].flatMap((d) => d.noReason);

const rule: Rule<Options> = {
  meta: {
    id: 'escalation',
    description: 'Escalated case notes give the tier the case went to (2 or 3) and an Escalation section that says why.',
    appliesTo: ['ticket'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {
      minWords: {
        type: 'integer',
        minimum: 1,
        default: 4,
        description: 'Fewest words the Escalation section needs to count as a reason (references such as "see above" and "escalated to tier 2" do not count).',
      },
    },
    fixable: true,
    needsLanguagePack: false,
    messages: {
      missingTier: 'An escalated case note needs `tier: 2` or `tier: 3`: the support level the case went to.',
      tierTooLow: 'The case is escalated but tier is 1: set tier to the level it went to (2 or 3).',
      missingSection: 'An escalated case note needs an Escalation section: add `{heading}` and say why the case was escalated and what the next team should do.',
      emptySection: 'The {section} section has nothing written yet: say why the case was escalated and what the next team should do.',
      noReason: 'The {section} section does not say why the case was escalated: in at least {min} words, say what could not be solved at this level and what the next team should do.',
    },
  },
  check(ctx) {
    const doc = ctx.doc as TicketDoc;
    const st = ticketStatus(doc);
    if (st?.status !== 'escalated') return;
    const tier = frontMatterEntry(doc, 'tier');
    // Values other than 1-3 are ticket-front-matter's to report.
    if (!tier || tier.value === null) ctx.report({ span: tier?.keySpan ?? st.span, messageId: 'missingTier' });
    else if (tier.value === 1) ctx.report({ span: tier.valueSpan, messageId: 'tierTooLow' });

    const sections = sectionsWithId(doc, 'escalation');
    if (sections.length === 0) {
      const lang = headingLanguage(doc, ctx.lang);
      ctx.report({
        span: st.span,
        messageId: 'missingSection',
        data: { heading: headingText(doc, lang, 'escalation') },
        fix: insertSectionFix(doc, lang, 'escalation'),
      });
      return;
    }
    const written = sections.filter((s) => hasContent(doc, s));
    const name = sections[0].heading!.text.replace(/[\s:]+$/u, '');
    if (written.length === 0) {
      ctx.report({ span: sections[0].heading!.span, messageId: 'emptySection', data: { section: name } });
      return;
    }
    const min = ctx.options.minWords;
    const contents = written.map((s) => sectionContent(doc, s));
    const words = contents.reduce((n, c) => n + wordCount(withoutNonReasons(c.text)), 0);
    if (words < min) {
      const c = contents[0];
      const lead = c.text.length - c.text.trimStart().length;
      const start = c.start + lead;
      const end = c.start + c.text.trimEnd().length;
      ctx.report({ span: { start, end }, messageId: 'noReason', data: { section: name, min } });
    }
  },
};

function withoutNonReasons(text: string): string {
  let folded = fold(text);
  for (const m of matcher(NO_REASON).matchFolded(folded)) folded = folded.slice(0, m.start) + ' '.repeat(m.end - m.start) + folded.slice(m.end);
  return folded;
}

export default rule;
