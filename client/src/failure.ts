// Failures are shown, never swallowed: a message with the reason, a button to the log and
// one to restart, plus the full error in the output channel.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler, type Message } from 'vscode-languageclient/node';

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

export async function showFailure(output: vscode.LogOutputChannel, summary: string, error?: unknown): Promise<void> {
  if (error !== undefined) output.error(`${summary}: ${error instanceof Error && error.stack ? error.stack : errorText(error)}`);
  else output.error(summary);
  const showOutput = vscode.l10n.t('Show Output');
  const restart = vscode.l10n.t('Restart Server');
  const text = error === undefined ? summary : `${summary}: ${errorText(error)}`;
  const choice = await vscode.window.showErrorMessage(text, showOutput, restart);
  if (choice === showOutput) output.show(true);
  else if (choice === restart) await vscode.commands.executeCommand('supportlint.restartServer');
}

/** Restarts a crashed server up to 4 times in 3 minutes, then stops and says so. */
export function crashHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: (_error: Error, _message: Message | undefined, count: number | undefined) =>
      ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > 3 * 60_000) crashes.shift();
      if (crashes.length <= 4) return { action: CloseAction.Restart, handled: true };
      void showFailure(output, vscode.l10n.t('The Support Lint language server stopped 5 times in 3 minutes and will not be restarted'));
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
