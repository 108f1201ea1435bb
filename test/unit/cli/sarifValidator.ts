// Validates SARIF logs against the official SARIF 2.1.0 JSON schema, vendored as
// test/fixtures/sarif-schema-2.1.0.json (OASIS SARIF TC schema, as shipped in the npm
// package @datadog/datadog-ci-plugin-sarif 5.25.0).
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';

const SCHEMA = path.join('test', 'fixtures', 'sarif-schema-2.1.0.json');

function schemaFile(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, SCHEMA))) return path.join(dir, SCHEMA);
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`${SCHEMA} not found above ${__dirname}`);
    dir = up;
  }
}

/** Returns a function giving the schema errors of a log ([] when valid). */
export function sarifValidator(): (log: unknown) => string[] {
  const schema = JSON.parse(fs.readFileSync(schemaFile(), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The formats the schema uses (ajv-formats is not a dependency).
  ajv.addFormat('uri', (s: string) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  });
  ajv.addFormat('uri-reference', (s: string) => !/[\s<>"{}|\\^`]/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
