// "New Case Note": asks the case id and the customer, writes `<id>.ticket` from the
// template of the note language, and opens it with the cursor under the first section.
import * as path from 'path';
import * as vscode from 'vscode';
import en from '../../../server/src/packs/en/structure.json';
import es from '../../../server/src/packs/es/structure.json';
import tr from '../../../server/src/packs/tr/structure.json';
import id from '../../../server/src/packs/id/structure.json';
import type { CaseSummary } from '../../../server/src/protocol';

// Section headings come from the language packs, so the server recognises what we write.
const STRUCTURES: Record<string, { ticketSections: { symptom: string[]; steps: string[] } }> = { en, es, tr, id };

export interface NewCaseInput {
  id: string;
  customer: string;
  lang: string;
  /** YYYY-MM-DD */
  opened: string;
}

/** `value` as a YAML scalar: plain when that reads back as the same string, else quoted. */
export function yamlString(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._'’/&()-]*$/u.test(value) &&
    !/\s$/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|[-+]?\d[\d_.]*(?:e[-+]?\d+)?)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

export function caseNoteText(input: NewCaseInput): string {
  const s = (STRUCTURES[input.lang] ?? STRUCTURES.en).ticketSections;
  const lines = ['---', `case: ${yamlString(input.id)}`];
  if (input.customer) lines.push(`customer: ${yamlString(input.customer)}`);
  lines.push('status: open', `opened: ${input.opened}`, `lang: ${input.lang}`, '---', `## ${s.symptom[0]}`, '', '', `## ${s.steps[0]}`, '- ', '');
  return lines.join('\n');
}

const BAD_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/;

export function validateCaseId(value: string): string | undefined {
  const v = value.trim();
  if (!v) return vscode.l10n.t('Enter the case id, for example CASE-1043.');
  if (BAD_FILE_CHARS.test(v) || v.startsWith('.')) return vscode.l10n.t('A case id cannot contain / \\ : * ? " < > | or start with a dot: it becomes the file name.');
  return undefined;
}

function localToday(): string {
  const configured = vscode.workspace.getConfiguration('supportlint').get<string | null>('today');
  if (configured && /^\d{4}-\d{2}-\d{2}$/.test(configured)) return configured;
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function noteLanguage(): string {
  const configured = vscode.workspace.getConfiguration('supportlint').get<string | null>('language');
  const lang = (configured || vscode.env.language).slice(0, 2).toLowerCase();
  return lang in STRUCTURES ? lang : 'en';
}

/** Where new notes go: the folder holding most of the existing notes, else the workspace root. */
export function defaultFolder(cases: readonly CaseSummary[], root: vscode.Uri): vscode.Uri {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const dir = vscode.Uri.joinPath(vscode.Uri.parse(c.uri), '..');
    if (!dir.path.startsWith(root.path)) continue;
    counts.set(dir.toString(), (counts.get(dir.toString()) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [dir, n] of counts) if (best === null || n > counts.get(best)!) best = dir;
  return best ? vscode.Uri.parse(best) : root;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the command. `preset` skips the questions (tests, other commands); a folder URI
 * (from the Explorer) chooses where the note goes. Returns the new note, or undefined.
 */
export async function newCaseNote(cases: readonly CaseSummary[], arg?: unknown, preset?: { id: string; customer?: string }): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: case notes are files in your workspace.'));
    return undefined;
  }
  const folder = arg instanceof vscode.Uri ? arg : defaultFolder(cases, root);

  const caseId =
    preset?.id ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New case note (1/2)'),
      prompt: vscode.l10n.t('Case id'),
      placeHolder: 'CASE-1043',
      validateInput: validateCaseId,
      ignoreFocusOut: true,
    }));
  if (caseId === undefined || validateCaseId(caseId)) return undefined;
  const customer =
    preset?.customer ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New case note (2/2)'),
      prompt: vscode.l10n.t('Customer name (optional)'),
      placeHolder: vscode.l10n.t('Ms. Green'),
      ignoreFocusOut: true,
    }));
  if (customer === undefined) return undefined;

  const id = caseId.trim();
  const uri = vscode.Uri.joinPath(folder, `${id}.ticket`);
  if (await exists(uri)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists; it was opened instead.', path.basename(uri.path)));
    await vscode.window.showTextDocument(uri);
    return uri;
  }
  const text = caseNoteText({ id, customer: customer.trim(), lang: noteLanguage(), opened: localToday() });
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(uri);
  // Cursor on the empty line under the first section heading.
  const line = text.split('\n').findIndex((l) => l.startsWith('## ')) + 1;
  editor.selection = new vscode.Selection(line, 0, line, 0);
  return uri;
}
