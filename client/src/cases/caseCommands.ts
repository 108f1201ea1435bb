// Commands of the case sidebar: set status, open, reveal in Explorer, group by, refresh.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SetStatusRequest, TICKET_STATUSES, type TicketStatus } from '../../../server/src/protocol';
import type { CaseNode, CasesProvider } from './casesProvider';
import { groupByLabel, GROUP_BYS, statusLabel, type GroupBy } from './grouping';

/** The note a command is about: the tree item it was run on, a URI, or the active ticket editor. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as CaseNode | undefined;
  if (node?.kind === 'case') return vscode.Uri.parse(node.summary.uri);
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'ticket' ? editor.document.uri : undefined;
}

function currentStatus(arg: unknown): string | null {
  const node = arg as CaseNode | undefined;
  return node?.kind === 'case' ? node.summary.status : null;
}

/**
 * Sets `status:` through the server (it knows where the front matter is) and saves the note
 * unless it had unsaved changes. Returns whether the file changed.
 */
export async function setStatus(client: LanguageClient, uri: vscode.Uri, status: TicketStatus): Promise<boolean> {
  const result = await client.sendRequest(SetStatusRequest.type, { uri: client.code2ProtocolConverter.asUri(uri), status });
  if (!result.edit) return false;
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const wasDirty = open?.isDirty ?? false;
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error(vscode.l10n.t('The editor refused the change.'));
  }
  if (!wasDirty) {
    const doc = await vscode.workspace.openTextDocument(uri);
    await doc.save();
  }
  return true;
}

async function pickStatus(current: string | null): Promise<TicketStatus | undefined> {
  const items = TICKET_STATUSES.map((s) => ({
    label: statusLabel(s),
    description: s === current ? vscode.l10n.t('current') : s,
    status: s,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Set case status'), placeHolder: vscode.l10n.t('New status of the case') });
  return picked?.status;
}

async function pickGroupBy(current: GroupBy): Promise<GroupBy | undefined> {
  const items = GROUP_BYS.map((by) => ({ label: groupByLabel(by), description: by === current ? vscode.l10n.t('current') : undefined, by }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group cases by') });
  return picked?.by;
}

export function registerCaseCommands(client: LanguageClient, provider: CasesProvider): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('supportlint.cases.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('supportlint.cases.groupBy', async (by?: unknown) => {
      const choice = GROUP_BYS.includes(by as GroupBy) ? (by as GroupBy) : await pickGroupBy(provider.groupBy);
      if (choice) await provider.setGroupBy(choice);
    }),
    vscode.commands.registerCommand('supportlint.cases.open', async (arg?: unknown) => {
      const uri = targetUri(arg);
      if (uri) await vscode.window.showTextDocument(uri);
    }),
    vscode.commands.registerCommand('supportlint.cases.revealInExplorer', async (arg?: unknown) => {
      const uri = targetUri(arg);
      if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
    }),
    // Tests pass the status as the second argument; people pick it from a list.
    vscode.commands.registerCommand('supportlint.cases.setStatus', async (arg?: unknown, status?: unknown) => {
      const uri = targetUri(arg);
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a case note or pick one in the Support Cases view.'));
        return false;
      }
      const chosen = (TICKET_STATUSES as readonly unknown[]).includes(status) ? (status as TicketStatus) : await pickStatus(currentStatus(arg));
      if (!chosen) return false;
      try {
        return await setStatus(client, uri, chosen);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not set the status: {0}', e instanceof Error ? e.message : String(e)));
        return false;
      }
    }),
  ];
}
