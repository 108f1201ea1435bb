// The status bar item: the active file's supportlint problems (and, once the server
// reports it, the file's QA score). Click: the Problems panel for this file.
import * as vscode from 'vscode';
import { SOURCE } from './diagnostics';

export type ServerState = 'starting' | 'running' | 'failed' | 'stopped';

export interface FileCounts {
  error: number;
  warning: number;
  info: number;
}

export function countProblems(uri: vscode.Uri): FileCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
    else counts.info++;
  }
  return counts;
}

const LANGUAGES = new Set(['callscript', 'ticket']);

export class ProblemsStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private state: ServerState = 'starting';
  private scores = new Map<string, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updated = new vscode.EventEmitter<string>();
  /** Fires with the new text after every update (for tests). */
  readonly onDidUpdate = this.updated.event;

  constructor() {
    this.item = vscode.window.createStatusBarItem('supportlint.problems', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Support Lint Problems');
    this.disposables.push(
      this.item,
      this.updated,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('supportlint.enable')) this.update();
      }),
    );
    this.update();
  }

  setServerState(state: ServerState): void {
    this.state = state;
    this.update();
  }

  /** The QA score of a file (0-100) when the server provides one; null removes it. */
  setScore(uri: vscode.Uri, score: number | null): void {
    if (score === null) this.scores.delete(uri.toString());
    else this.scores.set(uri.toString(), score);
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LANGUAGES.has(doc.languageId)) {
      this.item.hide();
      return;
    }
    this.item.backgroundColor = undefined;
    if (this.state === 'failed' || this.state === 'stopped') {
      this.item.text = '$(error) ' + vscode.l10n.t('Support Lint');
      this.item.tooltip = vscode.l10n.t('The Support Lint language server is not running. Click to see its output.');
      this.item.command = 'supportlint.showOutput';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (this.state === 'starting') {
      this.item.text = '$(sync~spin) ' + vscode.l10n.t('Support Lint');
      this.item.tooltip = vscode.l10n.t('Support Lint is starting…');
      this.item.command = 'supportlint.showOutput';
    } else if (!vscode.workspace.getConfiguration('supportlint', doc.uri).get<boolean>('enable', true)) {
      this.item.text = '$(circle-slash) ' + vscode.l10n.t('Support Lint');
      this.item.tooltip = vscode.l10n.t('Support Lint is turned off for this file (setting supportlint.enable).');
      this.item.command = { command: 'workbench.action.openSettings', title: '', arguments: ['supportlint.enable'] };
    } else {
      const c = countProblems(doc.uri);
      const parts: string[] = [];
      if (c.error) parts.push(c.error === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', c.error));
      if (c.warning) parts.push(c.warning === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', c.warning));
      if (c.info) parts.push(vscode.l10n.t('{0} info', c.info));
      const score = this.scores.get(doc.uri.toString());
      const scoreText = score === undefined ? '' : ' · ' + vscode.l10n.t('score {0}', score);
      this.item.text = parts.length
        ? `$(${c.error ? 'error' : c.warning ? 'warning' : 'info'}) ${parts.join(', ')}${scoreText}`
        : `$(check) ${vscode.l10n.t('No problems')}${scoreText}`;
      this.item.tooltip = vscode.l10n.t('Support Lint: problems in this file. Click to show them in the Problems panel.');
      this.item.command = 'supportlint.showFileProblems';
    }
    this.item.accessibilityInformation = { label: this.item.text.replace(/\$\([^)]*\)\s*/g, '') };
    this.item.show();
    this.updated.fire(this.item.text);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
