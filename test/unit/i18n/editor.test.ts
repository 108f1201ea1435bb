// In the editor, quick-fix titles and hovers follow the display language (or the
// `supportlint.locale` setting); the rule ids stay the same.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { CodeActionKind, type Diagnostic, type MarkupContent } from 'vscode-languageserver';
import { analyze, type Analysis } from '../../../server/src/lsp/analysis';
import { codeActions } from '../../../server/src/lsp/codeActions';
import { ConfigStore } from '../../../server/src/lsp/configs';
import { hover } from '../../../server/src/lsp/hover';
import { DEFAULT_SETTINGS } from '../../../server/src/protocol';

const dir = path.join(os.tmpdir(), 'supportlint-i18n-editor');

function open(text: string, locale: string): Analysis {
  const filePath = path.join(dir, 'call.callscript');
  return analyze(
    { uri: `file://${filePath}`, version: 1, text, filePath },
    { ...DEFAULT_SETTINGS, today: '2026-11-23' },
    { configs: new ConfigStore(), gen: 1, clientLocale: locale, fallbackDir: dir },
  );
}

function titlesFor(a: Analysis, ruleId: string): string[] {
  const i = a.result!.messages.findIndex((m) => m.ruleId === ruleId);
  const d: Diagnostic = a.diagnostics()[i];
  return codeActions(a, { textDocument: { uri: a.input.uri }, range: d.range, context: { diagnostics: [d], only: [CodeActionKind.QuickFix] } }, { documentChanges: false }).map((c) => c.title);
}

const SCRIPT = '---\nlang: es\n---\nAgente: Vamos a actualizar el firmware.\n';

describe('editor features by display language', () => {
  it('titles quick fixes in Spanish for a Spanish editor', () => {
    const a = open(SCRIPT, 'es');
    assert.deepStrictEqual(titlesFor(a, 'no-jargon'), ['Sustituir «firmware» por «software interno del aparato»', 'Desactivar no-jargon en esta línea']);
  });

  it('keeps English titles for an English editor, on the same Spanish file', () => {
    const a = open(SCRIPT, 'en');
    assert.deepStrictEqual(titlesFor(a, 'no-jargon'), ['Replace "firmware" with "software interno del aparato"', 'Disable no-jargon for this line']);
  });

  it('explains jargon and the rule in the display language on hover', () => {
    const a = open(SCRIPT, 'id');
    const h = hover(a, { line: 3, character: 33 }, true)!;
    const value = (h.contents as MarkupContent).value;
    assert.ok(value.startsWith('"firmware" adalah istilah teknis: ucapkan "software interno del aparato" saja.'), value);
    assert.match(value, /Pelanggan bukan teknisi/);
    assert.match(value, /\*\*supportlint\*\* `no-jargon`: Sampaikan istilah teknis dan singkatan dengan kata\\-kata sederhana yang dipahami pelanggan\. \[Dokumentasi\]/);
  });

  it('titles a rule suggestion in Turkish', () => {
    const a = open('---\nlang: tr\n---\nTemsilci: Hemen bakıyorum.\n[beklet]\nTemsilci: Tamam.\n', 'tr');
    const i = a.result!.messages.findIndex((m) => m.ruleId === 'announced-hold' && m.data?.messageId === 'noThanks');
    const d = a.diagnostics()[i];
    const titles = codeActions(a, { textDocument: { uri: a.input.uri }, range: d.range, context: { diagnostics: [d], only: [CodeActionKind.QuickFix] } }, { documentChanges: false }).map((c) => c.title);
    assert.ok(titles.includes('Bekletmeden sonra müşteriye teşekkür et'), titles.join(' | '));
    assert.strictEqual(a.result!.messages[i].message, 'Bekletmeden sonra müşteriye beklediği için teşekkür edin ("Beklediğiniz için teşekkür ederim").');
  });
});
