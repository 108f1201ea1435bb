// How the case sidebar groups and describes case notes. Only presentation: every fact
// (status, overdue, problem counts) comes from the server's supportlint/cases answer.
import * as vscode from 'vscode';
import { TICKET_STATUSES, type CaseSummary } from '../../../server/src/protocol';

export type GroupBy = 'status' | 'tier' | 'owner';
export const GROUP_BYS: readonly GroupBy[] = ['status', 'tier', 'owner'];

export interface CaseGroup {
  /** Stable within one grouping, e.g. `status:open`, `tier:none`. */
  key: string;
  label: string;
  cases: CaseSummary[];
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'open':
      return vscode.l10n.t('Open');
    case 'pending':
      return vscode.l10n.t('Pending');
    case 'escalated':
      return vscode.l10n.t('Escalated');
    case 'resolved':
      return vscode.l10n.t('Resolved');
    case 'closed':
      return vscode.l10n.t('Closed');
    default:
      return status;
  }
}

export function groupByLabel(by: GroupBy): string {
  switch (by) {
    case 'status':
      return vscode.l10n.t('Status');
    case 'tier':
      return vscode.l10n.t('Tier');
    case 'owner':
      return vscode.l10n.t('Owner');
  }
}

function groupOf(c: CaseSummary, by: GroupBy): { key: string; label: string; rank: string } {
  if (by === 'status') {
    const i = c.status === null ? -1 : (TICKET_STATUSES as readonly string[]).indexOf(c.status);
    if (c.status === null || i < 0) return { key: 'status:none', label: vscode.l10n.t('No status'), rank: '9' };
    return { key: `status:${c.status}`, label: statusLabel(c.status), rank: String(i) };
  }
  if (by === 'tier') {
    if (c.tier === null) return { key: 'tier:none', label: vscode.l10n.t('No tier'), rank: '9' };
    return { key: `tier:${c.tier}`, label: vscode.l10n.t('Tier {0}', c.tier), rank: String(c.tier) };
  }
  const owner = c.owner?.trim();
  if (!owner) return { key: 'owner:none', label: vscode.l10n.t('Unassigned'), rank: '\uffff' };
  return { key: `owner:${owner.toLocaleLowerCase()}`, label: owner, rank: owner.toLocaleLowerCase() };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** CASE-9 before CASE-10; notes without an id by file name, after those with one. */
function byCaseId(a: CaseSummary, b: CaseSummary): number {
  if ((a.case === null) !== (b.case === null)) return a.case === null ? 1 : -1;
  return collator.compare(a.case ?? fileName(a), b.case ?? fileName(b)) || collator.compare(a.uri, b.uri);
}

/** Non-empty groups in a fixed order (statuses as a case moves through them; "none" last). */
export function groupCases(cases: readonly CaseSummary[], by: GroupBy): CaseGroup[] {
  const groups = new Map<string, CaseGroup & { rank: string }>();
  for (const c of cases) {
    const g = groupOf(c, by);
    let group = groups.get(g.key);
    if (!group) groups.set(g.key, (group = { key: g.key, label: g.label, rank: g.rank, cases: [] }));
    group.cases.push(c);
  }
  return [...groups.values()]
    .sort((a, b) => a.rank.localeCompare(b.rank))
    .map(({ key, label, cases: list }) => ({ key, label, cases: list.sort(byCaseId) }));
}

export function problemCount(c: CaseSummary): number {
  return c.problems.error + c.problems.warning + c.problems.info;
}

/** The case's file name without folder, for notes that have no `case:` id yet. */
export function fileName(c: CaseSummary): string {
  const path = vscode.Uri.parse(c.uri).path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** One line next to the case id: customer · tier · follow-up (overdue) · problems. */
export function caseDescription(c: CaseSummary, by: GroupBy): string {
  const parts: string[] = [];
  if (c.customer) parts.push(c.customer);
  if (c.tier !== null && by !== 'tier') parts.push(vscode.l10n.t('Tier {0}', c.tier));
  if (by !== 'status' && c.status) parts.push(statusLabel(c.status));
  if (c.followUp) {
    parts.push(c.overdue ? vscode.l10n.t('overdue since {0}', c.followUp) : vscode.l10n.t('follow-up {0}', c.followUp));
  }
  const n = problemCount(c);
  if (n === 1) parts.push(vscode.l10n.t('1 problem'));
  else if (n > 1) parts.push(vscode.l10n.t('{0} problems', n));
  if (typeof c.score === 'number') parts.push(vscode.l10n.t('score {0}', c.score));
  return parts.join(' · ');
}

export function caseTooltip(c: CaseSummary): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const row = (label: string, value: string | number | null) => {
    if (value !== null && value !== '') md.appendMarkdown(`**${label}:** `).appendText(String(value)).appendMarkdown('  \n');
  };
  md.appendMarkdown('### ').appendText(c.case ?? fileName(c)).appendMarkdown('\n\n');
  row(vscode.l10n.t('Customer'), c.customer);
  row(vscode.l10n.t('Status'), c.status ? statusLabel(c.status) : null);
  row(vscode.l10n.t('Tier'), c.tier);
  row(vscode.l10n.t('Owner'), c.owner);
  if (c.followUp) row(vscode.l10n.t('Follow-up'), c.overdue ? vscode.l10n.t('{0} (overdue)', c.followUp) : c.followUp);
  row(
    vscode.l10n.t('Problems'),
    vscode.l10n.t('{0} errors, {1} warnings, {2} info', c.problems.error, c.problems.warning, c.problems.info),
  );
  if (typeof c.score === 'number') row(vscode.l10n.t('Score'), `${c.score}/100`);
  return md;
}
