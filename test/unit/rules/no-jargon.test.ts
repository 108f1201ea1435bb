import { runRuleTests } from '../helpers/ruleTester';

const TICKET = '---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n---\n';

runRuleTests('no-jargon', {
  valid: [
    { code: 'Agent: Please restart the router and tell me when the lights are steady.\n' },
    { code: 'Agent: I can see your account. What is the name of your Wi-Fi network?\n' },
    { code: 'Agent: Could you read me the six-digit PIN on the back of the card?\n' },
    { code: 'Agent: Is it working now? OK, great.\n' },
    { code: 'Customer: My DNS server is down and the DHCP lease expired.\nAgent: Thank you, that helps me a lot.\n', name: 'customer words are not agent speech' },
    { code: '[Check the DNS records and the DHCP pool before you answer.]\nAgent: One moment please.\n', name: 'stage notes are not spoken' },
    { code: 'Agent: The Domain Name System (DNS) finds websites by name. The DNS is working again.\n', name: 'expanded earlier in the file' },
    { code: 'Agent: The QAR (Quality Assurance Report) is ready. I will email the QAR to you.\n', name: 'acronym explained where first used' },
    { code: 'Agent: I will email the QAR to you today.\n', options: { allow: ['QAR'] }, name: 'acronym allowed in config' },
    { code: 'Agent: I will check the VPN for you.\n', options: { allow: ['VPN'] }, name: 'allow option' },
    { code: 'Agent: Your DNS server answers again.\n', options: { allow: ['DNS server'] }, name: 'an allowed phrase hides the jargon inside it' },
    { code: 'Agent: It is on your screen now, is that right?\n', name: '"it" and "is" are not IT/OS' },
    { code: 'Agent: PLEASE DO NOT TURN IT OFF during the update.\n', name: 'shouting is not a run of acronyms' },
    { code: 'Agent: The Domain Name System (DNS) finds websites. Your DNS server is fine.\n', name: 'a longer term starting with an explained acronym' },
    { code: 'Agent: Thank you for calling {company}, this is {agent}.\n', name: 'placeholders are never acronyms' },
    { code: TICKET + '## Steps taken\nFlushed DNS cache, renewed DHCP lease.\n## Customer summary\nWe restarted the router and the internet works again.\n', kind: 'ticket', name: 'internal ticket sections are not checked' },
  ],
  invalid: [
    {
      code: 'Agent: Let me check the DNS settings.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 25, endLine: 1, endColumn: 28, message: '"DNS" is jargon: say "the service that finds websites by name" instead.' }],
      output: 'Agent: Let me check the service that finds websites by name settings.\n',
    },
    {
      code: 'Agent: Your DNS is fine.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 13, endColumn: 16 }],
      output: 'Agent: Your service that finds websites by name is fine.\n',
      name: 'the fix drops the article after a determiner',
    },
    {
      code: 'Agent: Reboot the modem, please.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 8, endColumn: 14 }],
      output: 'Agent: Restart the modem, please.\n',
    },
    {
      code: 'Agent: Your OS needs an update.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 13, endColumn: 15 }],
      name: 'case-sensitive acronym',
    },
    {
      code: 'Agent: PLEASE DO NOT UNPLUG IT. I will check the FECs.\n',
      errors: [{ messageId: 'acronym', line: 1, column: 50, endColumn: 54 }],
      name: 'shouting hides only the shouted words',
    },
    {
      code: 'Agent: I will pass this to L2 today.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 28, endColumn: 30 }],
      output: 'Agent: I will pass this to our specialist team today.\n',
    },
    {
      code: 'Agent: I will open a ZRT for you.\n',
      errors: [{ messageId: 'acronym', line: 1, column: 22, endColumn: 25, message: '"ZRT" is an unexplained acronym: say what it stands for, or use plain words.' }],
    },
    {
      code: 'Agent: The DNS is down. The Domain Name System (DNS) finds websites.\n',
      errors: [{ messageId: 'jargon', line: 1, column: 12, endColumn: 15 }],
      name: 'used before it is expanded',
    },
    {
      code: 'Agent: We set up a VPN for you.\n',
      options: { terms: { VPN: 'a secure connection to the office network' } },
      errors: [{ message: '"VPN" is jargon: say "a secure connection to the office network" instead.', line: 1, column: 20 }],
      output: 'Agent: We set up a secure connection to the office network for you.\n',
    },
    {
      code: 'Agent: Please click the widget gizmo.\n',
      options: { terms: { 'widget gizmo': 'blue button' } },
      errors: [{ messageId: 'jargon', line: 1, column: 25, endColumn: 37 }],
      output: 'Agent: Please click the blue button.\n',
    },
    {
      code: TICKET + '## Steps taken\nRenewed DHCP lease.\n## Customer summary\nWe cleared your browser cache and it works now.\n',
      kind: 'ticket',
      errors: [{ messageId: 'jargon', line: 9, column: 17, endColumn: 30 }],
    },
    {
      code: '- If the lights are off:\n  Agent: Check the ONT in the hallway.\n',
      errors: [{ messageId: 'jargon', line: 2, column: 20, endColumn: 23 }],
    },
  ],
});
