// Small realistic files for the report tests, and a temporary folder to put them in.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const CLEAN_SCRIPT = `---
title: Printer offline
lang: en
placeholders: [agent, company, customer]
---
## Greeting
Agent: Thank you for calling {company}, this is {agent}. How can I help you today?
Customer: My printer says it is offline.

## Paraphrase
Agent: Let me make sure I understand, {customer}: since this morning your printer shows "offline" and nothing prints. Is that right?
Customer: Yes.

## Clarify
Agent: Is the light on the front of the printer on?
Customer: Yes, it is green.

## Close
Agent: Could you print a test page now, so we know it works?
Agent: To recap: we switched the printer back online and printed a test page.
Agent: Is there anything else I can help you with today?
[end]
`;

/** CLEAN_SCRIPT with a hold nobody announced and a jargon term. */
export const HOLD_SCRIPT = CLEAN_SCRIPT.replace(
  '## Close',
  `## Check settings
Agent: One moment, I will flush the DNS cache.
[hold 2m]
Agent: Okay.

## Close`,
);

/** A card number said back to the customer (no-pii, critical). */
export const CARD = '4111 1111 1111 1111';
export const PII_SCRIPT = CLEAN_SCRIPT.replace('Customer: Yes, it is green.', `Customer: Yes, it is green.\nAgent: I have your card ${CARD} on file and will flush the DNS cache.`);

export const RESOLVED_NOTE = `---
case: CASE-2001
customer: Ms. Green
status: resolved
opened: 2026-11-20
owner: Sam Lee
lang: en
---
## Symptom
Printer shows offline since Monday morning; nothing prints.

## Steps taken
- Found "Use printer offline" switched on in the print queue.

## Cause
Print queue was set to offline after a driver update.

## Resolution
Switched the queue back online.

## Verification
Customer printed a test page while we were on the phone.
`;

const made: string[] = [];
process.on('exit', () => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A temporary folder, removed when the test run ends. */
export function tmpdir(prefix = 'supportlint-report-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

export function write(dir: string, rel: string, text: string): string {
  const f = path.join(dir, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
}

export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'bin', 'supportlint.js'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
}
