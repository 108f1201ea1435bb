// No output format ever prints a matched secret in full: every format of the built CLI
// (and --fix-dry-run) is searched for each secret from the input, with and without its
// separators.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = path.join(ROOT, 'bin', 'supportlint.js');

const SECRETS = [
  '4111 1111 1111 1111', // payment card
  'DE89 3704 0044 0532 0130 00', // IBAN
  'Hunter22!', // password
  '4821', // PIN
  '10000000146', // TC Kimlik No
  '12345678Z', // DNI
];

const SCRIPT = [
  '## Greeting',
  'Agent: Thank you for calling Acme, this is Sam. How can I help you today?',
  'Agent: I have your card 4111 1111 1111 1111 and your IBAN DE89 3704 0044 0532 0130 00 on file.',
  '[Customer password: Hunter22! and the new PIN is 4821]',
  'Agent: Your TC Kimlik No 10000000146 and DNI 12345678Z are noted.',
  '',
].join('\n');

function forms(secret: string): string[] {
  return [secret, secret.replace(/[\s-]/g, '')];
}

describe('no output format shows a secret in full', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supportlint-secrets-'));
    fs.writeFileSync(path.join(dir, 'call.callscript'), SCRIPT);
  });

  const runs: [string, string[]][] = [
    ['stylish', []],
    ['json', ['--format', 'json']],
    ['sarif', ['--format', 'sarif']],
    ['junit', ['--format', 'junit']],
    ['json --fix-dry-run', ['--format', 'json', '--fix-dry-run']],
  ];
  for (const [name, args] of runs) {
    it(name, () => {
      const r = spawnSync(process.execPath, [BIN, 'call.callscript', '--no-color', ...args], { cwd: dir, encoding: 'utf8' });
      const out = r.stdout + r.stderr;
      if (args.includes('--fix-dry-run')) {
        // The dry run shows the text after fixes (secrets masked) and what is left to report.
        assert.strictEqual(r.status, 0, r.stderr);
        assert.ok(out.includes('**** **** **** 1111'), 'the card is shown masked');
      } else {
        assert.strictEqual(r.status, 1, r.stderr);
        assert.match(out, /no-pii/, 'the secrets are reported');
      }
      for (const s of SECRETS) for (const f of forms(s)) assert.ok(!out.includes(f), `${name} output contains "${f}"`);
    });
  }

  it('the report command, in every format', () => {
    for (const args of [['--format', 'json'], ['--format', 'csv'], ['--out', 'report.html']]) {
      const r = spawnSync(process.execPath, [BIN, 'report', 'call.callscript', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const out = r.stdout + r.stderr + (args[0] === '--out' ? fs.readFileSync(path.join(dir, 'report.html'), 'utf8') : '');
      for (const s of SECRETS) for (const f of forms(s)) assert.ok(!out.includes(f), `report ${args.join(' ')} contains "${f}"`);
    }
  });
});
