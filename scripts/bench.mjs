// npm run bench: throughput, start-up time and peak memory of the CLI (and editor
// latency of the language server when its benchmark is present), each next to a
// baseline measured in the same run and printed as a ratio.
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { createRequire } from 'module';
import { generateCorpus } from './bench/corpus.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const cli = join(root, 'bin', 'supportlint.js');
const corpusDir = join(root, 'bench-corpus');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (ns) => Number(ns) / 1e6;

console.log('Generating the corpus ...');
const files = generateCorpus(corpusDir);
const totalBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const mb = totalBytes / (1024 * 1024);
console.log(`  ${files.length} files, ${mb.toFixed(2)} MB\n`);

// Baseline: read the same files and scan each with one combined regular expression of the glossary.
function baseline() {
  const glossary = JSON.parse(readFileSync(join(root, 'server/src/packs/en/jargon.json'), 'utf8'));
  const terms = glossary.flatMap((e) => [e.term, ...(e.aliases ?? [])]).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`\\b(?:${terms.join('|')})\\b`, 'gi');
  const t0 = process.hrtime.bigint();
  let hits = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    hits += (text.match(re) ?? []).length;
  }
  return { ms: ms(process.hrtime.bigint() - t0), hits };
}

function runCli(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const t = ms(process.hrtime.bigint() - t0);
  if (r.status === 2) throw new Error(`CLI failed: ${r.stderr}`);
  return { ms: t, stdout: r.stdout };
}

// Peak memory: the CLI in-process, reporting its own maximum resident set size.
function cliPeakRss(args) {
  const code = `require(${JSON.stringify(join(root, 'dist/cli.js'))}).main(${JSON.stringify(args)}, { stdout: { write() {} } }).then(() => process.stderr.write(String(process.resourceUsage().maxRSS)))`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return Number(r.stderr.trim().split('\n').pop()) / 1024;
}

function nodePeakRss() {
  const r = spawnSync(process.execPath, ['-e', 'process.stderr.write(String(process.resourceUsage().maxRSS))'], { encoding: 'utf8' });
  return Number(r.stderr) / 1024;
}

const rows = [];
const base = [baseline(), baseline(), baseline()];
const baseMs = median(base.map((b) => b.ms));
const lintRuns = [0, 1, 2].map(() => runCli([corpusDir, '--format', 'json', '--output-file', join(tmpdir(), 'supportlint-bench.json')]));
const lintMs = median(lintRuns.map((r) => r.ms));
const report = JSON.parse(readFileSync(join(tmpdir(), 'supportlint-bench.json'), 'utf8'));
const problems = report.reduce((n, f) => n + f.messages.length, 0);
const baseMBs = mb / (baseMs / 1000);
const lintMBs = mb / (lintMs / 1000);
rows.push(['CLI throughput, whole corpus', `${lintMBs.toFixed(2)} MB/s (${lintMs.toFixed(0)} ms, ${problems} problems)`, `baseline regex scan ${baseMBs.toFixed(2)} MB/s (${baseMs.toFixed(0)} ms)`, `${(lintMBs / baseMBs).toFixed(2)}x`, '>= 0.33x']);

const small = join(mkdtempSync(join(tmpdir(), 'supportlint-bench-')), 'small.callscript');
writeFileSync(small, '## Greeting\nAgent: Thank you for calling {company}, this is {agent}. How can I help you today?\n');
const startRuns = [];
const nodeRuns = [];
for (let i = 0; i < 15; i++) {
  startRuns.push(runCli([small, '--no-color']).ms);
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, ['-e', '0']);
  nodeRuns.push(ms(process.hrtime.bigint() - t0));
}
const startMs = median(startRuns);
const nodeMs = median(nodeRuns);
rows.push(['Start-up, one small file', `${startMs.toFixed(0)} ms`, `bare node start ${nodeMs.toFixed(0)} ms`, `${(startMs / nodeMs).toFixed(2)}x`, '< 150 ms']);

const peak = cliPeakRss([corpusDir, '--format', 'json']);
const nodePeak = nodePeakRss();
rows.push(['Peak memory, whole corpus', `${peak.toFixed(0)} MiB`, `bare node ${nodePeak.toFixed(0)} MiB`, `${(peak / nodePeak).toFixed(2)}x`, '']);

const lspBench = join(root, 'scripts/bench/lsp.mjs');
if (existsSync(lspBench) && existsSync(join(root, 'dist/server.js'))) {
  const mod = await import(lspBench);
  if (typeof mod.benchLsp === 'function') {
    for (const row of await mod.benchLsp()) rows.push(row);
  }
}

const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => String(r[i]).length), ['measure', 'supportlint', 'baseline (same run)', 'ratio', 'target'][i].length));
const line = (cols) => cols.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(['measure', 'supportlint', 'baseline (same run)', 'ratio', 'target']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
void require;
