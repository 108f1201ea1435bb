// Finds, reads and resolves `.supportlint.yaml` files. Every problem is reported with
// the config file's path, line and column; a broken config never throws.
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { allRules, getRule } from '../rules';
import type { SeverityOrOff } from '../rules/types';
import { closest } from '../engine/closest';
import { PRESETS, presetRules, type PresetName } from './presets';
import type { ConfigProblem, PlaceholderDecl, PlaceholderRoles, ResolvedConfig, RuleSetting } from './types';
import { describe, keyOf, pairsOf, rangeOf, report, type Reporter } from './yamlNodes';
import { validateNode } from './validate';
import { mergeScoring, presetScoring, readScoring, type ScoringLayer } from './scoring';

export const CONFIG_NAMES = ['.supportlint.yaml', '.supportlint.yml'];
const SEVERITIES = ['off', 'info', 'warning', 'error'];
const TOP_KEYS = ['language', 'extends', 'placeholders', 'files', 'speakers', 'rules', 'speakingRate', 'scoring'];
const ROLE_KEYS = ['agent', 'company', 'customer', 'other'];

/** What one config file says, before merging with what it extends. */
interface Layer {
  preset?: PresetName;
  language?: string;
  placeholders?: PlaceholderDecl;
  files?: { callscript?: string[]; ticket?: string[] };
  speakers?: { agent?: string[]; customer?: string[] };
  rules: Record<string, { severity?: SeverityOrOff; options: Record<string, unknown> }>;
  speakingRate?: Record<string, number>;
  scoring?: ScoringLayer;
}

export class ConfigCache {
  private readonly dirToFile = new Map<string, string | null>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  clear(): void {
    this.dirToFile.clear();
    this.resolved.clear();
  }
  /** Nearest config file for a directory, walking up. */
  findFor(dir: string): string | null {
    const seen: string[] = [];
    let d = path.resolve(dir);
    let found: string | null = null;
    for (;;) {
      const cached = this.dirToFile.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(d);
      const hit = CONFIG_NAMES.map((n) => path.join(d, n)).find((f) => isFile(f));
      if (hit) {
        found = hit;
        break;
      }
      const parent = path.dirname(d);
      if (parent === d) break;
      d = parent;
    }
    for (const s of seen) this.dirToFile.set(s, found);
    return found;
  }
  load(file: string | null, baseDir: string): ResolvedConfig {
    const key = file ?? `<defaults>:${baseDir}`;
    let c = this.resolved.get(key);
    if (!c) {
      c = file ? resolveFile(file) : defaultConfig(baseDir);
      this.resolved.set(key, c);
    }
    return c;
  }
}

function isFile(f: string): boolean {
  try {
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
}

const sharedCache = new ConfigCache();

/** The resolved config for a file: the nearest config found walking up, or `configPath`. */
export function loadConfigFor(filePath: string, opts: { configPath?: string; cache?: ConfigCache } = {}): ResolvedConfig {
  const cache = opts.cache ?? sharedCache;
  const dir = path.dirname(path.resolve(filePath));
  if (opts.configPath) return cache.load(path.resolve(opts.configPath), dir);
  const file = cache.findFor(dir);
  return cache.load(file, dir);
}

export function defaultConfig(baseDir = process.cwd()): ResolvedConfig {
  return finish([], baseDir, [], []);
}

/** Reads a config file (and what it extends) into a resolved config. */
export function resolveFile(file: string): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const layers: Layer[] = [];
  readChain(path.resolve(file), layers, problems, []);
  return finish(layers, path.dirname(path.resolve(file)), [path.resolve(file)], problems);
}

/** Parses config text (for the editor, which may hold unsaved text). */
export function resolveText(text: string, file: string): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const layers: Layer[] = [];
  readLayer(text, path.resolve(file), layers, problems, []);
  return finish(layers, path.dirname(path.resolve(file)), [path.resolve(file)], problems);
}

function readChain(file: string, layers: Layer[], problems: ConfigProblem[], stack: string[]): void {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    problems.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `Cannot read config: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.` });
    return;
  }
  readLayer(text, file, layers, problems, stack);
}

function readLayer(text: string, file: string, layers: Layer[], problems: ConfigProblem[], stack: string[]): void {
  const lines = new LineCounter();
  const r: Reporter = { file, lines, problems };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) report(r, e.pos, `Invalid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
  if (doc.errors.length) return;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return;
  if (!isMap(root)) {
    report(r, rangeOf(root), `A config file must be a mapping of settings, not ${describe(root)}.`);
    return;
  }
  const layer: Layer = { rules: {} };
  let extendsNode: Node | null = null;
  for (const pair of pairsOf(root)) {
    const key = keyOf(pair);
    const v = pair.value;
    switch (key) {
      case 'language':
        if (validateNode(v, { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z]{2})?$' }, 'language', r)) layer.language = String((v as { value: string }).value).slice(0, 2);
        break;
      case 'extends':
        extendsNode = v;
        break;
      case 'placeholders':
        layer.placeholders = readPlaceholders(v, r) ?? undefined;
        break;
      case 'files':
        if (validateNode(v, { type: 'object', additionalProperties: false, properties: { callscript: { type: 'array', items: { type: 'string' } }, ticket: { type: 'array', items: { type: 'string' } } } }, 'files', r)) {
          layer.files = (v as { toJSON(): Layer['files'] }).toJSON();
        }
        break;
      case 'speakers':
        if (validateNode(v, { type: 'object', additionalProperties: false, properties: { agent: { type: 'array', items: { type: 'string' } }, customer: { type: 'array', items: { type: 'string' } } } }, 'speakers', r)) {
          layer.speakers = (v as { toJSON(): Layer['speakers'] }).toJSON();
        }
        break;
      case 'rules':
        readRules(v, layer, r);
        break;
      case 'speakingRate':
        if (validateNode(v, { type: 'object', additionalProperties: { type: 'number', minimum: 40, maximum: 400 } }, 'speakingRate', r)) {
          layer.speakingRate = (v as { toJSON(): Record<string, number> }).toJSON();
        }
        break;
      case 'scoring':
        layer.scoring = readScoring(v, r);
        break;
      default: {
        const hint = key ? closest(key, TOP_KEYS) : null;
        report(r, rangeOf(pair.key), `Unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : `; known settings: ${TOP_KEYS.join(', ')}.`}`);
      }
    }
  }
  if (extendsNode) {
    if (!validateNode(extendsNode, { type: 'string' }, 'extends', r)) {
      // reported
    } else {
      const target = String((extendsNode as { value: string }).value);
      if ((PRESETS as readonly string[]).includes(target)) layer.preset = target as PresetName;
      else if (/^[a-z]+$/.test(target) && !fs.existsSync(path.resolve(path.dirname(file), target))) {
        report(r, rangeOf(extendsNode), `extends must be "recommended", "strict" or a relative path to another config, not "${target}".`);
      } else {
        const base = path.resolve(path.dirname(file), target);
        if (stack.includes(base) || base === file) {
          report(r, rangeOf(extendsNode), `extends makes a cycle: ${[...stack, file, base].map((f) => path.basename(f)).join(' -> ')}.`);
        } else if (!isFile(base)) {
          report(r, rangeOf(extendsNode), `extends points to "${target}", which does not exist.`);
        } else {
          readChain(base, layers, problems, [...stack, file]);
        }
      }
    }
  }
  layers.push(layer);
}

function readPlaceholders(v: Node | null, r: Reporter): PlaceholderDecl | null {
  if (isSeq(v)) {
    if (!validateNode(v, { type: 'array', items: { type: 'string' } }, 'placeholders', r)) return null;
    return { names: (v.toJSON() as string[]).map(String), roles: null };
  }
  if (isMap(v)) {
    const roles: PlaceholderRoles = { agent: [], company: [], customer: [] };
    const names: string[] = [];
    for (const pair of pairsOf(v)) {
      const key = keyOf(pair);
      if (!key || !ROLE_KEYS.includes(key)) {
        report(r, rangeOf(pair.key), `Unknown placeholder role "${key}"; roles are ${ROLE_KEYS.join(', ')}.`);
        continue;
      }
      if (!validateNode(pair.value, { type: ['string', 'array'], items: { type: 'string' } }, `placeholders.${key}`, r)) continue;
      const val = (pair.value as { toJSON(): unknown }).toJSON();
      const list = Array.isArray(val) ? val.map(String) : [String(val)];
      names.push(...list);
      if (key !== 'other') roles[key as keyof PlaceholderRoles].push(...list);
    }
    return { names, roles };
  }
  validateNode(v, { type: ['array', 'object'] }, 'placeholders', r);
  return null;
}

function readRules(v: Node | null, layer: Layer, r: Reporter): void {
  if (!validateNode(v, { type: 'object' }, 'rules', r)) return;
  const ids = allRules().map((x) => x.meta.id);
  for (const pair of pairsOf(v)) {
    const id = keyOf(pair);
    if (id === null) continue;
    const rule = getRule(id);
    if (!rule) {
      const hint = closest(id, ids);
      report(r, rangeOf(pair.key), `Unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : '.'}`);
      continue;
    }
    const val = pair.value;
    const entry: Layer['rules'][string] = { options: {} };
    if (isScalar(val)) {
      if (validateNode(val, { type: 'string', enum: SEVERITIES }, `severity of ${id}`, r)) entry.severity = val.value as SeverityOrOff;
    } else if (isMap(val)) {
      for (const op of pairsOf(val)) {
        const k = keyOf(op);
        if (k === null) continue;
        if (k === 'severity') {
          if (validateNode(op.value, { type: 'string', enum: SEVERITIES }, `severity of ${id}`, r)) entry.severity = (op.value as { value: SeverityOrOff }).value;
          continue;
        }
        const schema = rule.meta.options[k];
        if (!schema) {
          const known = Object.keys(rule.meta.options);
          const hint = closest(k, known);
          report(
            r,
            rangeOf(op.key),
            `Unknown option "${k}" for rule ${id}${hint ? `; did you mean "${hint}"?` : known.length ? `; its options are ${known.join(', ')}.` : '; it has no options.'}`,
          );
          continue;
        }
        if (validateNode(op.value, schema, `${id}.${k}`, r)) entry.options[k] = (op.value as { toJSON(): unknown }).toJSON();
      }
    } else {
      report(r, rangeOf(val), `Rule ${id} takes a severity (off, info, warning, error) or a mapping with severity and options, not ${describe(val)}.`);
      continue;
    }
    layer.rules[id] = entry;
  }
}

function finish(layers: Layer[], baseDir: string, sources: string[], problems: ConfigProblem[]): ResolvedConfig {
  const rulesList = allRules();
  const preset = [...layers].reverse().find((l) => l.preset)?.preset ?? 'recommended';
  const rules: Record<string, RuleSetting> = presetRules(preset, rulesList);
  const out: ResolvedConfig = {
    placeholders: { names: [], roles: null },
    files: { callscript: [], ticket: [] },
    speakers: { agent: [], customer: [] },
    rules,
    sources,
    baseDir,
    problems,
    scoring: presetScoring(preset),
  };
  for (const l of layers) {
    if (l.language) out.language = l.language;
    if (l.placeholders) out.placeholders = l.placeholders;
    if (l.files) out.files = { callscript: l.files.callscript ?? out.files.callscript, ticket: l.files.ticket ?? out.files.ticket };
    if (l.speakers) out.speakers = { agent: l.speakers.agent ?? out.speakers.agent, customer: l.speakers.customer ?? out.speakers.customer };
    for (const [id, s] of Object.entries(l.rules)) {
      const cur = rules[id];
      rules[id] = { severity: s.severity ?? cur.severity, options: { ...cur.options, ...s.options } };
    }
    if (l.speakingRate) out.speakingRate = { ...out.speakingRate, ...l.speakingRate };
    if (l.scoring) out.scoring = mergeScoring(out.scoring, l.scoring);
  }
  return out;
}

/** `--rule id:severity` and editor overrides, applied over a resolved config. */
export function applyRuleOverrides(config: ResolvedConfig, overrides: Record<string, SeverityOrOff>): ResolvedConfig {
  if (Object.keys(overrides).length === 0) return config;
  const rules = { ...config.rules };
  for (const [id, severity] of Object.entries(overrides)) {
    if (rules[id]) rules[id] = { ...rules[id], severity };
  }
  return { ...config, rules };
}
