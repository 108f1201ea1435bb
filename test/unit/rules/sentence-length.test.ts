import { runRuleTests } from '../helpers/ruleTester';

const TICKET = '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n';
// 31 words.
const LONG = 'So that you know what to expect, the technician will arrive tomorrow between nine and eleven, and he will need access to the room where your router and the cable are.';
// 25 words: the most the default allows.
const AT_MAX = 'Please unplug the router from the wall, wait about ten seconds, plug it back in, and tell me when all the lights are steady again.';

runRuleTests('sentence-length', {
  valid: [
    { code: 'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?\n' },
    { code: `Agent: ${AT_MAX}\n`, name: 'exactly the maximum' },
    {
      code: 'Agent: The technician will arrive tomorrow between nine and eleven in the morning. He will need access to the room where your router and the cable are.\n',
      name: 'two sentences, each short enough',
    },
    {
      code: 'Agent: Is the light on the front of the router green, orange or red right now? Great! Please keep it plugged in while the update runs… It takes about ten minutes.\n',
      name: 'split at ? ! and …',
    },
    { code: `Customer: ${LONG}\nAgent: I understand.\n`, name: 'customer turns are not agent speech' },
    { code: `[${LONG}]\nAgent: One moment, please.\n`, name: 'stage notes are not spoken' },
    { code: `Agent: ${LONG}\n`, options: { max: 31 }, name: 'max option' },
    { code: TICKET + `## Steps taken\n${LONG}\n## Customer summary\nThe technician comes tomorrow between nine and eleven.\n`, kind: 'ticket', name: 'internal ticket sections are not checked' },
    {
      code:
        TICKET +
        '## Customer summary\n- We replaced the damaged cable from the street to your home and tested the line twice\n- Your internet speed is back to the full 300 megabits that your plan includes today\n',
      kind: 'ticket',
      name: 'each list item is its own sentence',
    },
    {
      code: '---\nlang: es\n---\nAgente: Entiendo, el router no funciona desde esta mañana y ya lo reinició dos veces sin ningún cambio ¿Puede decirme qué luces ve ahora en el frente del equipo?\n',
      name: 'Spanish ¿ opens a new sentence',
    },
  ],
  invalid: [
    {
      code: `Agent: ${LONG}\n`,
      errors: [{ messageId: 'tooLong', line: 1, column: 8, endLine: 1, endColumn: 8 + LONG.length, message: 'This sentence has 31 words; on the phone, keep it under 25: split it in two.', severity: 'info' }],
    },
    {
      code: `Agent: Thank you. ${LONG} Is that all right?\n`,
      errors: [{ messageId: 'tooLong', line: 1, column: 19, endColumn: 19 + LONG.length }],
      name: 'only the long sentence is marked',
    },
    {
      code: 'Agent: Mr. Green, {customer}, the update is about 1.5 GB, so please keep the laptop plugged in, e.g. at your desk, and open example.com/help if the screen stays black for more than ten minutes.\n',
      errors: [{ messageId: 'tooLong', line: 1, column: 8, endColumn: 194, message: /^This sentence has 33 words;/ }],
      name: 'abbreviations, decimals and web addresses do not end a sentence; a placeholder is one word',
    },
    {
      code: 'Agent: So that you know what to expect, the technician will arrive tomorrow between nine and eleven,\n  and he will need access to the room where your router and the cable are.\n',
      errors: [{ messageId: 'tooLong', line: 1, column: 8, endLine: 2, endColumn: 75, message: /^This sentence has 31 words;/ }],
      name: 'a sentence across continuation lines',
    },
    {
      code: 'Agent: Please restart the router and then tell me which lights you see.\n',
      options: { max: 10 },
      errors: [{ messageId: 'tooLong', line: 1, column: 8, endColumn: 72, message: 'This sentence has 12 words; on the phone, keep it under 10: split it in two.' }],
    },
    {
      code: '- If the customer asks about the visit:\n  Agent: ' + LONG + '\n',
      errors: [{ messageId: 'tooLong', line: 2, column: 10, endColumn: 10 + LONG.length }],
      name: 'inside a branch',
    },
    {
      code: TICKET + `## Resolution\nBooked a visit.\n## Customer summary\n${LONG}\n`,
      kind: 'ticket',
      errors: [{ messageId: 'tooLongWritten', line: 9, column: 1, endColumn: 1 + LONG.length, message: 'This sentence has 31 words; keep it under 25 so the customer can follow it: split it in two.' }],
    },
    {
      code: '---\nlang: es\n---\nAgente: Si el router no funciona desde esta mañana y ya lo reinició dos veces sin ningún cambio, ¿puede decirme qué luces ve ahora en el frente del equipo?\n',
      errors: [{ messageId: 'tooLong', line: 4, column: 9, endColumn: 156, message: /^This sentence has 28 words;/ }],
      name: 'Spanish ¿ after a comma continues the sentence',
    },
  ],
});
