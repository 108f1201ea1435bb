// Entry point of the VS Code extension: wires the language client, the case sidebar, the
// status bar and the commands. Every fact comes from the server; see docs/extension.md.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { registerCaseCommands } from './cases/caseCommands';
import { CasesProvider, VIEW_ID } from './cases/casesProvider';
import { newCaseNote } from './cases/newCaseNote';
import { fixAllInFile, openExample, restartServer, showFileProblems, showRuleDocumentation } from './commands';
import { showFailure } from './failure';
import { createLanguageClient, serverModule } from './languageClient';
import { ProblemsStatusBar } from './statusBar';
import { OPEN_REPORT_COMMAND, openComplianceReport, ScoreTracker } from './score';

/** What activate() returns: used by the integration tests and open to other extensions. */
export interface SupportlintApi {
  client: LanguageClient;
  casesProvider: CasesProvider;
  statusBar: ProblemsStatusBar;
  /** Settles when the language server is running (rejects when it failed to start). */
  ready: Promise<void>;
  /** Milliseconds from the start of activate() to the running server, once ready. */
  activationMs?: number;
}

let running: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): SupportlintApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Support Lint'), { log: true });
  context.subscriptions.push(output);

  const client = createLanguageClient(context, output);
  running = client;
  const casesProvider = new CasesProvider(client, context.workspaceState);
  const statusBar = new ProblemsStatusBar();
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: casesProvider, showCollapseAll: true });
  casesProvider.attach(treeView);
  casesProvider.listen();
  context.subscriptions.push(casesProvider, statusBar, treeView);
  context.subscriptions.push(new ScoreTracker(client, statusBar), vscode.commands.registerCommand(OPEN_REPORT_COMMAND, () => openComplianceReport(client)));

  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) statusBar.setServerState('running');
      else if (e.newState === State.Starting) statusBar.setServerState('starting');
      else statusBar.setServerState('stopped');
      // "Lint Workspace" is the server's command: offered only while the server runs.
      void vscode.commands.executeCommand('setContext', 'supportlint.serverRunning', e.newState === State.Running);
    }),
    // Load the tree once the server runs, and again after a restart.
    client.onDidChangeState((e) => (e.newState === State.Running ? void casesProvider.refresh() : undefined)),
    ...registerCaseCommands(client, casesProvider),
    vscode.commands.registerCommand('supportlint.newCaseNote', async (arg?: unknown, preset?: { id: string; customer?: string }) => {
      const uri = await newCaseNote(casesProvider.cases, arg, preset);
      // The note is already open in an editor: show it without waiting for the file watcher.
      if (uri) void casesProvider.refresh();
      return uri;
    }),
    vscode.commands.registerCommand('supportlint.fixAllInFile', () => fixAllInFile()),
    vscode.commands.registerCommand('supportlint.showRuleDocumentation', (ruleId?: unknown) =>
      showRuleDocumentation(context.extensionUri, ruleId),
    ),
    vscode.commands.registerCommand('supportlint.restartServer', async () => {
      try {
        await restartServer(client);
      } catch (e) {
        await showFailure(output, vscode.l10n.t('Support Lint could not restart its language server'), e);
      }
    }),
    vscode.commands.registerCommand('supportlint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('supportlint.showFileProblems', () => showFileProblems(context.workspaceState)),
    vscode.commands.registerCommand('supportlint.walkthrough.openExample', () => openExample(context.extensionUri)),
  );

  const api: SupportlintApi = { client, casesProvider, statusBar, ready: Promise.resolve() };
  // A missing server file would otherwise surface as a vague "connection got disposed".
  const start = fs.existsSync(serverModule(context))
    ? client.start()
    : Promise.reject(new Error(vscode.l10n.t('{0} is missing: reinstall the extension (or run `npm run build` in a checkout).', serverModule(context))));
  api.ready = start.then(
    () => {
      api.activationMs = Math.round(performance.now() - started);
      output.info(`Language server ready ${api.activationMs} ms after activation.`);
      statusBar.setServerState('running');
    },
    (e: unknown) => {
      statusBar.setServerState('failed');
      void showFailure(output, vscode.l10n.t('Support Lint could not start its language server'), e);
      throw e;
    },
  );
  // The failure is already shown to the user; callers that await `ready` still see it.
  api.ready.catch(() => undefined);
  return api;
}

/** VS Code waits for the returned promise, so the server process ends with the extension. */
export function deactivate(): Promise<void> | undefined {
  const client = running;
  running = undefined;
  return client?.isRunning() ? client.stop() : undefined;
}
