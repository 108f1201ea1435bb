import { runRuleTests } from '../helpers/ruleTester';

/** The body line is line 7 (line 8 with `lang`). */
const note = (body: string, lang = '') => `---\ncase: C-1\nstatus: open\nopened: 2026-11-20\n${lang ? `lang: ${lang}\n` : ''}---\n## Symptom\n${body}\n`;

const insult = (term: string) => `"${term}" is an insult: case notes can be read by the customer, so describe what happened, not the person.`;
const code = (term: string) => `"${term}" is a derogatory code that blames the customer: write what happened instead, e.g. "the customer entered an old password".`;
const belittling = (term: string) => `"${term}" belittles the customer: write what they need instead, e.g. "prefers step-by-step guidance".`;

runRuleTests('respectful-notes', {
  valid: [
    { code: note('The user entered the wrong password three times and the account locked.'), name: 'neutral description of what the user did' },
    { code: note('Customer found the setup steps confusing; prefers step-by-step guidance by phone.') },
    { code: note('A stupid mistake in our config sent the invoices twice.'), name: 'self-criticism is not about the customer' },
    { code: note('The error was caused by the dumb terminal at reception losing its network settings.'), name: 'technical term: dumb terminal' },
    { code: note('The office switch is a dumb switch, so it cannot separate the guest network.'), name: 'technical term: dumb switch' },
    { code: note('Ruled out user error: the same fault happens on our test line.'), name: 'user error ruled out' },
    { code: note('Not a user error; the portal rejected valid passwords after the update.'), name: 'user error denied' },
    { code: note('Customer said she felt stupid for forgetting the PIN; told her it happens to many people.'), name: "the customer's own feelings" },
    { code: note('Customer is new to smartphones and prefers calls to email.') },
    { code: note('Her phone is a dumbphone without a browser, so we sent the settings by text message.'), name: 'dumbphone' },
    { code: note('Customer could not follow the instructions on the website because the link was broken.'), name: 'could not follow one set of instructions, for a reason' },
    { code: note('The UE could not attach to the LTE cell after the SIM swap.'), name: 'UE is user equipment in telecom' },
    { code: note('Karen Lopez called about her November bill.'), name: 'Karen is a name' },
    { code: note('Müşteri SnapTalk uygulamasında ses gelmediğini bildirdi.', 'tr'), name: 'Turkish "aptal" inside another word' },
    { code: note('Kullanıcı hatası değil: aynı arıza test hattımızda da var.', 'tr'), name: 'Turkish: not user error' },
    { code: note('Toko pelanggan di Jalan Salak 12 tidak bisa terhubung ke internet.', 'id'), name: '"salak" is a fruit (and a street) in Indonesian' },
    { code: note('Internet pelanggan lemot sejak pagi.', 'id'), name: 'Indonesian "lemot" is slow internet' },
    { code: note('El usuario escribió mal la contraseña dos veces y la cuenta se bloqueó.', 'es') },
    { code: note('Es inútil reiniciar el router: la avería está en la central.', 'es'), name: 'Spanish "es inútil" = it is no use' },
    { code: note('Line test passed. <!-- PEBCAK? check again tomorrow -->'), name: 'comments are not note text' },
    { code: note('The user error log on the portal was empty; the server returned a 500.'), name: '"user error log" is a technical name' },
    { code: note('The Morón branch of the bank lost its internet connection.'), name: 'Morón is a town: English words are never accented' },
    { code: note('La terminal tonta de la recepción no arranca.', 'es'), name: 'Spanish technical term: terminal tonta' },
    { code: note('Müşteri şifresini unuttuğu için kendini aptal gibi hissetti.', 'tr'), name: "Turkish: the customer's own feelings" },
    { code: note('Ada kesalahan bodoh di konfigurasi kami, tagihan terkirim dua kali.', 'id'), name: 'Indonesian self-criticism' },
    { code: note('She bought dumbbells online and the card payment failed twice.'), name: 'whole words only' },
  ],
  invalid: [
    {
      code: note('Customer is clueless about routers.'),
      errors: [{ messageId: 'belittling', line: 7, column: 13, endLine: 7, endColumn: 21, message: belittling('clueless') }],
    },
    {
      code: note('Cause: user error.'),
      errors: [{ messageId: 'code', line: 7, column: 8, endColumn: 18, message: code('user error') }],
    },
    {
      code: note('Classic PEBCAK, caps lock was on.'),
      errors: [{ messageId: 'code', line: 7, column: 9, endColumn: 15, message: code('PEBCAK') }],
    },
    {
      code: note('ID-10-T error again.'),
      errors: [{ messageId: 'code', line: 7, column: 1, endColumn: 8, message: code('ID-10-T') }],
    },
    {
      code: note('What an idiot, he unplugged the router himself.'),
      errors: [{ messageId: 'insult', line: 7, column: 9, endColumn: 14, message: insult('idiot') }],
    },
    {
      code: note('Customer made a stupid mistake with the cable.'),
      errors: [{ messageId: 'insult', line: 7, column: 17, endColumn: 23, message: insult('stupid') }],
      name: "a stupid mistake of the customer's",
    },
    {
      code: note("Customer is tech-illiterate and can't follow instructions."),
      errors: [
        { messageId: 'belittling', line: 7, column: 13, endColumn: 28, message: belittling('tech-illiterate') },
        { messageId: 'belittling', line: 7, column: 33, endColumn: 58, message: belittling("can't follow instructions") },
      ],
    },
    {
      code: note('El cliente es un idiota y no sabe seguir instrucciones.', 'es'),
      errors: [
        { messageId: 'insult', line: 8, column: 18, endColumn: 24, message: insult('idiota') },
        { messageId: 'belittling', line: 8, column: 27, endColumn: 55 },
      ],
    },
    {
      code: note('Müşteri aptalın teki, kullanıcı hatası.', 'tr'),
      errors: [
        { messageId: 'insult', line: 8, column: 9, endColumn: 16, message: insult('aptalın') },
        { messageId: 'code', line: 8, column: 23, endColumn: 39, message: code('kullanıcı hatası') },
      ],
      name: 'Turkish, with a suffix',
    },
    {
      code: note('Pelanggan gaptek dan bodoh.', 'id'),
      errors: [
        { messageId: 'belittling', line: 8, column: 11, endColumn: 17, message: belittling('gaptek') },
        { messageId: 'insult', line: 8, column: 22, endColumn: 27, message: insult('bodoh') },
      ],
    },
    {
      code: note('Müşteri salak, iki kez anlattım.', 'tr'),
      errors: [{ messageId: 'insult', line: 8, column: 9, endColumn: 14, message: insult('salak') }],
      name: 'Turkish "salak" in a Turkish note',
    },
    {
      code: note('Customer is a bit tonto, explained it twice.'),
      errors: [{ messageId: 'insult', line: 7, column: 19, endColumn: 24, message: insult('tonto') }],
      name: 'every language is checked in every note',
    },
    {
      code: '---\ncase: C-1\ncustomer: Clueless Bob\nstatus: open\nopened: 2026-11-20\n---\n## Symptom\nNo dial tone.\n',
      errors: [{ messageId: 'belittling', line: 3, column: 11, endColumn: 19 }],
      name: 'front matter is part of the note',
    },
    {
      code: note('Layer 8 issue, closing.'),
      errors: [{ messageId: 'code', line: 7, column: 1, endColumn: 8, message: code('Layer 8') }],
    },
    {
      code: note('Customer can be a moron on the phone.') + '\n## Customer summary\nEven a dumb user could restart the router, so please do that first.\n',
      errors: [
        { messageId: 'insult', line: 7, column: 19, endColumn: 24 },
        { messageId: 'insult', line: 10, column: 8, endColumn: 12, message: insult('dumb') },
      ],
      name: 'the Customer summary too',
    },
  ],
});
