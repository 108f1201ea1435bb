// The "Support Cases" tree: the workspace's case notes from supportlint/cases, grouped by
// status, tier or owner, reloaded whenever the server says the answer changed.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CasesChangedNotification,
  CasesRequest,
  type CaseSummary,
  type CasesResult,
} from '../../../server/src/protocol';
import { caseDescription, caseTooltip, fileName, groupByLabel, groupCases, GROUP_BYS, type CaseGroup, type GroupBy } from './grouping';

export const VIEW_ID = 'supportlint.cases';
const GROUP_BY_KEY = 'supportlint.cases.groupBy';

export type CaseNode = { kind: 'group'; group: CaseGroup } | { kind: 'case'; summary: CaseSummary; groupKey: string };

const STATUS_ICONS: Record<string, string> = {
  open: 'circle-large-outline',
  pending: 'clock',
  escalated: 'arrow-circle-up',
  resolved: 'pass',
  closed: 'archive',
};

export class CasesProvider implements vscode.TreeDataProvider<CaseNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<CaseNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loadedEmitter = new vscode.EventEmitter<CasesResult>();
  /** Fires after each successful reload, with what the tree now shows. */
  readonly onDidLoad = this.loadedEmitter.event;

  private result: CasesResult | null = null;
  private loading: Promise<void> | null = null;
  private again = false;
  private error: string | null = null;
  private by: GroupBy;
  private view: vscode.TreeView<CaseNode> | null = null;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly state: vscode.Memento,
  ) {
    const saved = state.get<string>(GROUP_BY_KEY);
    this.by = GROUP_BYS.includes(saved as GroupBy) ? (saved as GroupBy) : 'status';
    void vscode.commands.executeCommand('setContext', GROUP_BY_KEY, this.by);
  }

  /** Reloads on the server's supportlint/casesChanged (the client keeps the handler across restarts). */
  listen(): void {
    this.disposables.push(this.client.onNotification(CasesChangedNotification.type, () => void this.refresh()));
  }

  attach(view: vscode.TreeView<CaseNode>): void {
    this.view = view;
    this.updateViewChrome();
  }

  get groupBy(): GroupBy {
    return this.by;
  }

  async setGroupBy(by: GroupBy): Promise<void> {
    if (by === this.by) return;
    this.by = by;
    await this.state.update(GROUP_BY_KEY, by);
    await vscode.commands.executeCommand('setContext', GROUP_BY_KEY, by);
    this.updateViewChrome();
    this.changed.fire(undefined);
  }

  /** The last answer of the server (null before the first load). */
  get cases(): readonly CaseSummary[] {
    return this.result?.cases ?? [];
  }

  /**
   * Asks the server again. Calls during a load are folded into one more load after it,
   * so the tree always ends on the newest answer.
   */
  refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        await this.load();
      } while (this.again);
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    if (!this.client.isRunning()) return;
    try {
      const result = await this.client.sendRequest(CasesRequest.type);
      this.result = result;
      this.error = null;
      this.updateViewChrome();
      this.changed.fire(undefined);
      this.loadedEmitter.fire(result);
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.changed.fire(undefined);
    }
  }

  private updateViewChrome(): void {
    if (!this.view) return;
    this.view.description = vscode.l10n.t('by {0}', groupByLabel(this.by).toLocaleLowerCase());
    const overdue = this.cases.filter((c) => c.overdue).length;
    this.view.badge = overdue
      ? { value: overdue, tooltip: overdue === 1 ? vscode.l10n.t('1 case is overdue') : vscode.l10n.t('{0} cases are overdue', overdue) }
      : undefined;
    this.view.message = this.error ? vscode.l10n.t('Could not load the cases: {0}', this.error) : undefined;
  }

  async getChildren(node?: CaseNode): Promise<CaseNode[]> {
    if (node?.kind === 'case') return [];
    if (node?.kind === 'group') return node.group.cases.map((summary) => ({ kind: 'case', summary, groupKey: node.group.key }));
    if (!this.result) await this.refresh();
    return groupCases(this.cases, this.by).map((group) => ({ kind: 'group', group }));
  }

  getTreeItem(node: CaseNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group/${node.group.key}`;
      item.description = String(node.group.cases.length);
      item.contextValue = 'supportlint.group';
      const status = node.group.key.startsWith('status:') ? node.group.key.slice(7) : null;
      item.iconPath = new vscode.ThemeIcon(
        status ? (STATUS_ICONS[status] ?? 'question') : this.by === 'tier' ? 'layers' : 'person',
      );
      return item;
    }
    const c = node.summary;
    const uri = vscode.Uri.parse(c.uri);
    const item = new vscode.TreeItem(c.case ?? fileName(c), vscode.TreeItemCollapsibleState.None);
    item.id = `case/${c.uri}`;
    item.resourceUri = uri;
    item.description = caseDescription(c, this.by);
    item.tooltip = caseTooltip(c);
    item.contextValue = c.overdue ? 'supportlint.case.overdue' : 'supportlint.case';
    item.iconPath = c.overdue
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : c.problems.error > 0
        ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
        : new vscode.ThemeIcon('note');
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Case Note'), arguments: [uri] };
    item.accessibilityInformation = { label: [item.label, item.description].filter(Boolean).join(', ') };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
    this.loadedEmitter.dispose();
  }
}
