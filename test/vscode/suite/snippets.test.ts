/**
 * Snippets: they insert through the editor, and what they insert (left at its defaults)
 * lints clean in every language.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, describeDiagnostics, replaceAll, ruleOf, waitFor, waitForDiagnostics } from './helpers';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

function snippets(language: string): Record<string, Snippet> {
  const root = process.env.SUPPORTLINT_TEST_EXT_PATH ?? path.resolve(__dirname, '../../../..');
  return JSON.parse(fs.readFileSync(path.join(root, 'snippets', `${language}.code-snippets`), 'utf8')) as Record<string, Snippet>;
}

/** Inserts a contributed snippet by name into a new untitled editor and returns the text. */
async function insert(language: string, name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  const changed = waitFor(vscode.workspace.onDidChangeTextDocument, () => (doc.getText() ? true : undefined), `snippet "${name}" to insert`);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name });
  await changed;
  await vscode.commands.executeCommand('leaveSnippet');
  return editor;
}

// A text with a problem the server reports at once: replacing it with the snippet in one
// edit, the next answer of the server is about the snippet's text.
const CANARY: Record<string, string> = {
  callscript: 'Agent: Hi.\n',
  ticket: '---\ncase: X\n---\n',
};

async function problemsOf(language: string, text: string): Promise<string[]> {
  const doc = await vscode.workspace.openTextDocument({ language, content: CANARY[language] });
  await vscode.window.showTextDocument(doc);
  const before = await waitForDiagnostics(doc.uri, (l) => l.length > 0, 'the canary problems');
  const canary = new Set(before.map((d) => `${ruleOf(d)} ${d.message}`));
  await replaceAll(doc, text);
  const after = await waitForDiagnostics(doc.uri, (l) => !l.some((d) => canary.has(`${ruleOf(d)} ${d.message}`)), 'the problems of the snippet text');
  return after.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}: ${d.message}`);
}

// What joins the fragment snippets into a script: the customer's label and the placeholders.
const GLUE: Record<string, { customer: string; placeholders: string }> = {
  en: { customer: 'Customer', placeholders: 'agent, company, customer' },
  es: { customer: 'Cliente', placeholders: 'agente, empresa, cliente' },
  tr: { customer: 'Müşteri', placeholders: 'temsilci, sirket, musteri' },
  id: { customer: 'Pelanggan', placeholders: 'agen, perusahaan, pelanggan' },
};

describe('Snippets', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });

  it('inserts the greeting with its placeholders as tab stops', async () => {
    const editor = await insert('callscript', 'Greeting (en)');
    assert.equal(editor.document.getText(), 'Agent: Thank you for calling {company}, this is {agent}. How can I help you today?');
  });

  it('inserts a case note with today as the opened date', async () => {
    const editor = await insert('ticket', 'Case note (pending) (en)');
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const lines = editor.document.getText().split('\n');
    assert.deepEqual(lines.slice(0, 5), ['---', 'case: CASE-0000', 'customer: Ms. Green', 'status: pending', 'tier: 1']);
    assert.ok(lines.includes(`opened: ${today}`));
    assert.ok(lines.includes(`followUp: ${today}`));
  });

  for (const lang of ['en', 'es', 'tr', 'id']) {
    it(`the ${lang} call script skeleton lints clean`, async () => {
      const name = Object.keys(snippets('callscript')).find((n) => n.endsWith(`(${lang})`) && snippets('callscript')[n].body[0] === '---');
      assert.ok(name, `a ${lang} script skeleton`);
      const text = (await insert('callscript', name)).document.getText();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      assert.deepEqual(await problemsOf('callscript', text), []);
    });

    it(`the ${lang} greeting, paraphrase, hold, transfer, unknown and closing snippets lint clean together`, async () => {
      const all = snippets('callscript');
      const names = Object.keys(all).filter((n) => n.endsWith(`(${lang})`) && all[n].body[0] !== '---');
      assert.equal(names.length, 6);
      const parts: string[] = [];
      for (const name of names) {
        parts.push((await insert('callscript', name)).document.getText());
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      const [greeting, paraphrase, hold, transfer, unknown, closing] = parts;
      const { customer, placeholders } = GLUE[lang];
      const text = [
        '---', `lang: ${lang}`, `placeholders: [${placeholders}]`, '---',
        '## 1', greeting, `${customer}: ...`, '',
        '## 2', paraphrase, `${customer}: ...`, '',
        '## 3', hold, '',
        '## 4', '- If billing:', transfer.split('\n').map((l) => '  ' + l).join('\n'), '',
        '## 5', unknown, '',
        '## 6', closing, '',
      ].join('\n');
      assert.deepEqual(await problemsOf('callscript', text), []);
    });

    it(`the ${lang} case note skeletons lint clean for every status`, async () => {
      const names = Object.keys(snippets('ticket')).filter((n) => n.endsWith(`(${lang})`));
      assert.equal(names.length, 5, 'one per status');
      for (const name of names) {
        const text = (await insert('ticket', name)).document.getText();
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        assert.deepEqual(await problemsOf('ticket', text), [], `${name}: ${describeDiagnostics(vscode.window.activeTextEditor!.document.uri)}`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  }
});
