import * as assert from 'assert';
import { parseDocument } from '../../../server/src/parse';
import type { TicketDoc } from '../../../server/src/model';

const parse = (text: string) => parseDocument(text, 'ticket') as TicketDoc;

describe('ticket parser', () => {
  it('recognises sections by name and synonym in every language', () => {
    const d = parse(
      '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n# Printer\n## Problem\nOffline.\n## How found:\nChecked.\n## Root cause\n\n## Fix\nDone.\n## Síntoma\nx\n## Yapılan adımlar\ny\n## Penyebab\nz\n## Message to customer\nHello.\n## Random notes\nabc\n',
    );
    assert.strictEqual(d.title?.text, 'Printer');
    assert.deepStrictEqual(
      d.sections.map((s) => [s.heading?.text, s.id, s.empty]),
      [
        ['Problem', 'symptom', false],
        ['How found:', 'steps', false],
        ['Root cause', 'cause', true],
        ['Fix', 'resolution', false],
        ['Síntoma', 'symptom', false],
        ['Yapılan adımlar', 'steps', false],
        ['Penyebab', 'cause', false],
        ['Message to customer', 'customerSummary', false],
        ['Random notes', null, false],
      ],
    );
  });

  it('counts a section holding only a comment as empty', () => {
    const d = parse('---\ncase: C\nstatus: open\nopened: 2026-11-20\n---\n## Cause\n<!-- to do -->\n## Resolution\nDone\n');
    assert.deepStrictEqual(d.sections.map((s) => s.empty), [true, false]);
  });

  it('has no front matter when the file does not start with a fence', () => {
    const d = parse('## Symptom\nOffline.\n');
    assert.strictEqual(d.frontMatter, null);
    assert.strictEqual(d.sections[0].id, 'symptom');
  });
});
