// Personal data must not be written down: payment cards, IBANs, passwords and PINs,
// national ID and passport numbers (and, when asked for, email addresses and phone
// numbers). Detection lives in rules/pii/; this file turns findings into reports.
import { allPacks } from '../packs';
import type { LangPack } from '../packs/types';
import { detectPii, mergeContextWords, type PiiContextWords, type PiiKind } from './pii/detect';
import type { Rule, RuleContext } from './types';

type ContactSeverity = 'off' | 'info' | 'warning' | 'error';

interface Options {
  contactDetails: ContactSeverity;
}

const MESSAGE_ID: Record<PiiKind, string> = {
  card: 'card',
  iban: 'iban',
  password: 'password',
  pin: 'pin',
  'national-id': 'nationalId',
  passport: 'passport',
  email: 'contactDetails',
  phone: 'contactDetails',
};

// Context words of every supported language are used whatever the file's language:
// notes mix languages ("Customer gave DNI 12345678Z"), and the value checks (checksums,
// secret shape) carry most of the evidence. A pack for another language adds its own.
let builtIn: LangPack['pii'][] | null = null;
const merged = new WeakMap<object, PiiContextWords>();

function contextWords(pack: LangPack): PiiContextWords {
  let words = merged.get(pack);
  if (!words) {
    builtIn ??= allPacks().map((p) => p.pii);
    const lists = builtIn.includes(pack.pii) || !pack.pii ? builtIn : [...builtIn, pack.pii];
    words = mergeContextWords(lists);
    merged.set(pack, words);
  }
  return words;
}

const rule: Rule<Options> = {
  meta: {
    id: 'no-pii',
    description:
      'Personal data must not be written down: payment card numbers, IBANs, passwords and PINs, national ID and passport numbers.',
    appliesTo: ['callscript', 'ticket'],
    scope: 'everywhere',
    defaultSeverity: 'error',
    options: {
      contactDetails: {
        type: 'string',
        enum: ['off', 'info', 'warning', 'error'],
        default: 'off',
        description:
          'Also report email addresses and phone numbers, at this severity (off: not reported). Contact details often belong in the customer record, not in the text.',
      },
    },
    fixable: true,
    needsLanguagePack: false,
    messages: {
      card: 'Payment card number {masked} must not be written down; mask it.',
      iban: 'IBAN {masked} must not be written down; mask it.',
      password: 'Password {masked} must not be written down; mask it and ask the customer to change it.',
      pin: '{label} {masked} must not be written down; mask it.',
      nationalId: '{label} {masked} must not be written down; mask it.',
      passport: 'Passport number {masked} must not be written down; mask it.',
      contactDetails: '{label} {masked} is personal contact data; keep it in the customer record, not in the text.',
    },
  },
  check(ctx: RuleContext<Options>) {
    const contact = ctx.options.contactDetails ?? 'off';
    const contactOn = contact === 'info' || contact === 'warning' || contact === 'error';
    const words = contextWords(ctx.pack);
    // The front matter (`contact: +44 ...`) is the structured place for contact details.
    const fm = ctx.doc.frontMatter?.span;
    for (const seg of ctx.everywhere()) {
      const findings = detectPii(seg.text, { lang: ctx.lang, contextWords: words, contactDetails: contactOn });
      for (const f of findings) {
        const start = seg.start + f.start;
        const end = seg.start + f.end;
        const messageId = MESSAGE_ID[f.kind];
        if (messageId === 'contactDetails' && fm && start < fm.end && end > fm.start) continue;
        const data: Record<string, string> = { masked: f.masked, label: f.label, kind: f.kind };
        if (messageId === 'contactDetails') data.severity = contact;
        ctx.report({ span: { start, end }, messageId, data, fix: { range: [start, end], text: f.masked } });
      }
    }
  },
};

export default rule;
