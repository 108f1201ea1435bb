// Every rule is documented: a docs page, a row in the README, and a docs link that
// points at that page.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { docsPath } from '../../server/src/engine/docs';
import { allRules } from '../../server/src/rules';

const root = path.resolve(__dirname, '../../..');

describe('rule documentation', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const rule of allRules()) {
    const id = rule.meta.id;
    it(`${id} has a docs page that names it and a README row linking to it`, () => {
      const file = path.join(root, docsPath(id));
      assert.ok(fs.existsSync(file), `${docsPath(id)} is missing`);
      assert.match(fs.readFileSync(file, 'utf8'), new RegExp(`^# ${id}\\b`, 'm'), `${docsPath(id)} should start with "# ${id}"`);
      assert.ok(readme.includes(`](${docsPath(id)})`), `README.md has no link to ${docsPath(id)}`);
    });
  }
});
