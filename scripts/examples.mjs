// The README's main job: lint the bundled examples and show the findings. The good
// examples must be clean and every bad example must show the rule it is named for;
// the exit code says whether that holds (the findings themselves are the point).
import { spawnSync } from 'child_process';
import { basename, extname, join, relative, resolve } from 'path';

const root = resolve(new URL('..', import.meta.url).pathname);
const cli = join(root, 'bin', 'supportlint.js');
const examples = join(root, 'examples');

const shown = spawnSync(process.execPath, [cli, examples, '--today', '2026-11-23'], { stdio: 'inherit' });
if (shown.status === 2) process.exit(2);

const json = spawnSync(process.execPath, [cli, examples, '--format', 'json', '--today', '2026-11-23'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const results = JSON.parse(json.stdout);
const problems = [];
let good = 0;
let bad = 0;
for (const r of results) {
  const rel = relative(examples, r.filePath).split('\\').join('/');
  if (rel.includes('/good/')) {
    good++;
    if (r.messages.length) problems.push(`${rel}: expected no findings, got ${r.messages.map((m) => m.ruleId).join(', ')}`);
  } else if (rel.includes('/bad/')) {
    bad++;
    const rule = basename(rel, extname(rel));
    if (!r.messages.some((m) => m.ruleId === rule)) problems.push(`${rel}: expected a ${rule} finding`);
  }
}
console.log(`\nExamples: ${good} good (must be clean), ${bad} bad (each shows its rule).`);
if (problems.length) {
  console.log(problems.map((p) => `  ✖ ${p}`).join('\n'));
  process.exit(1);
}
console.log('  ✔ as expected');
