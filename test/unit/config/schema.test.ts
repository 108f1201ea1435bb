import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { configJsonSchema } from '../../../server/src/config/schema';
import { allRules } from '../../../server/src/rules';

const root = path.resolve(__dirname, '../../../..');

describe('config JSON Schema', () => {
  const schema = configJsonSchema();

  it('is the schema that ships (regenerate with npm run build)', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(root, 'schemas/supportlint.schema.json'), 'utf8'));
    assert.deepStrictEqual(shipped, JSON.parse(JSON.stringify(schema)));
  });

  it('lists every rule with its options', () => {
    const rules = (schema.properties as Record<string, { properties: Record<string, unknown> }>).rules.properties;
    assert.deepStrictEqual(Object.keys(rules).sort(), allRules().map((r) => r.meta.id).sort());
  });

  it('accepts the spec example and rejects mistakes', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const good = {
      language: 'en',
      extends: 'recommended',
      placeholders: ['agent', 'company', 'customer'],
      files: { callscript: ['scripts/**/*.md'], ticket: ['cases/**/*.md'] },
      speakers: { agent: ['Rep'], customer: ['Caller'] },
      rules: { 'no-jargon': { severity: 'warning', allow: ['Wi-Fi', 'PIN'], terms: { VPN: 'a secure connection' } }, 'announced-hold': { maxHoldMinutes: 3 } },
    };
    assert.ok(validate(good), JSON.stringify(validate.errors));
    assert.ok(!validate({ rules: { 'no-jargon': { alow: [] } } }));
    assert.ok(!validate({ rules: { 'not-a-rule': 'off' } }));
    assert.ok(!validate({ rules: { 'announced-hold': { maxHoldMinutes: 'soon' } } }));
  });
});
