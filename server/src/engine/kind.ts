import * as path from 'path';
import picomatch from 'picomatch';
import type { FileKind } from '../model';
import type { ResolvedConfig } from '../config/types';

const matchers = new WeakMap<ResolvedConfig, { kind: FileKind; test: (p: string) => boolean }[]>();

/** The kind of file by extension, else by the config's `files` globs; null when neither. */
export function fileKindFor(filePath: string, config: ResolvedConfig): FileKind | null {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.callscript') return 'callscript';
  if (ext === '.ticket') return 'ticket';
  let list = matchers.get(config);
  if (!list) {
    list = [];
    for (const kind of ['callscript', 'ticket'] as const) {
      for (const g of config.files[kind]) list.push({ kind, test: picomatch(g, { dot: true }) });
    }
    matchers.set(config, list);
  }
  if (list.length === 0) return null;
  const rel = path.relative(config.baseDir, path.resolve(filePath)).split(path.sep).join('/');
  if (rel.startsWith('..')) return null;
  return list.find((m) => m.test(rel))?.kind ?? null;
}
