// Texts and settings shared by the protocol tests.
import { allRules } from '../../../server/src/rules';

/** Settings `rules` that turn every rule off except `ids`, so tests do not depend on rules added later. */
export function only(...ids: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of allRules()) if (!ids.includes(r.meta.id)) out[r.meta.id] = 'off';
  return out;
}

export const SCRIPT = [
  '---',
  'title: Router reset',
  'lang: en',
  'placeholders: [agent, company, customer]',
  '---',
  '# Router reset',
  '',
  '## Greeting',
  'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?',
  'Customer: My internet is down.',
  '',
  '## Check',
  'Agent: I will restart your VPN and check the DNS server, {customer}.',
  '',
].join('\n');

export const TICKET = [
  '---',
  'case: CASE-1042',
  'customer: Ms. Green',
  'status: pending',
  'tier: 2',
  'opened: 2026-11-20',
  'followUp: 2026-11-22',
  'contact: phone',
  'owner: Sam Lee',
  'lang: en',
  '---',
  '## Symptom',
  'Printer shows offline since Monday morning.',
  '',
  '## Steps taken',
  '- Checked the print queue.',
  '',
  '## Next steps',
  'Call the customer on 2026-11-22.',
  '',
].join('\n');
