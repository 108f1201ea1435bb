// The compliance report as one self-contained HTML file: inline styles, an inline SVG
// chart and a small inline script (table sorting). It loads nothing: the Content
// Security Policy forbids every network request. The VS Code webview shows the same page,
// passing a nonce for its own policy. Colours follow the editor theme there.
import { displayPath } from '../cli/report';
import type { ReportSummary, GroupStats } from './summary';
import type { ReportFile, ReportFinding } from './types';
import { findingsChart } from './chart';
import { count, esc } from './escape';

/** Findings listed per file; the rest are counted ("and 12 more"). */
export const MAX_FINDINGS_PER_FILE = 200;
/**
 * Findings listed in the whole page, so a report over thousands of files still opens in
 * a browser: the lowest scores get their findings listed first.
 */
export const MAX_FINDINGS_LISTED = 20000;
/** Above this many files the per-file sections start closed. */
const OPEN_DETAILS_UP_TO = 50;

export interface HtmlOptions {
  cwd: string;
  toolVersion: string;
  /** YYYY-MM-DD. */
  generated: string;
  /** Script and style nonce (the editor's webview policy); none: 'unsafe-inline'. */
  nonce?: string;
  title?: string;
}

const pct = (x: number | null) => (x === null ? '–' : `${x}%`);
const num = (x: number | null) => (x === null ? '–' : String(x));

function card(id: string, label: string, value: string, cls = ''): string {
  return `<div class="card ${cls}"><div class="label">${esc(label)}</div><div class="value" id="${id}">${esc(value)}</div></div>`;
}

function groupTable(id: string, title: string, groups: GroupStats[]): string {
  const rows = groups
    .map((g) => `<tr><td>${esc(g.key || 'unknown')}</td><td class="n">${g.files}</td><td class="n">${g.passed}</td><td class="n">${pct(g.passRate)}</td><td class="n">${num(g.averageScore)}</td></tr>`)
    .join('');
  return `<table class="groups" id="${id}"><caption>${esc(title)}</caption><thead><tr><th scope="col">${esc(title.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase()))}</th><th scope="col" class="n">Files</th><th scope="col" class="n">Passed</th><th scope="col" class="n">Pass rate</th><th scope="col" class="n">Average score</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function excerptHtml(f: ReportFinding): string {
  const { text, mark, line } = f.excerpt;
  const body = mark ? `${esc(text.slice(0, mark[0]))}<mark>${esc(text.slice(mark[0], mark[1]))}</mark>${esc(text.slice(mark[1]))}` : esc(text);
  return `<pre class="excerpt"><span class="ln">${line}</span>${body}</pre>`;
}

function findingHtml(f: ReportFinding): string {
  const tags = [f.critical ? '<span class="tag critical">critical</span>' : '', f.isNew ? '<span class="tag new">new</span>' : ''].join('');
  return (
    `<li class="finding sev-${f.severity}" data-rule="${esc(f.ruleId)}">` +
    `<div class="where"><span class="pos">${f.line}:${f.column}</span> <span class="sev">${f.severity}</span> ` +
    `<a class="rule" href="${esc(f.docs)}" target="_blank" rel="noopener">${esc(f.ruleId)}</a>${tags}</div>` +
    `<div class="msg">${esc(f.message)}</div>${excerptHtml(f)}</li>`
  );
}

function scoreBadge(f: ReportFile): string {
  if (!f.score) return '<span class="badge fatal">not scored</span>';
  const s = f.score;
  const crit = s.criticalFindings ? ` · ${s.criticalFindings} critical` : '';
  return `<span class="badge ${s.pass ? 'pass' : 'fail'}">${s.score}/100 · ${s.pass ? 'pass' : 'fail'}${crit}</span>`;
}

function scorecardHtml(f: ReportFile): string {
  if (!f.score) return `<p class="fatal">${esc(f.fatal ?? 'Not linted.')}</p>`;
  const lost = f.score.rules.filter((r) => r.status === 'fail' && r.weight > 0);
  const na = f.score.rules.filter((r) => r.status === 'n/a');
  const parts: string[] = [];
  if (lost.length) parts.push(`<p class="lost">Points lost: ${lost.map((r) => `${esc(r.ruleId)} −${round(r.weight - r.earned)}`).join(', ')} (of ${round(f.score.possible)} possible).</p>`);
  if (na.length) {
    const byReason = new Map<string, string[]>();
    for (const r of na) byReason.set(r.reason ?? '', [...(byReason.get(r.reason ?? '') ?? []), r.ruleId]);
    const groups = [...byReason].map(([why, ids]) => `${ids.map(esc).join(', ')} (${esc(why)})`);
    parts.push(`<p class="na">Not applicable: ${groups.join('; ')}.</p>`);
  }
  return parts.join('');
}

const round = (x: number) => Math.round(x * 100) / 100;

/** How many findings each file lists, within the page's budget, worst scores first. */
export function listedCounts(files: ReportFile[], budget = MAX_FINDINGS_LISTED): number[] {
  const order = files.map((_, i) => i).sort((a, b) => (files[a].score?.score ?? -1) - (files[b].score?.score ?? -1) || a - b);
  const out = new Array<number>(files.length).fill(0);
  let left = budget;
  for (const i of order) {
    out[i] = Math.min(files[i].findings.length, MAX_FINDINGS_PER_FILE, left);
    left -= out[i];
  }
  return out;
}

function fileSection(f: ReportFile, i: number, cwd: string, open: boolean, listed: number): string {
  const shown = f.findings.slice(0, listed);
  const more = f.findings.length - shown.length;
  const list = shown.length ? `<ol class="findings">${shown.map(findingHtml).join('')}</ol>` : f.score ? '<p class="clean">No findings.</p>' : '';
  return (
    `<details class="file" id="file-${i}"${open ? ' open' : ''}><summary><span class="path">${esc(displayPath(f.filePath, cwd))}</span> ${scoreBadge(f)}</summary>` +
    scorecardHtml(f) +
    list +
    (more > 0 ? `<p class="more">… and ${more} more finding${more === 1 ? '' : 's'}: run <code>supportlint ${esc(displayPath(f.filePath, cwd))}</code> to see them all.</p>` : '') +
    `</details>`
  );
}

function fileRow(f: ReportFile, i: number, cwd: string, withNew: boolean): string {
  const p = displayPath(f.filePath, cwd);
  const s = f.score;
  const result = s ? (s.pass ? 'pass' : 'fail') : 'not scored';
  const cells = [
    `<td data-value="${esc(p)}"><a href="#file-${i}">${esc(p)}</a></td>`,
    `<td data-value="${esc(f.kind ?? '')}">${esc(f.kind ?? '')}</td>`,
    `<td data-value="${esc(f.lang)}">${esc(f.lang)}</td>`,
    `<td class="n score" data-value="${s ? s.score : -1}">${s ? s.score : '–'}</td>`,
    `<td data-value="${result}"><span class="result ${s ? (s.pass ? 'pass' : 'fail') : 'fatal'}">${result}</span></td>`,
    `<td class="n" data-value="${f.errorCount}">${f.errorCount}</td>`,
    `<td class="n" data-value="${f.warningCount}">${f.warningCount}</td>`,
    `<td class="n" data-value="${f.infoCount}">${f.infoCount}</td>`,
    `<td class="n" data-value="${s?.criticalFindings ?? 0}">${s?.criticalFindings ?? 0}</td>`,
  ];
  if (withNew) {
    const n = f.findings.filter((m) => m.isNew).length;
    cells.push(`<td class="n" data-value="${n}">${n}</td>`);
  }
  return `<tr id="row-${i}" data-path="${esc(p)}">${cells.join('')}</tr>`;
}

const COLUMNS: Array<[string, 'text' | 'number']> = [
  ['File', 'text'],
  ['Kind', 'text'],
  ['Language', 'text'],
  ['Score', 'number'],
  ['Result', 'text'],
  ['Errors', 'number'],
  ['Warnings', 'number'],
  ['Info', 'number'],
  ['Critical', 'number'],
];

export function renderHtml(files: ReportFile[], summary: ReportSummary, opts: HtmlOptions): string {
  const withNew = summary.newFindings !== undefined;
  const cols = withNew ? [...COLUMNS, ['New', 'number'] as [string, 'number']] : COLUMNS;
  const nonceAttr = opts.nonce ? ` nonce="${esc(opts.nonce)}"` : '';
  const src = opts.nonce ? `'nonce-${opts.nonce}'` : "'unsafe-inline'";
  const csp = `default-src 'none'; style-src ${src}; script-src ${src}; img-src data:`;
  const title = opts.title ?? 'Compliance report';
  const scored = summary.files - summary.unreadable;
  const open = files.length <= OPEN_DETAILS_UP_TO;
  const listed = listedCounts(files);

  const cards = [
    card('s-files', 'Files', count(summary.files)),
    card('s-pass-rate', 'Pass rate', pct(summary.passRate), summary.failed ? 'warn' : 'ok'),
    card('s-average', 'Average score', num(summary.averageScore)),
    card('s-failed', 'Failing files', count(summary.failed), summary.failed ? 'bad' : 'ok'),
    card('s-critical', 'Critical findings', count(summary.criticalFindings), summary.criticalFindings ? 'bad' : 'ok'),
    card('s-findings', 'Findings', count(summary.findings)),
  ];
  if (withNew) cards.push(card('s-new', 'New findings', count(summary.newFindings ?? 0), summary.newFindings ? 'bad' : 'ok'));

  const head = cols
    .map(([name, type], i) => `<th scope="col" aria-sort="none" class="${type === 'number' ? 'n' : ''}"><button type="button" data-col="${i}" data-type="${type}">${name}</button></th>`)
    .join('');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="supportlint ${esc(opts.toolVersion)}">
<title>${esc(title)}</title>
<style${nonceAttr}>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${summary.files} file${summary.files === 1 ? '' : 's'} (${scored} scored) · generated ${esc(opts.generated)} by supportlint ${esc(opts.toolVersion)}</p>
</header>
<main>
<section class="cards" aria-label="Summary">${cards.join('')}</section>
<section class="breakdown">${groupTable('by-lang', 'By language', summary.byLang)}${groupTable('by-kind', 'By file kind', summary.byKind)}</section>
<section><h2>Findings per rule</h2>${findingsChart(summary.byRule)}</section>
<section><h2>Files</h2>
<table id="files"><thead><tr>${head}</tr></thead><tbody>${files.map((f, i) => fileRow(f, i, opts.cwd, withNew)).join('')}</tbody></table>
</section>
<section id="details"><h2>Findings by file</h2>${files.map((f, i) => fileSection(f, i, opts.cwd, open, listed[i])).join('')}</section>
</main>
<script${nonceAttr}>${SCRIPT}</script>
</body>
</html>
`;
}

// Sorts the files table by the clicked column (again: the other way), the file path
// breaking ties; opens a file's section when a link jumps to it.
const SCRIPT = `(function () {
  var table = document.getElementById('files');
  var body = table.tBodies[0];
  var buttons = table.querySelectorAll('thead button');
  function value(row, col, type) {
    var v = row.cells[col].getAttribute('data-value');
    return type === 'number' ? Number(v) : v;
  }
  function sortBy(col, type, dir) {
    var items = Array.prototype.map.call(body.rows, function (r) {
      return { row: r, key: value(r, col, type), path: r.getAttribute('data-path') };
    });
    items.sort(function (a, b) {
      var c = type === 'number' ? a.key - b.key : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      if (c === 0) c = a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
      return dir === 'ascending' ? c : -c;
    });
    var frag = document.createDocumentFragment();
    items.forEach(function (it) { frag.appendChild(it.row); });
    body.appendChild(frag);
    Array.prototype.forEach.call(buttons, function (b) { b.parentNode.setAttribute('aria-sort', 'none'); });
    buttons[col].parentNode.setAttribute('aria-sort', dir);
  }
  Array.prototype.forEach.call(buttons, function (b) {
    b.addEventListener('click', function () {
      var th = b.parentNode;
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      sortBy(Number(b.getAttribute('data-col')), b.getAttribute('data-type'), dir);
    });
  });
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener('hashchange', openTarget);
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#file-"]');
    if (a) { var el = document.getElementById(a.getAttribute('href').slice(1)); if (el) el.open = true; }
  });
  openTarget();
})();`;

const STYLE = `
:root {
  /* Light and dark fallbacks for browsers; the editor's theme wins inside VS Code. */
  --fb-bg: #ffffff; --fb-fg: #1f2328; --fb-muted: #59636e; --fb-line: #d1d9e0; --fb-card: #f6f8fa; --fb-link: #0969da;
  --fb-pass: #1a7f37; --fb-fail: #cf222e; --fb-warn: #9a6700; --fb-info: #0969da; --fb-bar: #3b6fb6;
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: 14px;
}
@media (prefers-color-scheme: dark) {
  :root { --fb-bg: #0d1117; --fb-fg: #e6edf3; --fb-muted: #9198a1; --fb-line: #3d444d; --fb-card: #151b23; --fb-link: #4493f8;
    --fb-pass: #3fb950; --fb-fail: #f85149; --fb-warn: #d29922; --fb-info: #4493f8; --fb-bar: #4493f8; }
}
body {
  --bg: var(--vscode-editor-background, var(--fb-bg));
  --fg: var(--vscode-editor-foreground, var(--fb-fg));
  --muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --line: var(--vscode-panel-border, var(--fb-line));
  --card: var(--vscode-sideBar-background, var(--fb-card));
  --link: var(--vscode-textLink-foreground, var(--fb-link));
  --pass: var(--vscode-testing-iconPassed, var(--fb-pass));
  --fail: var(--vscode-errorForeground, var(--fb-fail));
  --warn: var(--vscode-editorWarning-foreground, var(--fb-warn));
  --info: var(--vscode-editorInfo-foreground, var(--fb-info));
  --bar: var(--vscode-charts-blue, var(--fb-bar));
  --bar-critical: var(--vscode-charts-red, var(--fb-fail));
}
body { margin: 0; padding: 24px 32px; background: var(--bg); color: var(--fg); }
h1 { margin: 0 0 4px; font-size: 24px; }
h2 { font-size: 18px; margin: 32px 0 12px; }
.meta, .na, .more { color: var(--muted); }
a { color: var(--link); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; min-width: 130px; }
.card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .value { font-size: 26px; font-weight: 600; margin-top: 4px; }
.card.bad .value { color: var(--fail); } .card.ok .value { color: var(--pass); } .card.warn .value { color: var(--warn); }
.breakdown { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 32px; margin-top: 24px; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left; }
th.n, td.n { text-align: right; }
#files { width: 100%; table-layout: fixed; }
#files th:first-child { width: 40%; }
#files td:first-child { overflow-wrap: anywhere; }
#files th button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; }
#files th[aria-sort="ascending"] button::after { content: " \\25B2"; }
#files th[aria-sort="descending"] button::after { content: " \\25BC"; }
.result.pass, .badge.pass { color: var(--pass); } .result.fail, .badge.fail { color: var(--fail); } .result.fatal, .badge.fatal, p.fatal { color: var(--warn); }
#chart .bar rect { fill: var(--bar); } #chart .bar.critical rect { fill: var(--bar-critical); }
#chart text { fill: var(--fg); font-size: 13px; } #chart .value { fill: var(--muted); }
details.file { border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; padding: 8px 14px; content-visibility: auto; contain-intrinsic-size: auto 48px; }
details.file summary { cursor: pointer; font-weight: 600; }
.badge { font-weight: 600; margin-left: 8px; }
ol.findings { padding-left: 20px; }
.finding { margin: 10px 0; }
.finding .pos { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); color: var(--muted); }
.finding .sev { font-weight: 600; }
.sev-error .sev { color: var(--fail); } .sev-warning .sev { color: var(--warn); } .sev-info .sev { color: var(--info); }
.tag { font-size: 11px; border-radius: 4px; padding: 1px 6px; margin-left: 6px; border: 1px solid currentColor; }
.tag.critical { color: var(--fail); } .tag.new { color: var(--warn); }
pre.excerpt { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 4px 0 0; white-space: pre-wrap; word-break: break-word;
  font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 13px; }
pre.excerpt .ln { color: var(--muted); display: inline-block; min-width: 3em; user-select: none; }
pre.excerpt mark { background: rgba(255, 200, 0, .35); color: inherit; border-bottom: 2px solid var(--warn); }
`;
