// The language client: starts dist/server.js over IPC and says which documents it gets.
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SETTINGS_SECTION, type InitializationOptions } from '../../server/src/protocol';
import { crashHandler } from './failure';
import { lintWorkspaceMiddleware } from './lintWorkspace';

export const CLIENT_ID = 'supportlint';

/** Documents the server lints; markdown only when `.supportlint.yaml` maps it (`files:`). */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'callscript' },
  { scheme: 'file', language: 'ticket' },
  { scheme: 'untitled', language: 'callscript' },
  { scheme: 'untitled', language: 'ticket' },
  { scheme: 'file', pattern: '**/.supportlint.{yaml,yml}' },
  { scheme: 'file', language: 'markdown' },
];

export function serverModule(context: vscode.ExtensionContext): string {
  return context.asAbsolutePath('dist/server.js');
}

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/*.{callscript,ticket}'),
    vscode.workspace.createFileSystemWatcher('**/.supportlint.{yaml,yml}'),
  ];
  context.subscriptions.push(...watchers);

  const initializationOptions: InitializationOptions = { locale: vscode.env.language };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watchers },
    initializationOptions,
    outputChannel: output,
    traceOutputChannel: output,
    // Failures are reported by the extension itself, with a way to the log (see failure.ts).
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: crashHandler(output),
    middleware: { executeCommand: lintWorkspaceMiddleware },
  };
  return new LanguageClient(CLIENT_ID, vscode.l10n.t('Support Lint Language Server'), serverOptions, clientOptions);
}
