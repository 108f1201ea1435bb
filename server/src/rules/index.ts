// The rule registry: every rule file is listed here once.
import type { Rule } from './types';
import announcedHold from './announced-hold';
import noJargon from './no-jargon';
import noPii from './no-pii';
import ticketFrontMatter from './ticket-front-matter';

const RULES: Rule<any>[] = [announcedHold, noJargon, noPii, ticketFrontMatter];

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function allRules(): Rule<any>[] {
  return RULES;
}

export function getRule(id: string): Rule<any> | undefined {
  return byId.get(id);
}
