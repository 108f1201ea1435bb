// Bundles the CLI, the language server and the extension client with esbuild, then
// writes the config JSON Schema generated from the rules' metadata.
import { build } from 'esbuild';
import { createRequire } from 'module';
import { mkdirSync, writeFileSync } from 'fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { 'report-worker': 'server/src/cli/report-worker.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { 'config-schema': 'server/src/config/schema.ts' }, outdir: 'dist' }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);

const require = createRequire(import.meta.url);
const { configJsonSchema } = require('../dist/config-schema.js');
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/supportlint.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n');
