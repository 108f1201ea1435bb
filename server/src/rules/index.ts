// The rule registry: every rule file is listed here once.
import type { Rule } from './types';
import announcedHold from './announced-hold';
import noJargon from './no-jargon';
import noPii from './no-pii';
import ticketFrontMatter from './ticket-front-matter';
import closedQuestions from './closed-questions';
import customerName from './customer-name';
import greeting from './greeting';
import honestUnknown from './honest-unknown';
import paraphrase from './paraphrase';
import transferConsent from './transfer-consent';
import unknownPlaceholder from './unknown-placeholder';
import verifyAndRecap from './verify-and-recap';
import noSlang from './no-slang';
import noMinimizing from './no-minimizing';
import positiveTone from './positive-tone';
import noBlame from './no-blame';
import sentenceLength from './sentence-length';
import ticketSections from './ticket-sections';
import followUpPlan from './follow-up-plan';
import escalation from './escalation';
import respectfulNotes from './respectful-notes';

const RULES: Rule<any>[] = [announcedHold, noJargon, noPii, ticketFrontMatter, closedQuestions, customerName, greeting, honestUnknown, paraphrase, transferConsent, unknownPlaceholder, verifyAndRecap, noSlang, noMinimizing, positiveTone, noBlame, sentenceLength, ticketSections, followUpPlan, escalation, respectfulNotes];

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function allRules(): Rule<any>[] {
  return RULES;
}

export function getRule(id: string): Rule<any> | undefined {
  return byId.get(id);
}
