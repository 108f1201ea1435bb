// A deterministic benchmark corpus: call scripts and ticket notes assembled from
// realistic fragments with a seeded random generator (same bytes on every machine).
import { mkdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';

/** A small seeded generator (mulberry32), so corpora are the same on every machine. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENT = [
  'Thank you for calling {company}, this is {agent}. How can I help you today?',
  'Let me make sure I understand, {customer}: since this morning the printer shows offline and nothing prints. Is that right?',
  'Is the light on the front of the printer on?',
  'I need to look at your account settings on our side. May I put you on hold for about two minutes?',
  'Thank you for waiting, {customer}.',
  'Could you restart the router and tell me when the lights are steady?',
  'Let me check the DNS settings and the DHCP lease for you.',
  'Just restart it, it is simply a cache problem.',
  'Our billing team can change this for you. May I transfer you to them?',
  'I will explain your case so you do not need to repeat it.',
  'Could you print a test page now, so we know it works?',
  'To recap: we switched the printer back online and printed a test page.',
  'Is there anything else I can help you with today?',
  'I am not sure about that, but I will ask a colleague and call you back by 3 pm today.',
  'Your card 4111 1111 1111 1111 is on file and the new PIN is 4821.',
  'The VPN and the SSO portal use your network credentials.',
  'Yeah, no worries, we are gonna fix that ASAP.',
];
const CUSTOMER = ['Hi, my printer says offline.', 'Yes.', 'No, it is off.', 'OK, it printed.', 'That is all, thanks.', 'The internet is very slow since yesterday.'];
const SECTIONS = ['Greeting', 'Listen', 'Paraphrase', 'Clarify', 'Check settings', 'Troubleshooting', 'Close'];
const NOTES = [
  'Printer shows offline since Monday morning; nothing prints.',
  'Customer checked power and cable: both fine.',
  'Found "Use printer offline" switched on in the print queue.',
  'Print queue was set to offline after a driver update.',
  'Switched the queue back online and flushed the DNS cache.',
  'Customer printed a test page while we were on the phone.',
  'Call the customer on 2026-11-24 to confirm printing still works.',
];

function script(r, target) {
  const lines = ['---', 'title: Bench script', 'lang: en', 'tier: 1', 'placeholders: [agent, company, customer]', '---', '# Bench script', ''];
  let size = 0;
  let i = 0;
  while (size < target) {
    const sec = SECTIONS[i++ % SECTIONS.length];
    const block = [`## ${sec}`];
    const n = 2 + Math.floor(r() * 4);
    for (let k = 0; k < n; k++) {
      block.push(`Agent: ${AGENT[Math.floor(r() * AGENT.length)]}`);
      if (r() < 0.6) block.push(`Customer: ${CUSTOMER[Math.floor(r() * CUSTOMER.length)]}`);
      if (r() < 0.1) block.push('[hold 2m]');
      if (r() < 0.05) block.push('- If the problem is with billing:', '  Agent: May I transfer you to billing?', '  [transfer billing]');
    }
    block.push('');
    const text = block.join('\n') + '\n';
    size += text.length;
    lines.push(text);
  }
  lines.push('[end]\n');
  return lines.join('\n');
}

function ticket(r, n, target) {
  const status = ['open', 'pending', 'escalated', 'resolved', 'closed'][n % 5];
  const lines = ['---', `case: CASE-${1000 + n}`, 'customer: Ms. Green', `status: ${status}`, 'tier: 2', 'opened: 2026-11-20', 'followUp: 2026-11-24', 'contact: phone', 'owner: Sam Lee', 'lang: en', '---'];
  let size = 0;
  const heads = ['Symptom', 'Steps taken', 'Cause', 'Resolution', 'Verification', 'Next steps', 'Customer summary'];
  let i = 0;
  while (size < target) {
    const h = heads[i++ % heads.length];
    const body = [`## ${h}`];
    for (let k = 0; k < 3; k++) body.push(`- ${NOTES[Math.floor(r() * NOTES.length)]}`);
    body.push('');
    const text = body.join('\n');
    size += text.length;
    lines.push(text);
  }
  return lines.join('\n') + '\n';
}

/** Writes about `files` files totalling about `bytes` bytes; returns the list of paths. */
export function generateCorpus(dir, { files = 2000, bytes = 5 * 1024 * 1024, seed = 20261123 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const per = Math.floor(bytes / files);
  const paths = [];
  for (let n = 0; n < files; n++) {
    const sub = join(dir, `team-${n % 20}`);
    mkdirSync(sub, { recursive: true });
    const isTicket = n % 3 === 2;
    const p = join(sub, isTicket ? `case-${n}.ticket` : `script-${n}.callscript`);
    writeFileSync(p, isTicket ? ticket(r, n, per) : script(r, per));
    paths.push(p);
  }
  return paths;
}
