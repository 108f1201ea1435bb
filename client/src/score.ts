// The compliance score in VS Code (docs/scoring.md): the active file's score in the status
// bar, and "Open compliance report", which shows the workspace's report (the page
// `supportlint report --out report.html` writes) in a webview. The server computes both;
// the code lens on the first line comes from the server too.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ReportRequest, ScoreRequest, type ReportResult } from '../../server/src/protocol';
import type { ProblemsStatusBar } from './statusBar';

export const OPEN_REPORT_COMMAND = 'supportlint.openReport';
const LANGUAGES = new Set(['callscript', 'ticket']);
/** Diagnostics arrive in bursts while typing: ask once they settle. */
const SETTLE_MS = 100;

/** Keeps the status bar's score in step with the active file's diagnostics. */
export class ScoreTracker implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private asked = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly statusBar: ProblemsStatusBar,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.schedule();
      }),
      client.onDidChangeState((e) => (e.newState === State.Running ? this.schedule() : undefined)),
    );
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), SETTLE_MS);
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LANGUAGES.has(doc.languageId) || !this.client.isRunning()) return;
    const asked = ++this.asked;
    try {
      const score = await this.client.sendRequest(ScoreRequest.type, { uri: this.client.code2ProtocolConverter.asUri(doc.uri) });
      // A later request (another file, newer diagnostics) answers for itself.
      if (asked === this.asked) this.statusBar.setScore(doc.uri, score ? score.score : null);
    } catch {
      // The server is restarting: it asks again once running.
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

let panel: vscode.WebviewPanel | undefined;

/** Builds the workspace's report on the server and shows it; returns what was shown. */
export async function openComplianceReport(client: LanguageClient): Promise<ReportResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder with call scripts or case notes to see its compliance report.'));
    return undefined;
  }
  // The page's script and style run only with this nonce (its Content Security Policy).
  const nonce = randomBytes(18).toString('base64').replace(/[+/=]/g, '');
  let result: ReportResult;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the compliance report…'), cancellable: true },
      (_progress, token) => client.sendRequest(ReportRequest.type, { nonce }, token),
    );
  } catch (e) {
    if (e instanceof Error && /cancel/i.test(e.message)) return undefined;
    throw e;
  }
  if (result.cancelled) return undefined;
  if (!panel) {
    panel = vscode.window.createWebviewPanel('supportlint.report', vscode.l10n.t('Compliance report'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => (panel = undefined));
  } else {
    panel.reveal(vscode.ViewColumn.Active);
  }
  panel.webview.html = result.html;
  return result;
}
