// The HTML report opened in headless Chromium, as a reviewer opens it: the summary, the
// chart and the files table render, clicking a column header sorts the rows, secrets stay
// masked, and the page makes no network request. A screenshot is kept in test-artifacts/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { defaultConfig } from '../../../server/src/config/load';
import { docsUrl } from '../../../server/src/engine/docs';
import { analyzeText } from '../../../server/src/report/analyze';
import { listedCounts, renderHtml } from '../../../server/src/report/html';
import { summarize } from '../../../server/src/report/summary';
import { CARD, CLEAN_SCRIPT, HOLD_SCRIPT, PII_SCRIPT, RESOLVED_NOTE, repoRoot } from './fixtures';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = path.join(repoRoot(), 'test-artifacts', 'report');

const ES_NOTE = `---
case: CASO-77
status: open
opened: 2026-11-21
lang: es
---
## Síntoma
La impresora no imprime desde el lunes.

## Pasos realizados
- Revisamos el cable y la cola de impresión.
`;

describe('HTML report in Chromium', function () {
  this.timeout(60000);
  const cwd = '/work/qa';
  const config = defaultConfig(cwd);
  const file = (rel: string, text: string) =>
    analyzeText(path.join(cwd, rel), text, rel.endsWith('.ticket') ? 'ticket' : 'callscript', config, { today: '2026-11-23' });
  const files = [
    file('cases/CASE-2001.ticket', RESOLVED_NOTE),
    file('cases/CASO-77.ticket', ES_NOTE),
    file('scripts/clean.callscript', CLEAN_SCRIPT),
    file('scripts/hold.callscript', HOLD_SCRIPT),
    file('scripts/pii.callscript', PII_SCRIPT),
  ];
  const html = renderHtml(files, summarize(files), { cwd, toolVersion: '9.9.9', generated: '2026-11-23' });
  const htmlFile = path.join(ARTIFACTS, 'report.html');

  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(htmlFile, html);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await page.goto(pathToFileURL(htmlFile).href);
  });

  after(async () => {
    await browser?.close();
  });

  const paths = () => page.$$eval('#files tbody tr', (rows) => rows.map((r) => r.getAttribute('data-path')));

  it('shows the summary: files, pass rate, average score, by language and by kind', async () => {
    assert.strictEqual(await page.textContent('#s-files'), '5');
    // Passing: the clean script, the hold script (83), the resolved note; the PII script has a critical finding.
    const scores = files.map((f) => f.score!.score);
    const passed = files.filter((f) => f.score!.pass).length;
    assert.strictEqual(await page.textContent('#s-pass-rate'), `${Math.round((1000 * passed) / 5) / 10}%`);
    assert.strictEqual(await page.textContent('#s-average'), String(Math.round((10 * scores.reduce((a, b) => a + b, 0)) / 5) / 10));
    assert.strictEqual(await page.textContent('#s-critical'), '1');
    const byLang = await page.$$eval('#by-lang tbody tr', (rows) => rows.map((r) => (r as any).cells[0].textContent + ' ' + (r as any).cells[1].textContent));
    assert.deepStrictEqual(byLang, ['en 4', 'es 1']);
    const byKind = await page.$$eval('#by-kind tbody tr', (rows) => rows.map((r) => (r as any).cells[0].textContent + ' ' + (r as any).cells[1].textContent));
    assert.deepStrictEqual(byKind, ['callscript 3', 'ticket 2']);
  });

  it('draws one bar per rule, longest for the rule with most findings, critical rules marked', async () => {
    const bars = await page.$$eval('#chart g.bar', (gs) =>
      gs.map((g) => ({
        rule: g.getAttribute('data-rule'),
        count: Number(g.getAttribute('data-count')),
        critical: g.classList.contains('critical'),
        width: (g.querySelector('rect') as any).getBBox().width,
        label: g.querySelector('text.label')!.textContent,
      })),
    );
    // The English files give these three; the Spanish note adds what the engine says about it
    // (depending on the state of the Spanish pack), one finding per rule.
    const spanish = files[1].findings.map((f) => `${f.ruleId}:1`);
    assert.deepStrictEqual(
      bars.map((b) => `${b.rule}:${b.count}${b.critical ? '!' : ''}`),
      ['announced-hold:4', 'no-jargon:2', 'no-pii:1!', ...spanish.sort()],
    );
    assert.deepStrictEqual(bars.map((b) => b.label), bars.map((b) => b.rule));
    assert.ok(bars[0].width > bars[1].width && bars[1].width > bars[2].width, JSON.stringify(bars.map((b) => b.width)));
    assert.strictEqual(Math.round(bars[0].width / bars[2].width), 4);
  });

  it('sorts the files table by score when the header is clicked, and back', async () => {
    assert.deepStrictEqual(await paths(), ['cases/CASE-2001.ticket', 'cases/CASO-77.ticket', 'scripts/clean.callscript', 'scripts/hold.callscript', 'scripts/pii.callscript']);
    await page.click('#files thead button:text-is("Score")');
    const ascending = await page.$$eval('#files tbody tr', (rows) => rows.map((r) => Number((r as any).cells[3].textContent)));
    assert.deepStrictEqual(ascending, [...ascending].sort((a, b) => a - b));
    assert.strictEqual((await paths())[0], 'scripts/pii.callscript');
    assert.strictEqual(await page.getAttribute('#files thead th:nth-child(4)', 'aria-sort'), 'ascending');
    await page.click('#files thead button:text-is("Score")');
    const descending = await page.$$eval('#files tbody tr', (rows) => rows.map((r) => Number((r as any).cells[3].textContent)));
    assert.deepStrictEqual(descending, [...ascending].reverse());
    // Ties (three files at 100) stay in path order, reversed with the direction.
    assert.deepStrictEqual((await paths()).slice(0, 3), ['scripts/clean.callscript', 'cases/CASO-77.ticket', 'cases/CASE-2001.ticket']);
    await page.click('#files thead button:text-is("Result")');
    assert.deepStrictEqual((await paths())[0], 'scripts/pii.callscript', 'fail sorts before pass');
    await page.click('#files thead button:text-is("File")');
    assert.deepStrictEqual(await paths(), ['cases/CASE-2001.ticket', 'cases/CASO-77.ticket', 'scripts/clean.callscript', 'scripts/hold.callscript', 'scripts/pii.callscript']);
  });

  it("lists each file's findings with the excerpt and a link to the rule's docs, secrets masked", async () => {
    const findings = await page.$$eval('#file-4 li.finding', (lis) =>
      lis.map((li) => ({
        rule: li.getAttribute('data-rule'),
        href: li.querySelector('a.rule')!.getAttribute('href'),
        msg: li.querySelector('.msg')!.textContent,
        excerpt: li.querySelector('pre.excerpt')!.textContent,
        mark: li.querySelector('pre.excerpt mark')?.textContent,
      })),
    );
    assert.deepStrictEqual(
      findings.map((f) => [f.rule, f.href, f.mark]),
      [
        ['no-pii', docsUrl('no-pii'), '**** **** **** 1111'],
        ['no-jargon', docsUrl('no-jargon'), 'DNS cache'],
      ],
    );
    assert.strictEqual(findings[0].excerpt, '17Agent: I have your card **** **** **** 1111 on file and will flush the DNS cache.');
    const text = await page.content();
    assert.ok(!text.includes(CARD), 'the card number is never in the page');
  });

  it('makes no network request and runs without script errors', async () => {
    assert.deepStrictEqual(requests.filter((u) => !u.startsWith('file:')), []);
    assert.deepStrictEqual(errors, []);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('keeps a screenshot as a test artifact', async () => {
    await page.click('#files thead button:text-is("Score")');
    const png = path.join(ARTIFACTS, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    assert.ok(fs.statSync(png).size > 10000);
  });
});

describe('HTML report size', () => {
  it('lists findings within a page budget, lowest scores first, at most 200 per file', () => {
    const f = (score: number, n: number) => ({ score: { score }, findings: new Array(n).fill({}) }) as never;
    assert.deepStrictEqual(listedCounts([f(90, 50), f(40, 300), f(70, 80)], 300), [20, 200, 80]);
    assert.deepStrictEqual(listedCounts([f(90, 5), f(40, 3)]), [5, 3]);
  });
});
