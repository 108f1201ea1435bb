// Resolved configs for documents: the nearest .supportlint.yaml (its unsaved editor text
// when it is open), with the editor settings laid over it. Derived configs are cached by
// identity so the engine's per-config caches keep working between keystrokes.
import * as path from 'path';
import { applyRuleOverrides, CONFIG_NAMES, ConfigCache, resolveText } from '../config/load';
import type { ConfigProblem, ResolvedConfig } from '../config/types';
import type { SupportlintSettings } from '../protocol';

export function isConfigFile(filePath: string): boolean {
  return CONFIG_NAMES.includes(path.basename(filePath));
}

export class ConfigStore {
  private cache = new ConfigCache();
  /** Config files open in the editor: path -> text. */
  private readonly unsaved = new Map<string, { version: number; text: string }>();
  private readonly fromText = new Map<string, { version: number; config: ResolvedConfig }>();
  private derived = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>();

  /** Forget everything read from disk (a config file changed). */
  clear(): void {
    this.cache.clear();
    this.fromText.clear();
    this.derived = new WeakMap();
  }

  setUnsaved(file: string, version: number, text: string): void {
    this.unsaved.set(path.resolve(file), { version, text });
  }

  dropUnsaved(file: string): void {
    this.unsaved.delete(path.resolve(file));
    this.fromText.delete(path.resolve(file));
  }

  /** The config file that applies to a file, or null for the built-in defaults. */
  configFileFor(filePath: string): string | null {
    return this.cache.findFor(path.dirname(path.resolve(filePath)));
  }

  /** The config of a file as written (no editor settings). */
  base(filePath: string): ResolvedConfig {
    const dir = path.dirname(path.resolve(filePath));
    const file = this.cache.findFor(dir);
    if (file) {
      const open = this.unsaved.get(file);
      if (open) return this.resolveOpen(file, open);
    }
    return this.cache.load(file, dir);
  }

  /** A config file's own resolution (for its diagnostics), from the editor text when open. */
  ofConfigFile(file: string): ResolvedConfig {
    const abs = path.resolve(file);
    const open = this.unsaved.get(abs);
    return open ? this.resolveOpen(abs, open) : this.cache.load(abs, path.dirname(abs));
  }

  private resolveOpen(file: string, open: { version: number; text: string }): ResolvedConfig {
    const hit = this.fromText.get(file);
    if (hit && hit.version === open.version) return hit.config;
    const config = resolveText(open.text, file);
    this.fromText.set(file, { version: open.version, config });
    return config;
  }

  /** The config of a file with the editor settings (language, rule severities) applied. */
  forFile(filePath: string, settings: SupportlintSettings): ResolvedConfig {
    return this.withSettings(this.base(filePath), settings);
  }

  withSettings(base: ResolvedConfig, settings: SupportlintSettings): ResolvedConfig {
    if (!settings.language && Object.keys(settings.rules).length === 0) return base;
    const key = JSON.stringify([settings.language, settings.rules]);
    let byKey = this.derived.get(base);
    if (!byKey) this.derived.set(base, (byKey = new Map()));
    let c = byKey.get(key);
    if (!c) {
      c = applyRuleOverrides(base, settings.rules);
      if (settings.language) c = { ...c, language: settings.language };
      byKey.set(key, c);
    }
    return c;
  }
}

/** Config problems grouped by the config file they are in. */
export function problemsByFile(config: ResolvedConfig): Map<string, ConfigProblem[]> {
  const out = new Map<string, ConfigProblem[]>();
  for (const f of config.sources) out.set(f, []);
  for (const p of config.problems) {
    const list = out.get(p.file);
    if (list) list.push(p);
    else out.set(p.file, [p]);
  }
  return out;
}
