// "Lint Workspace" is a server command (registered by the language client from the server's
// capabilities); this middleware adds what the user sees around it: progress and a summary.
import * as vscode from 'vscode';
import type { ExecuteCommandSignature } from 'vscode-languageclient/node';
import { Commands, type LintWorkspaceResult } from '../../server/src/protocol';

export async function lintWorkspaceMiddleware(command: string, args: unknown[], next: ExecuteCommandSignature): Promise<unknown> {
  if (command !== Commands.lintWorkspace) return next(command, args);
  const result = (await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Support Lint: linting the workspace…') },
    () => Promise.resolve(next(command, args)),
  )) as LintWorkspaceResult | undefined;
  if (result && typeof result.files === 'number') {
    void vscode.window
      .showInformationMessage(summary(result), vscode.l10n.t('Show Problems'))
      .then((choice) => (choice ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
  }
  return result;
}

export function summary(r: LintWorkspaceResult): string {
  const { error, warning, info } = r.problems;
  const counts = vscode.l10n.t('{0} errors, {1} warnings, {2} info', error, warning, info);
  return r.cancelled
    ? vscode.l10n.t('Support Lint: stopped after {0} files ({1}).', r.files, counts)
    : vscode.l10n.t('Support Lint: linted {0} files ({1}).', r.files, counts);
}
