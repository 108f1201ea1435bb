import * as assert from 'assert';
import { parseDocument } from '../../../server/src/parse';
import type { ScriptDoc } from '../../../server/src/model';
import { flowOf, PATH_LIMIT, type Step } from '../../../server/src/flow/model';

const parse = (text: string) => parseDocument(text, 'callscript') as ScriptDoc;

/** A readable name for a step: the turn's words, or the bracketed line. */
function label(doc: ScriptDoc, s: Step): string {
  return s.type === 'turn' ? s.text.trim() : doc.text.slice(s.span.start, s.span.end);
}

function find(doc: ScriptDoc, text: string): Step {
  const s = flowOf(doc).steps.find((x) => label(doc, x) === text);
  assert.ok(s, `no step "${text}"`);
  return s;
}

const BRANCHED = `## Check
Agent: Is the printer on?
- If the printer is off:
  Agent: Please switch it on.
  - If it does not start:
    Agent: Let me book a repair.
    [end]
- If the printer is on:
  Agent: Let me look at the queue.
Agent: Thank you.

## Close
Agent: Anything else?
[end]
`;

describe('flow model', () => {
  it('is built once per document', () => {
    const doc = parse(BRANCHED);
    assert.strictEqual(flowOf(doc), flowOf(doc));
    assert.notStrictEqual(flowOf(doc), flowOf(parse(BRANCHED)));
  });

  it('lists every path: one of the alternatives, and a lone branch taken or skipped', () => {
    const doc = parse(BRANCHED);
    const paths = flowOf(doc).paths();
    assert.strictEqual(paths.truncated, false);
    assert.deepStrictEqual(
      paths.paths.map((p) => p.map((s) => label(doc, s)).join(' | ')),
      [
        'Is the printer on? | Please switch it on. | Thank you. | Anything else? | [end]',
        'Is the printer on? | Please switch it on. | Let me book a repair. | [end]',
        'Is the printer on? | Let me look at the queue. | Thank you. | Anything else? | [end]',
      ],
    );
  });

  it('ends a path at a transfer', () => {
    const doc = parse('Agent: May I transfer you to billing?\n[transfer billing]\nAgent: Never said.\n');
    assert.deepStrictEqual(
      flowOf(doc).paths().paths.map((p) => p.map((s) => label(doc, s))),
      [['May I transfer you to billing?', '[transfer billing]']],
    );
  });

  it('reports the paths through a step', () => {
    const doc = parse(BRANCHED);
    const flow = flowOf(doc);
    assert.strictEqual(flow.pathsThrough(find(doc, 'Let me book a repair.')).length, 1);
    assert.strictEqual(flow.pathsThrough(find(doc, 'Thank you.')).length, 2);
    assert.strictEqual(flow.pathsThrough(find(doc, 'Is the printer on?')).length, 3);
  });

  it('caps the number of listed paths', () => {
    const groups = Array.from({ length: 10 }, (_, i) => `- If case ${i}a:\n  Agent: A${i}.\n- If case ${i}b:\n  Agent: B${i}.\nAgent: Next.\n`).join('');
    const paths = flowOf(parse(`Agent: Hello.\n${groups}`)).paths();
    assert.strictEqual(paths.truncated, true);
    assert.strictEqual(paths.paths.length, PATH_LIMIT);
  });

  describe('before', () => {
    it('includes the enclosing branches and the trunk, nearest first, but not sibling branches', () => {
      const doc = parse(BRANCHED);
      const before = flowOf(doc).before(find(doc, 'Let me book a repair.'));
      assert.deepStrictEqual(before.map((s) => label(doc, s)), ['Please switch it on.', 'Is the printer on?']);
    });

    it('leaves out branches the step is not in, even when they come first', () => {
      const doc = parse(BRANCHED);
      const before = flowOf(doc).before(find(doc, 'Let me look at the queue.'));
      assert.deepStrictEqual(before.map((s) => label(doc, s)), ['Is the printer on?']);
    });

    it('crosses sections unless asked to stay in one, and stops where told', () => {
      const doc = parse(BRANCHED);
      const flow = flowOf(doc);
      const close = find(doc, 'Anything else?');
      assert.deepStrictEqual(flow.before(close).map((s) => label(doc, s)), ['Thank you.', 'Is the printer on?']);
      assert.deepStrictEqual(flow.before(close, { withinSection: true }), []);
      assert.deepStrictEqual(flow.before(close, { stop: (s) => label(doc, s) === 'Is the printer on?' }).map((s) => label(doc, s)), ['Thank you.']);
    });
  });

  describe('hasBefore', () => {
    const doc = parse(
      [
        '## One',
        '- If A:',
        '  Agent: Said in A.',
        '- If B:',
        '  Agent: Said in B.',
        '- If C:',
        '  Agent: Said in C and in the lone branch.',
        '## Two',
        '- If lone:',
        '  Agent: Said in the lone branch.',
        'Agent: Question?',
      ].join('\n'),
    );
    const flow = flowOf(doc);
    const q = find(doc, 'Question?');
    const saying = (w: string) => (s: Step) => s.type === 'turn' && s.text.includes(w);

    it('counts a step found in every alternative', () => {
      assert.strictEqual(flow.hasBefore(q, saying('Said in')), true);
    });
    it('does not count a step found in only some alternatives', () => {
      assert.strictEqual(flow.hasBefore(q, saying(' C')), false);
    });
    it('does not count a lone branch, which may be skipped', () => {
      assert.strictEqual(flow.hasBefore(q, saying('lone branch')), false);
    });
    it('counts the enclosing branch', () => {
      assert.strictEqual(flow.hasBefore(find(doc, 'Said in the lone branch.'), saying(' C ')), false);
      const inner = parse('- If A:\n  Agent: First.\n  Agent: Second.\n- If B:\n  Agent: Other.\n');
      const second = flowOf(inner).steps.find((s) => s.type === 'turn' && s.text.trim() === 'Second.')!;
      assert.strictEqual(flowOf(inner).hasBefore(second, (s) => s.type === 'turn' && s.text.trim() === 'First.'), true);
      assert.strictEqual(flowOf(inner).hasBefore(second, (s) => s.type === 'turn' && s.text.trim() === 'Other.'), false);
    });
  });

  it('folds a state along the steps every path passes, in one pass', () => {
    const doc = parse(BRANCHED);
    const seen = flowOf(doc).foldBefore<string[]>([], (acc, s) => [...acc, label(doc, s)]);
    assert.deepStrictEqual(seen.get(find(doc, 'Let me book a repair.')), ['Is the printer on?', 'Please switch it on.']);
    assert.deepStrictEqual(seen.get(find(doc, 'Anything else?')), ['Is the printer on?', 'Thank you.']);
    for (const step of flowOf(doc).steps) {
      assert.deepStrictEqual(seen.get(step), flowOf(doc).before(step).map((s) => label(doc, s)).reverse(), label(doc, step));
    }
  });

  describe('leadIn of a directive', () => {
    it('is the speech back to the previous hold, in the same section', () => {
      const doc = parse('## Check\nAgent: First reason.\n[hold 1m]\nAgent: Second reason.\nCustomer: Sure.\n[hold 1m]\n');
      const flow = flowOf(doc);
      const second = flow.steps.filter((s) => s.type === 'directive')[1];
      assert.deepStrictEqual(flow.leadIn(second as never).map((s) => label(doc, s)), ['Sure.', 'Second reason.']);
    });

    it('reaches into the previous section when the directive opens its section', () => {
      const doc = parse('## Check\nAgent: I need to look at your account.\nCustomer: Okay.\n\n## Hold\n[hold 2m]\n');
      const flow = flowOf(doc);
      const hold = flow.steps.find((s) => s.type === 'directive')!;
      assert.deepStrictEqual(flow.leadIn(hold as never).map((s) => label(doc, s)), ['Okay.', 'I need to look at your account.']);
    });

    it('does not reach back past a hold that ends the previous section', () => {
      const doc = parse('## Check\nAgent: I need to look at your account.\n[hold 2m]\n\n## Again\n[hold 2m]\n');
      const flow = flowOf(doc);
      const second = flow.steps.filter((s) => s.type === 'directive')[1];
      assert.deepStrictEqual(flow.leadIn(second as never), []);
    });
  });

  describe('what comes next', () => {
    it('finds the next agent turn on every path: into each alternative', () => {
      const doc = parse(BRANCHED);
      const flow = flowOf(doc);
      const next = flow.nextAgentTurns(find(doc, 'Is the printer on?'));
      assert.deepStrictEqual(next.map((s) => label(doc, s)), ['Please switch it on.', 'Let me look at the queue.']);
    });

    it('goes into a lone branch and past it', () => {
      const doc = parse('Agent: One.\n- If needed:\n  Agent: Two.\nAgent: Three.\n');
      const next = flowOf(doc).nextAgentTurns(find(doc, 'One.'));
      assert.deepStrictEqual(next.map((s) => label(doc, s)), ['Two.', 'Three.']);
    });

    it('continues after the branch group when a branch runs out, not into its siblings', () => {
      const doc = parse(BRANCHED);
      const next = flowOf(doc).nextAgentTurns(find(doc, 'Let me look at the queue.'));
      assert.deepStrictEqual(next.map((s) => label(doc, s)), ['Thank you.']);
    });

    it('says when a path ends without a match', () => {
      const doc = parse(BRANCHED);
      const flow = flowOf(doc);
      const r = flow.firstAfter(find(doc, 'Please switch it on.'), (s) => s.type === 'turn' && s.text.includes('Anything'));
      assert.deepStrictEqual(r.found.map((s) => label(doc, s)), ['Anything else?']);
      assert.strictEqual(r.open, true, 'the repair path ends at [end] first');
      assert.strictEqual(flow.firstAfter(find(doc, 'Thank you.'), (s) => s.type === 'turn' && s.text.includes('Anything')).open, false);
    });

    it('crosses into the next section', () => {
      const doc = parse(BRANCHED);
      const next = flowOf(doc).nextAgentTurns(find(doc, 'Thank you.'));
      assert.deepStrictEqual(next.map((s) => label(doc, s)), ['Anything else?']);
    });
  });
});
