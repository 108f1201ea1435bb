// The "findings per rule" bar chart as inline SVG (no script, no network).
import type { RuleCount } from './summary';
import { count, esc } from './escape';

const WIDTH = 760;
const LABEL = 190;
const BAR = 20;
const GAP = 8;
const VALUE_SPACE = 60;

export function findingsChart(byRule: RuleCount[]): string {
  if (byRule.length === 0) return '<p class="empty" id="chart-empty">No findings.</p>';
  const max = Math.max(...byRule.map((r) => r.count));
  const height = byRule.length * (BAR + GAP) + GAP;
  const room = WIDTH - LABEL - VALUE_SPACE;
  const bars = byRule.map((r, i) => {
    const y = GAP + i * (BAR + GAP);
    const w = Math.max(2, Math.round((room * r.count) / max));
    const cls = r.critical ? 'bar critical' : 'bar';
    const files = r.files === 1 ? '1 file' : `${r.files} files`;
    return (
      `<g class="${cls}" data-rule="${esc(r.ruleId)}" data-count="${r.count}">` +
      `<title>${esc(r.ruleId)}: ${r.count} finding${r.count === 1 ? '' : 's'} in ${files}${r.critical ? ' (critical rule)' : ''}</title>` +
      `<text class="label" x="${LABEL - 8}" y="${y + BAR / 2}" text-anchor="end" dominant-baseline="central">${esc(r.ruleId)}</text>` +
      `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" rx="3"></rect>` +
      `<text class="value" x="${LABEL + w + 6}" y="${y + BAR / 2}" dominant-baseline="central">${count(r.count)}</text>` +
      `</g>`
    );
  });
  return (
    `<svg id="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="Findings per rule">` +
    bars.join('') +
    `</svg>`
  );
}
