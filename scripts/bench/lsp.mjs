// Language server benchmark: latency from a one-character edit to fresh (pulled)
// diagnostics for 20 KB and 200 KB call scripts (p50/p95 over many edits), and the
// server's memory after opening 1,000 files. Uses the bundle, dist/server.js.
//   node scripts/bench/lsp.mjs            prints a table
//   import { benchLsp } from ...           rows for scripts/bench.mjs
import { spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { createRequire } from 'module';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { rng } from './corpus.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const EDITS = 60;
// A server lives for a whole editing session: the first edits, while V8 optimises the
// lint code, are warm-up and not counted.
const WARMUP = 20;
const FILES = 1000;

const AGENT = [
  'Thank you for calling {company}, this is {agent}. How can I help you today?',
  'Let me make sure I understand, {customer}: since this morning the printer shows offline. Is that right?',
  'Is the light on the front of the printer on?',
  'I need to look at your account settings on our side. May I put you on hold for about two minutes?',
  'Thank you for waiting, {customer}.',
  'Could you restart the router and tell me when the lights are steady?',
  'Let me check the DNS settings and the DHCP lease for you.',
  'Just restart it, it is simply a cache problem.',
  'Our billing team can change this for you. May I transfer you to them?',
  'Could you print a test page now, so we know it works?',
  'To recap: we switched the printer back online and printed a test page.',
  'Is there anything else I can help you with today?',
  'The VPN and the SSO portal use your network credentials.',
];
const CUSTOMER = ['Hi, my printer says offline.', 'Yes.', 'No, it is off.', 'OK, it printed.'];
const SECTIONS = ['Greeting', 'Listen', 'Paraphrase', 'Clarify', 'Check settings', 'Troubleshooting', 'Close'];

/** A deterministic call script of about `bytes` characters. */
export function makeScript(bytes, seed = 1) {
  const r = rng(seed);
  const lines = ['---', 'title: Bench script', 'lang: en', 'placeholders: [agent, company, customer]', '---', '# Bench script', ''];
  let size = lines.join('\n').length;
  let i = 0;
  while (size < bytes) {
    const block = [`## ${SECTIONS[i++ % SECTIONS.length]}`];
    for (let k = 0; k < 3; k++) {
      block.push(`Agent: ${AGENT[Math.floor(r() * AGENT.length)]}`);
      if (r() < 0.6) block.push(`Customer: ${CUSTOMER[Math.floor(r() * CUSTOMER.length)]}`);
      if (r() < 0.1) block.push('[hold 2m]');
    }
    block.push('');
    size += block.join('\n').length + 1;
    lines.push(...block);
  }
  lines.push('[end]', '');
  return lines.join('\n');
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const now = () => Number(process.hrtime.bigint()) / 1e6;

async function startServer(workspace) {
  const proc = spawn(process.execPath, [join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {}, publishDiagnostics: {} } },
  });
  await conn.sendNotification('initialized', {});
  return { proc, conn };
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Milliseconds from a one-character didChange to the pulled diagnostics, per edit. */
async function editLatency(conn, uri, text) {
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callscript', version: 1, text } });
  let report = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  if (report.kind !== 'full' || report.items.length === 0) throw new Error('the benchmark script should have problems');
  const lines = text.split('\n');
  const agentLines = lines.map((l, i) => (l.startsWith('Agent: ') ? i : -1)).filter((i) => i >= 0);
  const times = [];
  let version = 1;
  for (let k = 0; k < EDITS + WARMUP; k++) {
    // Type a letter somewhere in an agent turn, then delete it: the size stays the same.
    const line = agentLines[(Math.floor(k / 2) * 7919) % agentLines.length];
    const at = { line, character: 7 };
    const change = k % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line, character: 8 } }, text: '' };
    const t0 = now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
    report = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    const t = now() - t0;
    if (report.kind !== 'full') throw new Error('expected fresh diagnostics after an edit');
    if (k >= WARMUP) times.push(t);
  }
  await conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return times;
}

/** Rows for the lead's table: [measure, supportlint, baseline (same run), ratio, target]. */
export async function benchLsp() {
  const workspace = mkdtempSync(join(tmpdir(), 'supportlint-lsp-bench-'));
  const { proc, conn } = await startServer(workspace);
  const rows = [];
  try {
    // Baseline: a request round trip that does no work (hover on an unknown document).
    const rt = [];
    for (let i = 0; i < 60; i++) {
      const t0 = now();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///none.callscript' }, position: { line: 0, character: 0 } });
      rt.push(now() - t0);
    }
    const rtP95 = pct(rt.slice(10), 95);
    const baseRss = rssMiB(proc.pid);

    for (const [label, bytes, target] of [
      ['20 KB', 20 * 1024, 20],
      ['200 KB', 200 * 1024, 100],
    ]) {
      const text = makeScript(bytes, bytes);
      const times = await editLatency(conn, pathToFileURL(join(workspace, `bench-${bytes}.callscript`)).href, text);
      const p50 = pct(times, 50);
      const p95 = pct(times, 95);
      rows.push([`LSP edit -> diagnostics, ${label} (p50)`, `${p50.toFixed(1)} ms`, `round trip ${pct(rt.slice(10), 50).toFixed(2)} ms`, '', '']);
      rows.push([`LSP edit -> diagnostics, ${label} (p95, ${times.length} edits)`, `${p95.toFixed(1)} ms`, `round trip ${rtP95.toFixed(2)} ms`, `${(p95 / rtP95).toFixed(1)}x`, `< ${target} ms ${p95 < target ? 'ok' : 'MISSED'}`]);
    }

    for (let i = 0; i < FILES; i++) {
      const uri = pathToFileURL(join(workspace, `f${i}.callscript`)).href;
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'callscript', version: 1, text: makeScript(3000 + (i % 7) * 1000, i + 7) } });
      await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    }
    const rss = rssMiB(proc.pid);
    rows.push([`LSP memory, ${FILES} files open (RSS)`, `${rss.toFixed(0)} MiB`, `after start ${baseRss.toFixed(0)} MiB`, `${(rss / baseRss).toFixed(2)}x`, '']);
  } finally {
    await conn.sendRequest('shutdown').catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    await new Promise((r) => (proc.exitCode !== null ? r() : proc.on('exit', r)));
    conn.dispose();
    rmSync(workspace, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await benchLsp();
  const head = ['measure', 'supportlint', 'baseline (same run)', 'ratio', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cols) => cols.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
