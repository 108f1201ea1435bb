// A misspelt placeholder ({custmer}) is read out literally or left blank when the script
// is filled in. Every {placeholder} in agent speech must be declared: `placeholders:` in
// the front matter or the config. When nothing is declared anywhere, the built-in role
// names (agent, company, customer and their variants in each language) count as declared.
import type { ScriptDoc } from '../model';
import { builtinPlaceholderRoles, declaredPlaceholders } from '../engine/placeholders';
import type { Rule } from './types';

const rule: Rule = {
  meta: {
    id: 'unknown-placeholder',
    description: 'Use only declared placeholders; a misspelt one is replaced by the closest declared name.',
    appliesTo: ['callscript'],
    scope: 'structure',
    defaultSeverity: 'warning',
    options: {},
    fixable: true,
    needsLanguagePack: false,
    messages: {
      didYouMean: 'Unknown placeholder {{name}}: did you mean {{closest}}?',
      unknown: 'Unknown placeholder {{name}}: declare it under "placeholders:" in the front matter or the config, or use one of: {declared}.',
      noneDeclared: 'Unknown placeholder {{name}}: declare it under "placeholders:" in the front matter or the config.',
    },
  },
  check(ctx) {
    const doc = ctx.doc as ScriptDoc;
    const decl = declaredPlaceholders(doc, ctx.config);
    const known = decl.names.size ? [...decl.names] : builtinNames();
    const set = new Set(known);
    for (const p of doc.placeholders) {
      if (set.has(p.name)) continue;
      const near = clearClosest(p.name, known);
      if (near) {
        ctx.report({
          span: p.span,
          messageId: 'didYouMean',
          data: { name: p.name, closest: near },
          fix: { range: [p.nameSpan.start, p.nameSpan.end], text: near },
        });
      } else if (decl.names.size) {
        ctx.report({ span: p.span, messageId: 'unknown', data: { name: p.name, declared: known.map((n) => `{${n}}`).join(', ') } });
      } else {
        ctx.report({ span: p.span, messageId: 'noneDeclared', data: { name: p.name } });
      }
    }
  },
};

function builtinNames(): string[] {
  const r = builtinPlaceholderRoles();
  return [...new Set([...r.agent, ...r.company, ...r.customer])];
}

/**
 * The one declared name closest to `name`, when it is close (a typo, not a different
 * word) and no other declared name is as close.
 */
export function clearClosest(name: string, candidates: string[]): string | null {
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestD = Infinity;
  let tie = false;
  for (const c of candidates) {
    const d = typoDistance(lower, c.toLowerCase());
    if (d < bestD) [best, bestD, tie] = [c, d, false];
    else if (d === bestD && c.toLowerCase() !== best?.toLowerCase()) tie = true;
  }
  if (!best || tie) return null;
  const limit = Math.max(1, Math.floor(Math.max(name.length, best.length) / 3));
  return bestD <= limit ? best : null;
}

/** Edit distance where swapping two neighbouring letters is one typo, not two. */
function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export default rule;
