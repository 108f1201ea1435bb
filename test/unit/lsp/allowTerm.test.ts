// The text edit behind "Add <term> to allowed terms": every layout of .supportlint.yaml
// it meets, checked on the resulting text.
import * as assert from 'assert';
import { addAllowedTerm, yamlScalar } from '../../../server/src/lsp/allowTerm';

function add(text: string, term: string): string | null {
  const c = addAllowedTerm(text, term);
  return c && text.slice(0, c.start) + c.text + text.slice(c.end);
}

describe('adding an allowed term to .supportlint.yaml', () => {
  it('appends to a block list under its last item, keeping comments', () => {
    const text = 'rules:\n  no-jargon:\n    allow:\n      - Wi-Fi   # home networks\n      - PIN\n  sentence-length: off # long scripts\n';
    assert.strictEqual(add(text, 'VPN'), 'rules:\n  no-jargon:\n    allow:\n      - Wi-Fi   # home networks\n      - PIN\n      - VPN\n  sentence-length: off # long scripts\n');
  });

  it('appends to a flow list, also an empty one', () => {
    assert.strictEqual(add('rules:\n  no-jargon:\n    allow: [Wi-Fi]   # ok\n', 'VPN'), 'rules:\n  no-jargon:\n    allow: [Wi-Fi, VPN]   # ok\n');
    assert.strictEqual(add('rules:\n  no-jargon:\n    allow: []\n', 'VPN'), 'rules:\n  no-jargon:\n    allow: [VPN]\n');
  });

  it('fills an empty allow key', () => {
    assert.strictEqual(add('rules:\n  no-jargon:\n    allow:\n    severity: info\n', 'VPN'), 'rules:\n  no-jargon:\n    allow: [VPN]\n    severity: info\n');
  });

  it('adds allow to a rule mapping without one, at its indentation', () => {
    assert.strictEqual(add('rules:\n    no-jargon:\n        severity: info\n    no-pii: error\n', 'VPN'), 'rules:\n    no-jargon:\n        severity: info\n        allow: [VPN]\n    no-pii: error\n');
  });

  it('adds the rule under rules, and rules to a config without them', () => {
    assert.strictEqual(add('language: es\nrules:\n  no-pii: error\n\n# end\n', 'VPN'), 'language: es\nrules:\n  no-pii: error\n  no-jargon:\n    allow: [VPN]\n\n# end\n');
    assert.strictEqual(add('language: es # team\n', 'VPN'), 'language: es # team\nrules:\n  no-jargon:\n    allow: [VPN]\n');
    assert.strictEqual(add('language: es', 'VPN'), 'language: es\nrules:\n  no-jargon:\n    allow: [VPN]\n');
    assert.strictEqual(add('rules:\nlanguage: es\n', 'VPN'), 'rules:\n  no-jargon:\n    allow: [VPN]\nlanguage: es\n');
    assert.strictEqual(add('# nothing yet\n', 'VPN'), '# nothing yet\nrules:\n  no-jargon:\n    allow: [VPN]\n');
    assert.strictEqual(add('', 'VPN'), 'rules:\n  no-jargon:\n    allow: [VPN]\n');
  });

  it('keeps CRLF line breaks', () => {
    assert.strictEqual(add('rules:\r\n  no-jargon:\r\n    severity: info\r\n', 'VPN'), 'rules:\r\n  no-jargon:\r\n    severity: info\r\n    allow: [VPN]\r\n');
  });

  it('quotes terms YAML would read as something else', () => {
    assert.strictEqual(yamlScalar('Wi-Fi'), 'Wi-Fi');
    assert.strictEqual(yamlScalar('DNS server'), 'DNS server');
    assert.strictEqual(yamlScalar('on'), '"on"');
    assert.strictEqual(yamlScalar('802.11'), '"802.11"');
    assert.strictEqual(yamlScalar('C:drive'), '"C:drive"');
    assert.strictEqual(add('rules:\n  no-jargon:\n    allow: [PIN]\n', 'a, b'), 'rules:\n  no-jargon:\n    allow: [PIN, "a, b"]\n');
  });

  it('offers nothing when the term is already allowed or the file cannot be edited safely', () => {
    assert.strictEqual(add('rules:\n  no-jargon:\n    allow: [vpn]\n', 'VPN'), null);
    assert.strictEqual(add('rules: [\n', 'VPN'), null, 'invalid YAML');
    assert.strictEqual(add('- a list\n', 'VPN'), null, 'not a mapping');
    assert.strictEqual(add('rules: {no-jargon: {allow: [PIN]}}\n', 'VPN'), null, 'flow mappings are left to the user');
  });
});
