// Validates YAML nodes against the JSON Schema subset rules use for their options, and
// reports each problem at the offending node.
import { isMap, isScalar, isSeq } from 'yaml';
import type { JsonSchema } from '../rules/types';
import { describe, keyOf, pairsOf, rangeOf, report, type Reporter } from './yamlNodes';

type T = NonNullable<JsonSchema['type']>;

function typeList(schema: JsonSchema): string[] {
  const t = schema.type;
  return t === undefined ? [] : Array.isArray(t) ? t : [t as string];
}

function fits(node: unknown, type: string): boolean {
  if (type === 'object') return isMap(node);
  if (type === 'array') return isSeq(node);
  if (!isScalar(node)) return false;
  const v = node.value;
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    default:
      return false;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/** Returns true when the node is valid. `what` names the value in messages. */
export function validateNode(node: unknown, schema: JsonSchema, what: string, r: Reporter): boolean {
  const types = typeList(schema) as T[];
  if (types.length && !types.some((t) => fits(node, t as string))) {
    report(r, rangeOf(node), `${what} must be ${types.map((t) => TYPE_WORDS[t as string]).join(' or ')}, not ${describe(node)}.`);
    return false;
  }
  let ok = true;
  if (schema.enum && isScalar(node) && !schema.enum.includes(node.value)) {
    report(r, rangeOf(node), `${what} must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, not ${describe(node)}.`);
    return false;
  }
  if (isScalar(node) && typeof node.value === 'number') {
    if (schema.minimum !== undefined && node.value < schema.minimum) {
      report(r, rangeOf(node), `${what} must be at least ${schema.minimum}.`);
      ok = false;
    }
    if (schema.maximum !== undefined && node.value > schema.maximum) {
      report(r, rangeOf(node), `${what} must be at most ${schema.maximum}.`);
      ok = false;
    }
  }
  if (schema.pattern && isScalar(node) && typeof node.value === 'string' && !new RegExp(schema.pattern, 'u').test(node.value)) {
    report(r, rangeOf(node), `${what} has an unexpected form.`);
    ok = false;
  }
  if (isSeq(node) && schema.items) {
    node.items.forEach((item, i) => {
      if (!validateNode(item, schema.items!, `${what}[${i + 1}]`, r)) ok = false;
    });
  }
  if (isMap(node) && (schema.properties || schema.additionalProperties !== undefined)) {
    for (const pair of pairsOf(node)) {
      const key = keyOf(pair);
      if (key === null) continue;
      const prop = schema.properties?.[key];
      if (prop) {
        if (!validateNode(pair.value, prop, `${what}.${key}`, r)) ok = false;
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        report(r, rangeOf(pair.key), `Unknown key "${key}" in ${what}${known.length ? `; expected ${known.join(', ')}` : ''}.`);
        ok = false;
      } else if (typeof schema.additionalProperties === 'object') {
        if (!validateNode(pair.value, schema.additionalProperties, `${what}.${key}`, r)) ok = false;
      }
    }
  }
  return ok;
}
