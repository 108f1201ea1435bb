import * as assert from 'assert';
import { defaultConfig } from '../../../server/src/config/load';
import { lint } from '../../../server/src/engine/lint';

// no-jargon is the probe: "DNS" and "DHCP" in agent speech are reported by it.
const run = (text: string) =>
  lint({ text, kind: 'callscript', config: defaultConfig('/tmp'), onlyRules: ['no-jargon'] }).messages.map(
    (m) => `${m.line + 1}:${m.column + 1} ${m.ruleId}${m.ruleId === 'unused-suppression' ? ' ' + m.message : ''}`,
  );

describe('suppression comments', () => {
  it('reports without comments', () => {
    assert.deepStrictEqual(run('Agent: Let me check the DNS.\nAgent: And the DHCP.\n'), ['1:25 no-jargon', '2:16 no-jargon']);
  });

  it('disable-line suppresses its own line only', () => {
    assert.deepStrictEqual(run('Agent: Let me check the DNS. <!-- supportlint-disable-line no-jargon -->\nAgent: And the DHCP.\n'), ['2:16 no-jargon']);
  });

  it('disable-next-line suppresses the next line only', () => {
    assert.deepStrictEqual(run('<!-- supportlint-disable-next-line no-jargon -->\nAgent: Let me check the DNS.\nAgent: And the DHCP.\n'), ['3:16 no-jargon']);
  });

  it('disable ... enable suppresses a block', () => {
    assert.deepStrictEqual(
      run('<!-- supportlint-disable no-jargon, no-pii -->\nAgent: Let me check the DNS.\n<!-- supportlint-enable no-jargon -->\nAgent: And the DHCP.\n'),
      ['1:1 unused-suppression Unused supportlint-disable for no-pii: no no-pii problem was reported here.', '4:16 no-jargon'],
    );
  });

  it('a comment with no rule names applies to every rule', () => {
    assert.deepStrictEqual(run('<!-- supportlint-disable -->\nAgent: Let me check the DNS.\nAgent: And the DHCP.\n'), []);
  });

  it('enable of one rule under a disable-all re-enables just that rule', () => {
    assert.deepStrictEqual(run('<!-- supportlint-disable -->\n<!-- supportlint-enable no-jargon -->\nAgent: Let me check the DNS.\n'), [
      '1:1 unused-suppression Unused supportlint-disable: no problem was reported here.',
      '3:25 no-jargon',
    ]);
  });

  it('disable-file suppresses everywhere', () => {
    assert.deepStrictEqual(run('Agent: Let me check the DNS.\n<!-- supportlint-disable-file -->\nAgent: And the DHCP.\n'), []);
  });

  it('reports a suppression that suppresses nothing, and unknown rule names', () => {
    assert.deepStrictEqual(run('<!-- supportlint-disable-next-line no-jargon -->\nAgent: Hello there.\n<!-- supportlint-disable-line no-jargn -->\n'), [
      '1:1 unused-suppression Unused supportlint-disable-next-line for no-jargon: no no-jargon problem was reported here.',
      '3:1 unused-suppression Unused supportlint-disable-line: "no-jargn" is not a rule.',
    ]);
  });

  it('ordinary comments are not suppressions', () => {
    assert.deepStrictEqual(run('<!-- reviewed by QA -->\nAgent: Let me check the DNS.\n'), ['2:25 no-jargon']);
  });
});

describe('unused-suppression in the user\'s language', () => {
  it('speaks Spanish, Turkish and Indonesian', () => {
    const text = '<!-- supportlint-disable-next-line no-jargon -->\nAgent: Hello there.\n';
    const msg = (locale: string) =>
      lint({ text, kind: 'callscript', config: defaultConfig('/tmp'), onlyRules: ['no-jargon'], locale }).messages.map((m) => m.message);
    assert.deepStrictEqual(msg('es'), ['supportlint-disable-next-line sin uso para no-jargon: aquí no se ha informado de ningún problema de no-jargon.']);
    assert.deepStrictEqual(msg('tr'), ['no-jargon için kullanılmayan supportlint-disable-next-line: burada hiçbir no-jargon sorunu bildirilmedi.']);
    assert.deepStrictEqual(msg('id'), ['supportlint-disable-next-line tidak terpakai untuk no-jargon: tidak ada masalah no-jargon yang dilaporkan di sini.']);
  });
});
