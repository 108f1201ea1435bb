// The PII detectors: a table of personal data that must be found (kind, exact range,
// masked text) and of look-alikes that must stay quiet, in all four languages.
import * as assert from 'assert';
import { detectPii, mergeContextWords, type PiiKind } from '../../../server/src/rules/pii/detect';
import { luhnValid, isCardNumber } from '../../../server/src/rules/pii/luhn';
import { ibanValid, mod97 } from '../../../server/src/rules/pii/iban';
import { dniValid, nieValid, nikValid, tcKimlikValid, ssnValid, passportShape } from '../../../server/src/rules/pii/national-id';
import { maskAll, maskKeepLast } from '../../../server/src/rules/pii/mask';
import en from '../../../server/src/packs/en/pii.json';
import es from '../../../server/src/packs/es/pii.json';
import tr from '../../../server/src/packs/tr/pii.json';
import id from '../../../server/src/packs/id/pii.json';

const contextWords = mergeContextWords([en, es, tr, id]);

interface Expected {
  kind: PiiKind;
  start: number;
  end: number;
  /** text.slice(start, end), for the reader and as a second check. */
  value: string;
  masked: string;
  label: string;
}

interface Reported {
  lang: string;
  text: string;
  contact?: boolean;
  expect: Expected[];
}

interface Quiet {
  lang: string;
  text: string;
  contact?: boolean;
  why: string;
}

function detect(lang: string, text: string, contact = false) {
  return detectPii(text, { lang, contextWords, contactDetails: contact });
}

const REPORTED: Reported[] = [
  { lang: "en", text: "Agent: Thanks, I have your card 4111 1111 1111 1111 on file.", expect: [{ kind: "card", start: 32, end: 51, value: "4111 1111 1111 1111", masked: "**** **** **** 1111", label: "Payment card number" }] },
  { lang: "en", text: "Card: 5500-0000-0000-0004, exp 12/27", expect: [{ kind: "card", start: 6, end: 25, value: "5500-0000-0000-0004", masked: "****-****-****-0004", label: "Payment card number" }] },
  { lang: "en", text: "Customer read out 378282246310005 twice.", expect: [{ kind: "card", start: 18, end: 33, value: "378282246310005", masked: "***********0005", label: "Payment card number" }] },
  { lang: "en", text: "Amex 3782 822463 10005 declined", expect: [{ kind: "card", start: 5, end: 22, value: "3782 822463 10005", masked: "**** ****** *0005", label: "Payment card number" }] },
  { lang: "es", text: "Tarjeta del cliente: 6011 1111 1111 1117.", expect: [{ kind: "card", start: 21, end: 40, value: "6011 1111 1111 1117", masked: "**** **** **** 1117", label: "Payment card number" }] },
  { lang: "tr", text: "Müşteri kart numarasını verdi: 4012888888881881", expect: [{ kind: "card", start: 31, end: 47, value: "4012888888881881", masked: "************1881", label: "Payment card number" }] },
  { lang: "id", text: "Nomor kartu 5105 1051 0510 5100 sudah dicatat.", expect: [{ kind: "card", start: 12, end: 31, value: "5105 1051 0510 5100", masked: "**** **** **** 5100", label: "Payment card number" }] },
  { lang: "en", text: "Refund to GB82 WEST 1234 5698 7654 32 today.", expect: [{ kind: "iban", start: 10, end: 37, value: "GB82 WEST 1234 5698 7654 32", masked: "**** **** **** **** **54 32", label: "IBAN" }] },
  { lang: "es", text: "IBAN: ES91 2100 0418 4502 0005 1332", expect: [{ kind: "iban", start: 6, end: 35, value: "ES91 2100 0418 4502 0005 1332", masked: "**** **** **** **** **** 1332", label: "IBAN" }] },
  { lang: "tr", text: "Müşterinin IBAN numarası TR330006100519786457841326.", expect: [{ kind: "iban", start: 25, end: 51, value: "TR330006100519786457841326", masked: "**********************1326", label: "IBAN" }] },
  { lang: "en", text: "Konto DE89370400440532013000 (Germany)", expect: [{ kind: "iban", start: 6, end: 28, value: "DE89370400440532013000", masked: "******************3000", label: "IBAN" }] },
  { lang: "id", text: "Transfer ke NL91 ABNA 0417 1643 00 gagal.", expect: [{ kind: "iban", start: 12, end: 34, value: "NL91 ABNA 0417 1643 00", masked: "**** **** **** **43 00", label: "IBAN" }] },
  { lang: "en", text: "Paid from FR14 2004 1010 0505 0001 3M02 606.", expect: [{ kind: "iban", start: 10, end: 43, value: "FR14 2004 1010 0505 0001 3M02 606", masked: "**** **** **** **** **** ***2 606", label: "IBAN" }] },
  { lang: "en", text: "Customer gave password: Hunter22!", expect: [{ kind: "password", start: 24, end: 33, value: "Hunter22!", masked: "*********", label: "Password" }] },
  { lang: "en", text: "Her password is Summer2024! and she wants to keep it.", expect: [{ kind: "password", start: 16, end: 27, value: "Summer2024!", masked: "***********", label: "Password" }] },
  { lang: "en", text: "PIN 4821", expect: [{ kind: "pin", start: 4, end: 8, value: "4821", masked: "****", label: "PIN" }] },
  { lang: "en", text: "Factory reset done, password: Hunter22!", expect: [{ kind: "password", start: 30, end: 39, value: "Hunter22!", masked: "*********", label: "Password" }] },
  { lang: "es", text: "Contraseña nueva: Sol2025", expect: [{ kind: "password", start: 18, end: 25, value: "Sol2025", masked: "*******", label: "Password" }] },
  { lang: "en", text: "Agent: Got it, the new PIN is 4821.", expect: [{ kind: "pin", start: 30, end: 34, value: "4821", masked: "****", label: "PIN" }] },
  { lang: "en", text: "Temp password set to \"Welcome#1\" for the login.", expect: [{ kind: "password", start: 22, end: 31, value: "Welcome#1", masked: "*********", label: "Password" }] },
  { lang: "en", text: "CVV 123 read out by the customer", expect: [{ kind: "pin", start: 4, end: 7, value: "123", masked: "***", label: "Card security code" }] },
  { lang: "es", text: "Contraseña: Madrid#77", expect: [{ kind: "password", start: 12, end: 21, value: "Madrid#77", masked: "*********", label: "Password" }] },
  { lang: "es", text: "La clave es \"girasol\" según el cliente.", expect: [{ kind: "password", start: 13, end: 20, value: "girasol", masked: "*******", label: "Password" }] },
  { lang: "es", text: "Agente: Su nuevo PIN es 9034.", expect: [{ kind: "pin", start: 24, end: 28, value: "9034", masked: "****", label: "PIN" }] },
  { lang: "tr", text: "Şifre: Ankara06", expect: [{ kind: "password", start: 7, end: 15, value: "Ankara06", masked: "********", label: "Password" }] },
  { lang: "tr", text: "Müşterinin parolası 4x!Kz9q olarak ayarlandı.", expect: [{ kind: "password", start: 20, end: 27, value: "4x!Kz9q", masked: "*******", label: "Password" }] },
  { lang: "tr", text: "Temsilci: PIN kodu 2580, lütfen not etmeyin.", expect: [{ kind: "pin", start: 19, end: 23, value: "2580", masked: "****", label: "PIN" }] },
  { lang: "id", text: "Kata sandi: rahasia123", expect: [{ kind: "password", start: 12, end: 22, value: "rahasia123", masked: "**********", label: "Password" }] },
  { lang: "id", text: "PIN-nya 123456", expect: [{ kind: "pin", start: 8, end: 14, value: "123456", masked: "******", label: "PIN" }] },
  { lang: "id", text: "sandi baru: Jakarta2025", expect: [{ kind: "password", start: 12, end: 23, value: "Jakarta2025", masked: "***********", label: "Password" }] },
  { lang: "tr", text: "TC Kimlik No: 10000000146", expect: [{ kind: "national-id", start: 14, end: 25, value: "10000000146", masked: "*******0146", label: "TC Kimlik No" }] },
  { lang: "tr", text: "Müşterinin kimlik numarası 38472910510 olarak doğrulandı.", expect: [{ kind: "national-id", start: 27, end: 38, value: "38472910510", masked: "*******0510", label: "TC Kimlik No" }] },
  { lang: "en", text: "National ID 38472910510 was read to me.", expect: [{ kind: "national-id", start: 12, end: 23, value: "38472910510", masked: "*******0510", label: "TC Kimlik No" }] },
  { lang: "es", text: "DNI del cliente: 12345678Z", expect: [{ kind: "national-id", start: 17, end: 26, value: "12345678Z", masked: "*****678Z", label: "DNI" }] },
  { lang: "es", text: "Cliente 12345678-Z llamó", expect: [{ kind: "national-id", start: 8, end: 18, value: "12345678-Z", masked: "*****678-Z", label: "DNI" }] },
  { lang: "es", text: "NIE X1234567L, residente.", expect: [{ kind: "national-id", start: 4, end: 13, value: "X1234567L", masked: "*****567L", label: "NIE" }] },
  { lang: "id", text: "NIK pelanggan 3201014108900001", expect: [{ kind: "national-id", start: 14, end: 30, value: "3201014108900001", masked: "************0001", label: "NIK" }] },
  { lang: "id", text: "No KTP: 3201 0141 0890 0001", expect: [{ kind: "national-id", start: 8, end: 27, value: "3201 0141 0890 0001", masked: "**** **** **** 0001", label: "NIK" }] },
  { lang: "en", text: "SSN 536-22-1234", expect: [{ kind: "national-id", start: 4, end: 15, value: "536-22-1234", masked: "***-**-1234", label: "Social Security number" }] },
  { lang: "en", text: "Passport number: C01X00T47", expect: [{ kind: "passport", start: 17, end: 26, value: "C01X00T47", masked: "*****0T47", label: "Passport number" }] },
  { lang: "es", text: "Número de pasaporte PAA123456", expect: [{ kind: "passport", start: 20, end: 29, value: "PAA123456", masked: "*****3456", label: "Passport number" }] },
  { lang: "tr", text: "Pasaport no: U12345678", expect: [{ kind: "passport", start: 13, end: 22, value: "U12345678", masked: "*****5678", label: "Passport number" }] },
  { lang: "id", text: "nomor paspor B1234567", expect: [{ kind: "passport", start: 13, end: 21, value: "B1234567", masked: "****4567", label: "Passport number" }] },
  { lang: "en", text: "passport AB1234", expect: [{ kind: "passport", start: 9, end: 15, value: "AB1234", masked: "******", label: "Passport number" }] },
  { lang: "en", text: "Email john.doe@example.com", contact: true, expect: [{ kind: "email", start: 6, end: 26, value: "john.doe@example.com", masked: "****.***@******e.com", label: "Email address" }] },
  { lang: "tr", text: "Aranacak numara +90 532 123 45 67", contact: true, expect: [{ kind: "phone", start: 16, end: 33, value: "+90 532 123 45 67", masked: "+** *** *** 45 67", label: "Phone number" }] },
  { lang: "en", text: "Call back on (555) 123-4567 after 5.", contact: true, expect: [{ kind: "phone", start: 13, end: 27, value: "(555) 123-4567", masked: "(***) ***-4567", label: "Phone number" }] },
  { lang: "id", text: "HP pelanggan 0812-3456-7890", contact: true, expect: [{ kind: "phone", start: 13, end: 27, value: "0812-3456-7890", masked: "****-****-7890", label: "Phone number" }] },
  { lang: "es", text: "Teléfono 612 34 56 78", contact: true, expect: [{ kind: "phone", start: 9, end: 21, value: "612 34 56 78", masked: "*** ** 56 78", label: "Phone number" }] },
  { lang: "en", text: "Card 4111111111111111, PIN 4821, IBAN DE89 3704 0044 0532 0130 00.", expect: [{ kind: "card", start: 5, end: 21, value: "4111111111111111", masked: "************1111", label: "Payment card number" }, { kind: "pin", start: 27, end: 31, value: "4821", masked: "****", label: "PIN" }, { kind: "iban", start: 38, end: 65, value: "DE89 3704 0044 0532 0130 00", masked: "**** **** **** **** **30 00", label: "IBAN" }] },
];

// Look-alikes: numbers and words that resemble personal data but are not.
const QUIET: Quiet[] = [
  { lang: "en", text: "Order 4111111111111111 shipped", why: "order number (reference word)" },
  { lang: "en", text: "The default PIN is 0000.", why: "published factory value" },
  { lang: "es", text: "PIN predeterminado: 1234", why: "published factory value" },
  { lang: "tr", text: "Varsayılan şifre: admin123", why: "published factory value" },
  { lang: "id", text: "PIN bawaan 1234, minta pelanggan menggantinya.", why: "published factory value" },
  { lang: "en", text: "Invoice INV-2026-000123 paid", why: "invoice number" },
  { lang: "en", text: "opened: 2026-11-20 14:35:01", why: "timestamp" },
  { lang: "en", text: "Error 0x80070005 in the event log", why: "error code" },
  { lang: "en", text: "See CASE-1042 for the history", why: "case id" },
  { lang: "en", text: "Device 4111 1111 1111 1112 rebooted", why: "Luhn fails" },
  { lang: "en", text: "Sticker 1234 5678 9012 3456 on the box", why: "no card network, Luhn fails" },
  { lang: "en", text: "Serial 5500000000000004", why: "serial number (reference word)" },
  { lang: "en", text: "IMEI 490154203237518", why: "IMEI" },
  { lang: "en", text: "timestamp 1732099200000", why: "epoch milliseconds" },
  { lang: "en", text: "Transfer DE89 3704 0044 0532 0130 01 rejected.", why: "IBAN-shaped, mod-97 fails" },
  { lang: "es", text: "Referencia ES91 2100 0418 4502 0005 1331", why: "IBAN-shaped, mod-97 fails" },
  { lang: "en", text: "Ticket GB82 WEST 1234 5698 7654", why: "IBAN too short for GB" },
  { lang: "tr", text: "TC 12345678901", why: "TC Kimlik checksum fails" },
  { lang: "tr", text: "kimlik no 10000000147", why: "TC Kimlik last digit wrong" },
  { lang: "tr", text: "Fatura no 4111111111111111", why: "invoice number (reference word)" },
  { lang: "es", text: "DNI 12345678A", why: "DNI wrong letter" },
  { lang: "es", text: "Pedido 87654321A enviado", why: "DNI-shaped with wrong letter" },
  { lang: "es", text: "Pedido 87654321X enviado", why: "order number, even with a matching letter (reference word)" },
  { lang: "id", text: "NIK 3201019913900001", why: "NIK day 99" },
  { lang: "id", text: "NIK 3201011513900001", why: "NIK month 13" },
  { lang: "id", text: "Nomor pesanan 4111111111111111", why: "order number (reference word)" },
  { lang: "en", text: "Please reset your password.", why: "no value" },
  { lang: "en", text: "Your password must be 8 characters long.", why: "rule, not a password" },
  { lang: "en", text: "Enter your PIN on the keypad.", why: "instruction" },
  { lang: "en", text: "password: {new_password}", why: "placeholder" },
  { lang: "en", text: "PIN: ****", why: "masked" },
  { lang: "en", text: "password: ••••1234", why: "partly masked" },
  { lang: "en", text: "password: [redacted]", why: "redacted" },
  { lang: "en", text: "password: expired", why: "ordinary word" },
  { lang: "en", text: "The password is case-sensitive.", why: "ordinary word" },
  { lang: "en", text: "Password was reset on 2026-11-20.", why: "date" },
  { lang: "en", text: "Password reset to default.", why: "ordinary word" },
  { lang: "en", text: "PIN is 4 digits.", why: "length, not a PIN" },
  { lang: "en", text: "Check pin 3 of the connector.", why: "pin of a connector" },
  { lang: "en", text: "Card ending **** **** **** 1111 was charged.", why: "already masked card" },
  { lang: "es", text: "Restablezca su contraseña, por favor.", why: "no value" },
  { lang: "es", text: "La contraseña debe tener 8 caracteres.", why: "rule" },
  { lang: "es", text: "La clave es reiniciar el router.", why: "clave = key (ordinary word)" },
  { lang: "es", text: "Pasaporte vencido, pedir renovación.", why: "no number" },
  { lang: "tr", text: "Şifrenizi sıfırlayın.", why: "no value" },
  { lang: "tr", text: "PIN kodunuzu tuş takımından girin.", why: "instruction" },
  { lang: "tr", text: "Şifre: ********", why: "masked" },
  { lang: "id", text: "Masukkan PIN Anda.", why: "instruction" },
  { lang: "id", text: "Kata sandi minimal 8 karakter.", why: "rule" },
  { lang: "id", text: "Kata sandi: {sandi_baru}", why: "placeholder" },
  { lang: "en", text: "Passport photo ABC12345 attached", why: "not a passport number (word between)" },
  { lang: "en", text: "tracking 1Z999AA10123456784", why: "tracking number" },
  { lang: "en", text: "Call +44 20 7946 0958 or mail john.doe@example.com", why: "contact details off by default" },
  { lang: "en", text: "Order 123 456 789 was sent", contact: true, why: "order number, not a phone" },
  { lang: "en", text: "opened 2026-11-20, followUp 2026-11-24", contact: true, why: "dates, not phones" },
  { lang: "en", text: "Printer IP 192.168.100.200", contact: true, why: "IPv4, not a phone" },
  { lang: "en", text: "Windows version 10.0.19045.3693", contact: true, why: "version, not a phone" },
  { lang: "en", text: "Total 1.234.567,89 EUR", contact: true, why: "amount" },
];

describe('no-pii detectors', () => {
  it('has a table of at least 50 cases, half of them look-alikes, in all four languages', () => {
    assert.ok(REPORTED.length + QUIET.length >= 50);
    assert.ok(QUIET.length >= (REPORTED.length + QUIET.length) / 2);
    for (const lang of ['en', 'es', 'tr', 'id']) {
      assert.ok(REPORTED.some((c) => c.lang === lang), `reported case in ${lang}`);
      assert.ok(QUIET.some((c) => c.lang === lang), `quiet case in ${lang}`);
    }
  });

  describe('reports personal data', () => {
    for (const c of REPORTED) {
      it(`[${c.lang}] ${c.text}`, () => {
        for (const e of c.expect) assert.strictEqual(c.text.slice(e.start, e.end), e.value, 'table: value at start/end');
        const got = detect(c.lang, c.text, c.contact).map((f) => ({ kind: f.kind, start: f.start, end: f.end, masked: f.masked, label: f.label }));
        assert.deepStrictEqual(
          got,
          c.expect.map((e) => ({ kind: e.kind, start: e.start, end: e.end, masked: e.masked, label: e.label })),
        );
      });
    }
  });

  describe('stays quiet on look-alikes', () => {
    for (const c of QUIET) {
      it(`[${c.lang}] ${c.text} (${c.why})`, () => {
        const got = detect(c.lang, c.text, c.contact);
        assert.deepStrictEqual(got.map((f) => `${f.kind} ${c.text.slice(f.start, f.end)}`), []);
      });
    }
  });

  it('masked values never contain the hidden characters', () => {
    for (const c of REPORTED) {
      for (const f of detect(c.lang, c.text, c.contact)) {
        const value = c.text.slice(f.start, f.end);
        assert.strictEqual(f.masked.length, value.length, 'same length, so the fix keeps the layout');
        const visible = f.masked.replace(/[^\p{L}\p{N}]/gu, '');
        if (f.kind === 'password' || f.kind === 'pin') assert.strictEqual(visible, '', 'secrets are masked completely');
        else assert.ok(visible.length <= 4, `at most 4 characters visible: ${f.masked}`);
      }
    }
  });

  it('finds the same data after a masking fix no more', () => {
    for (const c of REPORTED) {
      let text = c.text;
      for (const f of detect(c.lang, c.text, c.contact).reverse()) text = text.slice(0, f.start) + f.masked + text.slice(f.end);
      assert.deepStrictEqual(detect(c.lang, text, c.contact).map((f) => f.kind), [], text);
    }
  });

  it('does not report contact details unless asked', () => {
    const text = 'Call +44 20 7946 0958 or mail john.doe@example.com';
    assert.deepStrictEqual(detect('en', text, false), []);
    assert.deepStrictEqual(
      detect('en', text, true).map((f) => [f.kind, f.start, f.end]),
      [
        ['phone', 5, 21],
        ['email', 30, 50],
      ],
    );
  });

  it('uses context words of every language in a file of another language', () => {
    const got = detect('en', 'Customer spelled her şifre: Kapadokya7 and her NIK 3201014108900001.');
    assert.deepStrictEqual(
      got.map((f) => [f.kind, f.start, f.end]),
      [
        ['password', 28, 38],
        ['national-id', 51, 67],
      ],
    );
  });

  it('needs the context word before the number, in the same sentence and line', () => {
    assert.deepStrictEqual(detect('tr', '10000000146 kimlik no'), []);
    assert.deepStrictEqual(detect('tr', 'Kimlik kontrol edildi. Sipariş 10000000146 gönderildi.'), []);
    assert.deepStrictEqual(detect('en', 'Passport checked\nC01X00T47'), []);
    assert.deepStrictEqual(
      detect('tr', 'Kimlik kontrolü: müşteri 10000000146 numarasını okudu').map((f) => [f.kind, f.start, f.end]),
      [['national-id', 25, 36]],
    );
  });
});

describe('no-pii checksums', () => {
  it('Luhn and card networks', () => {
    assert.ok(luhnValid('4111111111111111'));
    assert.ok(!luhnValid('4111111111111112'));
    assert.ok(luhnValid('79927398713'));
    assert.ok(isCardNumber('378282246310005'));
    assert.ok(!isCardNumber('79927398713'), 'too short for a card');
    assert.ok(!isCardNumber('1234567890123452'), 'Luhn-valid but no card network starts with 1');
    assert.ok(!isCardNumber('411111111111111'), 'Visa has no 15-digit numbers');
  });

  it('IBAN length per country and mod-97', () => {
    assert.strictEqual(mod97('3214282912345698765432161182'), 1);
    for (const ok of ['DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300', 'ES9121000418450200051332', 'TR330006100519786457841326', 'FR1420041010050500013M02606']) {
      assert.ok(ibanValid(ok), ok);
    }
    assert.ok(!ibanValid('DE89370400440532013001'), 'checksum');
    assert.ok(!ibanValid('DE8937040044053201300'), 'DE is 22 long');
    assert.ok(!ibanValid('XX89370400440532013000'), 'unknown country');
  });

  it('TC Kimlik No', () => {
    assert.ok(tcKimlikValid('10000000146'));
    assert.ok(tcKimlikValid('38472910510'));
    assert.ok(!tcKimlikValid('10000000156'), '10th digit');
    assert.ok(!tcKimlikValid('10000000147'), '11th digit');
    assert.ok(!tcKimlikValid('01000000146'), 'first digit 0');
  });

  it('DNI, NIE', () => {
    assert.ok(dniValid('12345678Z'));
    assert.ok(dniValid('00000000T'));
    assert.ok(!dniValid('12345678A'));
    assert.ok(nieValid('X1234567L'));
    assert.ok(nieValid('Y1234567X'));
    assert.ok(!nieValid('X1234567A'));
  });

  it('NIK shape: region, birth date (women +40), serial', () => {
    assert.ok(nikValid('3201014108900001'), 'woman born 1 Aug');
    assert.ok(nikValid('3201013112850042'), 'man born 31 Dec');
    assert.ok(!nikValid('3201017208900001'), 'day 72');
    assert.ok(!nikValid('3201013500900001'), 'day 35 and month 0');
    assert.ok(!nikValid('0001014108900001'), 'region 00');
    assert.ok(!nikValid('3201014108900000'), 'serial 0000');
  });

  it('SSN and passport shapes', () => {
    assert.ok(ssnValid('536-22-1234'));
    assert.ok(!ssnValid('666-22-1234'));
    assert.ok(!ssnValid('536-00-1234'));
    assert.ok(passportShape('C01X00T47'));
    assert.ok(!passportShape('ABCDEFG'), 'needs a digit');
    assert.ok(!passportShape('20261120'), 'a date');
    assert.ok(!passportShape('c01x00t47'), 'lower case');
  });

  it('masking keeps separators and the last 4 characters', () => {
    assert.strictEqual(maskKeepLast('4111 1111 1111 1111'), '**** **** **** 1111');
    assert.strictEqual(maskKeepLast('ES91 2100 0418 4502 0005 1332'), '**** **** **** **** **** 1332');
    assert.strictEqual(maskKeepLast('536-22-1234'), '***-**-1234');
    assert.strictEqual(maskKeepLast('AB1234'), '******', 'short values are masked completely');
    assert.strictEqual(maskAll('Hunter22!'), '*********');
  });
});
