import * as assert from 'assert';
import { parseDocument } from '../../../server/src/parse';
import type { ScriptDoc } from '../../../server/src/model';
import { flowOf } from '../../../server/src/flow/model';
import { roleFromName } from '../../../server/src/flow/roles';

const roles = (text: string) =>
  flowOf(parseDocument(text, 'callscript') as ScriptDoc).sections.map((s) => `${s.section.heading?.text ?? '(top)'}: ${s.role ?? '-'} (${s.roleFrom ?? '-'})`);

describe('section roles', () => {
  it('recognises the protocol sections by name', () => {
    const cases: [string, string | null][] = [
      ['Greeting', 'opening'],
      ['Listen', 'discovery'],
      ['Paraphrase', 'paraphrase'],
      ['Clarify', 'clarifying'],
      ['Check settings', 'hold'],
      ['Billing questions', 'transfer'],
      ['Troubleshooting the printer', 'troubleshooting'],
      ['Close', 'closing'],
      ['Wrap-up:', 'closing'],
      ['Printer model', null],
    ];
    for (const [heading, role] of cases) assert.strictEqual(roleFromName(heading), role, heading);
  });

  it('recognises section names of every supported language', () => {
    assert.strictEqual(roleFromName('Saludo'), 'opening');
    assert.strictEqual(roleFromName('Kapanış'), 'closing');
    assert.strictEqual(roleFromName('Penutup'), 'closing');
  });

  it('lets the longest matching name win', () => {
    assert.strictEqual(roleFromName('Summary of the problem'), 'paraphrase');
    assert.strictEqual(roleFromName('Verify the fix'), 'closing');
  });

  it('falls back to content for unrecognised headings, never for the untitled top', () => {
    assert.deepStrictEqual(
      roles(
        [
          'Agent: Hello.',
          '## Hello there',
          'Agent: Thank you for calling.',
          '## Line test',
          'Agent: May I put you on hold for two minutes?',
          '[hold 2m]',
          '## Handover',
          '[transfer billing]',
          '## Goodbye now',
          '[end]',
          '## Printer model',
          'Agent: Which model is it?',
        ].join('\n'),
      ),
      [
        '(top): - (-)',
        'Hello there: - (-)',
        'Line test: hold (content)',
        'Handover: transfer (content)',
        'Goodbye now: closing (name)',
        'Printer model: - (-)',
      ],
    );
  });

  it('calls the section of the first agent turn the opening when the agent speaks first', () => {
    assert.deepStrictEqual(roles('# Title\n## Start\nAgent: Thank you for calling.\nCustomer: Hi.\n## Middle\nAgent: Okay.\n'), [
      '(top): - (-)',
      'Start: opening (content)',
      'Middle: - (-)',
    ]);
  });
});
