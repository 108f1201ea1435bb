// Palette commands that are not about the case sidebar.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { docsUrl } from '../../server/src/engine/docs';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import { ruleIdsAt } from './diagnostics';

const LANGUAGES = new Set(['callscript', 'ticket']);

/** Applies the server's "fix all" action to a document. Returns whether anything changed. */
export async function fixAllInFile(doc?: vscode.TextDocument): Promise<boolean> {
  const target = doc ?? vscode.window.activeTextEditor?.document;
  if (!target || !LANGUAGES.has(target.languageId)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a call script or a case note to fix its problems.'));
    return false;
  }
  const whole = new vscode.Range(0, 0, target.lineCount, 0);
  const kind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', target.uri, whole, kind.value)) ?? [];
  const version = target.version;
  for (const action of actions) {
    if (!action.kind || !kind.contains(action.kind)) continue;
    if (action.edit && action.edit.size > 0) await vscode.workspace.applyEdit(action.edit);
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
  if (target.version === version) {
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Support Lint: nothing to fix automatically in this file.'), 4000);
    return false;
  }
  return true;
}

async function docsRuleIds(extensionUri: vscode.Uri): Promise<string[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'docs', 'rules'));
    return entries.filter(([name]) => name.endsWith('.md')).map(([name]) => name.slice(0, -3)).sort();
  } catch {
    return [];
  }
}

/** Opens a rule's page: the copy shipped with the extension in the preview, else the web page. */
export async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId?: unknown): Promise<string | undefined> {
  let id = typeof ruleId === 'string' && /^[a-z][a-z0-9-]*$/.test(ruleId) ? ruleId : undefined;
  const shipped = await docsRuleIds(extensionUri);
  if (!id) {
    const editor = vscode.window.activeTextEditor;
    const here = editor ? ruleIdsAt(editor) : [];
    const items: (vscode.QuickPickItem & { id?: string })[] = [];
    if (here.length) {
      items.push({ label: vscode.l10n.t('At the cursor'), kind: vscode.QuickPickItemKind.Separator });
      for (const r of here) items.push({ label: r, id: r });
      items.push({ label: vscode.l10n.t('All rules'), kind: vscode.QuickPickItemKind.Separator });
    }
    for (const r of shipped) if (!here.includes(r)) items.push({ label: r, id: r });
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Show rule documentation'), placeHolder: vscode.l10n.t('Rule') });
    id = picked?.id;
  }
  if (!id) return undefined;
  if (shipped.includes(id)) {
    await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`));
  } else {
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(id)));
  }
  return id;
}

const ACTIVE_FILE_FILTER_KEY = 'supportlint.problemsActiveFileFilter';

/**
 * Opens the Problems panel with its "Show Active File Only" filter on. VS Code offers only a
 * toggle for that filter and no way to read it, so we remember (per workspace) that we turned
 * it on and never toggle it again: at worst the panel shows every file.
 */
export async function showFileProblems(state: vscode.Memento): Promise<void> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (state.get<boolean>(ACTIVE_FILE_FILTER_KEY)) return;
  try {
    await vscode.commands.executeCommand('workbench.actions.workbench.panel.markers.view.toggleActiveFile');
    await state.update(ACTIVE_FILE_FILTER_KEY, true);
  } catch {
    // An editor without that command: the unfiltered panel is still useful.
  }
}

/** Opens the walkthrough's example script as an untitled copy, so the installed file stays intact. */
export async function openExample(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'walkthrough', 'example.callscript'));
  const doc = await vscode.workspace.openTextDocument({ language: 'callscript', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(doc);
}

export async function restartServer(client: LanguageClient): Promise<void> {
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Restarting Support Lint…') }, () =>
    client.isRunning() ? client.restart() : client.start(),
  );
}
