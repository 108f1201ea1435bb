// The `scoring:` key of .supportlint.yaml: preset defaults, its schema (shared by the
// loader and the shipped JSON Schema), reading with positions, and merging over
// `extends`. The score math itself lives in score/model.ts.
import type { Node } from 'yaml';
import { allRules } from '../rules';
import type { JsonSchema } from '../rules/types';
import { closest } from '../engine/closest';
import type { ScoringConfig } from './types';
import { keyOf, pairsOf, rangeOf, report, type Reporter } from './yamlNodes';
import { validateNode } from './validate';
import type { PresetName } from './presets';

/** Weight of a rule that `weights` does not list (a rule added later, say). */
export const DEFAULT_WEIGHT = 5;

// What a QA reviewer checks first weighs most: the call's structure (greeting, restating
// the problem, announcing holds and transfers, closing) and, in notes, a complete record.
// Style hints weigh least. The sum does not matter: a score is earned / possible.
const WEIGHTS: Record<string, number> = {
  greeting: 10,
  paraphrase: 10,
  'announced-hold': 10,
  'transfer-consent': 10,
  'verify-and-recap': 10,
  'honest-unknown': 8,
  'positive-tone': 8,
  'no-blame': 8,
  'no-pii': 10,
  'respectful-notes': 10,
  'ticket-front-matter': 10,
  'ticket-sections': 10,
  'follow-up-plan': 8,
  escalation: 8,
  'no-jargon': 6,
  'customer-name': 5,
  'no-slang': 5,
  'no-minimizing': 5,
  'closed-questions': 4,
  'sentence-length': 3,
  'unknown-placeholder': 3,
};

/** The scorecard of a preset; `strict` only raises the pass mark. */
export function presetScoring(preset: PresetName): ScoringConfig {
  return {
    threshold: preset === 'strict' ? 90 : 80,
    critical: ['no-pii', 'respectful-notes'],
    weights: { ...WEIGHTS },
    penalty: { error: 1, warning: 1, info: 0.5 },
  };
}

const SHARE: JsonSchema = { type: 'number', minimum: 0, maximum: 1 };

export const SCORING_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'The QA scorecard: weights per rule, critical rules, the pass mark (docs/scoring.md).',
  additionalProperties: false,
  properties: {
    threshold: { type: 'number', minimum: 0, maximum: 100, description: 'Pass mark: a file passes with a score at or above it (default 80; strict: 90).' },
    critical: { type: 'array', items: { type: 'string' }, description: 'Rules whose findings fail a file whatever its score (default: no-pii, respectful-notes).' },
    weights: {
      type: 'object',
      description: `Weight of each rule in the score (rules not listed: ${DEFAULT_WEIGHT}; 0 leaves a rule out).`,
      additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
    },
    penalty: {
      type: 'object',
      description: "Share of a rule's weight it loses, by the worst severity of its findings (default error 1, warning 1, info 0.5).",
      additionalProperties: false,
      properties: { error: SHARE, warning: SHARE, info: SHARE },
    },
  },
};

/** What one config file says under `scoring:`. */
export interface ScoringLayer {
  threshold?: number;
  critical?: string[];
  weights?: Record<string, number>;
  penalty?: Partial<ScoringConfig['penalty']>;
}

/** Reads `scoring:`; problems are reported at their node. Unknown rule ids are dropped. */
export function readScoring(v: Node | null, r: Reporter): ScoringLayer | undefined {
  if (!validateNode(v, SCORING_SCHEMA, 'scoring', r)) return undefined;
  const ids = allRules().map((x) => x.meta.id);
  const unknown = (id: string, node: unknown): boolean => {
    if (ids.includes(id)) return false;
    const hint = closest(id, ids);
    report(r, rangeOf(node), `Unknown rule "${id}" in scoring${hint ? `; did you mean "${hint}"?` : '.'}`);
    return true;
  };
  const layer: ScoringLayer = {};
  for (const pair of pairsOf(v)) {
    const key = keyOf(pair);
    const value = (pair.value as { toJSON(): unknown } | null)?.toJSON();
    if (key === 'threshold') layer.threshold = value as number;
    else if (key === 'penalty') layer.penalty = value as ScoringLayer['penalty'];
    else if (key === 'critical') {
      const items = (pair.value as { items?: unknown[] } | null)?.items ?? [];
      layer.critical = (value as string[]).filter((id, i) => !unknown(String(id), items[i])).map(String);
    } else if (key === 'weights') {
      layer.weights = {};
      for (const w of pairsOf(pair.value)) {
        const id = keyOf(w);
        if (id !== null && !unknown(id, w.key)) layer.weights[id] = (w.value as { toJSON(): number }).toJSON();
      }
    }
  }
  return layer;
}

/** A later layer overrides: the threshold and the critical list as a whole, weights and penalties per key. */
export function mergeScoring(base: ScoringConfig, layer: ScoringLayer): ScoringConfig {
  return {
    threshold: layer.threshold ?? base.threshold,
    critical: layer.critical ?? base.critical,
    weights: { ...base.weights, ...layer.weights },
    penalty: { ...base.penalty, ...layer.penalty },
  };
}

/** SCORING_SCHEMA for the shipped JSON Schema, with rule ids spelled out for completion. */
export function scoringJsonSchema(): JsonSchema {
  const ids = allRules().map((x) => x.meta.id);
  const props = SCORING_SCHEMA.properties!;
  const weight = props.weights.additionalProperties as JsonSchema;
  return {
    ...SCORING_SCHEMA,
    properties: {
      ...props,
      critical: { ...props.critical, items: { type: 'string', enum: ids } },
      weights: { ...props.weights, additionalProperties: false, properties: Object.fromEntries(ids.map((id) => [id, weight])) },
    },
  };
}
