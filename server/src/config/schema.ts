// The JSON Schema of .supportlint.yaml, generated from the rules' metadata so the
// shipped schema cannot drift from what the loader accepts.
import { allRules } from '../rules';
import type { JsonSchema } from '../rules/types';
import { docsUrl } from '../engine/docs';
import { scoringJsonSchema } from './scoring';

const SEVERITY = { type: 'string', enum: ['off', 'info', 'warning', 'error'] };
const STRING_LIST = { type: 'array', items: { type: 'string' } };

export function configJsonSchema(): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const r of allRules()) {
    const options: Record<string, JsonSchema> = {};
    for (const [k, s] of Object.entries(r.meta.options)) options[k] = s;
    rules[r.meta.id] = {
      description: `${r.meta.description} (default: ${r.meta.defaultSeverity}) ${docsUrl(r.meta.id)}`,
      markdownDescription: `${r.meta.description}\n\nDefault: \`${r.meta.defaultSeverity}\`. [Documentation](${docsUrl(r.meta.id)})`,
      oneOf: [
        SEVERITY,
        {
          type: 'object',
          additionalProperties: false,
          properties: { severity: SEVERITY, ...options },
        },
      ],
    };
  }
  const roleNames = { oneOf: [{ type: 'string' }, STRING_LIST] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://supportlint.dev/schemas/supportlint.schema.json',
    title: 'supportlint configuration (.supportlint.yaml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      language: { description: 'Default language of files without `lang:` in their front matter.', type: 'string', enum: ['en', 'es', 'tr', 'id'] },
      extends: {
        description: 'A preset (recommended, strict) or a relative path to another config file.',
        anyOf: [{ type: 'string', enum: ['recommended', 'strict'] }, { type: 'string' }],
      },
      placeholders: {
        description: 'Declared placeholder names, or a map from role (agent, company, customer, other) to names.',
        oneOf: [
          STRING_LIST,
          { type: 'object', additionalProperties: false, properties: { agent: roleNames, company: roleNames, customer: roleNames, other: roleNames } },
        ],
      },
      files: {
        description: 'Extra glob patterns (relative to this file) linted as call scripts or ticket notes.',
        type: 'object',
        additionalProperties: false,
        properties: { callscript: STRING_LIST, ticket: STRING_LIST },
      },
      speakers: {
        description: 'Extra speaker labels for agent and customer turns.',
        type: 'object',
        additionalProperties: false,
        properties: { agent: STRING_LIST, customer: STRING_LIST },
      },
      speakingRate: {
        description: 'Words per minute by language code, for speaking-time estimates.',
        type: 'object',
        additionalProperties: { type: 'number', minimum: 40, maximum: 400 },
      },
      scoring: scoringJsonSchema(),
      rules: {
        description: 'Per-rule severity and options.',
        type: 'object',
        additionalProperties: false,
        properties: rules,
      },
    },
  };
}
