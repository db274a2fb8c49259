/**
 * fast-check generators of dunlint templates: front matter built from the schema's keys with valid
 * and broken values, and bodies mixing prose in three languages (including words the tone and
 * privacy rules look for), placeholders (good and malformed), directives, emoji, surrogate pairs,
 * combining marks, CRLF line ends and a BOM.
 */
import fc from 'fast-check';

const WORDS = [
  'Hi',
  'Olá',
  'Hola',
  'você',
  'usted',
  'pay',
  'pague',
  'pagar',
  'today',
  'hoy',
  'hoje',
  'debt',
  'deuda',
  'dívida',
  'arrest',
  'cárcel',
  'preso',
  'lawsuit',
  'demanda',
  'protesto',
  'employer',
  'jefe',
  'chefe',
  'family',
  'familia',
  'never',
  'nunca',
  'não',
  'no',
  'not',
  'will',
  'vamos',
  'we',
  'STOP',
  'BAJA',
  'SAIR',
  'URGENT',
  'NOW',
  '$120.50',
  'R$ 1.234,56',
  'S/ 150.00',
  '30/11/2026',
  'https://pay.example/x',
  '+1 800-555-0142',
  'a@b.co',
  '!!',
  '??',
  '😀',
  '👨‍👩‍👧',
  '🇧🇷',
  'e\u0301',
  '𝒜',
  'ñ',
  'ç',
  '—',
  '“',
  '”',
  '.',
  ',',
  ';',
  ':',
  '?',
  '¿',
  '¡',
  '-',
  '(',
  ')',
];
const PLACEHOLDERS = [
  '{{debtor_name}}',
  '{{ amount }}',
  '{{due_date}}',
  '{{creditor.name}}',
  '{{contact.phone}}',
  '{{1}}',
  '{{2}}',
  '{{amount}',
  '{amount}}',
  '{{ }}',
  '{{amo unt}}',
  '{{x.y.z}}',
  '{{',
  '}}',
  '{{{triple}}}',
];
const DIRECTIVES = [
  '<!-- dunlint-disable-next-line no-arrest-threat -- approved by legal -->',
  '<!-- dunlint-disable placeholder-syntax -->',
  '<!-- dunlint-enable -->',
  '<!-- dunlint-disable-file -- reason -->',
  '<!-- plain comment -->',
  '<!-- unclosed',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
);
const sep = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\t', '');
export const body = fc
  .array(fc.tuple(token, sep), { maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

const scalar = fc.oneof(
  fc.constantFrom('', 'x', '07:00', '25:99', 'null', '~', '[', '{', '"unterminated', "'q'", '2026-11-30', 'é', '- a'),
  fc.string({ maxLength: 10 }),
);
const FM_LINES: fc.Arbitrary<string>[] = [
  fc.constantFrom('id: t1', 'id: T 1', 'id:', 'id: [a]'),
  fc.constantFrom('locale: en-US', 'locale: es-PE', 'locale: pt-BR', 'locale: xx', 'locale: 12'),
  fc.constantFrom('channel: sms', 'channel: whatsapp', 'channel: email', 'channel: fax', 'chanel: sms'),
  fc.constantFrom(
    'jurisdiction: US',
    'jurisdiction: BR-SP',
    'jurisdiction: PE',
    'jurisdiction: CO',
    'jurisdiction: generic',
    'jurisdiction: zz',
  ),
  fc.constantFrom(
    'stage: reminder',
    'stage: first-contact',
    'stage: overdue',
    'stage: settlement-offer',
    'stage: nope',
  ),
  fc.constantFrom('recipient: third-party', 'recipient: debtor', ''),
  fc.constantFrom(
    'creditor: { name: ACME, tax_id: 12.345.678/0001-90 }',
    'creditor: ACME',
    'creditor:\n  name: "ACME Ltd"',
    '',
  ),
  fc.constantFrom(
    'contact: { phone: "+1 800-555-0142" }',
    'contact: {}',
    'contact:\n  email: a@b.co\n  hours: 9-5',
    '',
  ),
  fc.constantFrom(
    'send_window: { days: [mon, sat], start: "06:00", end: "21:00" }',
    'send_window: { days: [xyz], start: 7, end: "07:00" }',
    'send_window: nope',
    '',
  ),
  fc.constantFrom('consent: { basis: consent }', 'consent: { basis: contract }', 'consent: 3', ''),
  fc.constantFrom(
    'variables:\n  debtor_name: { type: string, sample: Ana }\n  amount: { type: money, sample: "R$ 10,00" }\n  due_date: { type: date, sample: "2026-11-30" }',
    'variables:\n  "1": { type: string, sample: Ana }\n  "2": { type: money, sample: "$5" }',
    'variables: []',
    'variables:\n  debtor_name: 3',
    '',
  ),
  fc.constantFrom(
    'whatsapp: { category: utility, name: ok_name, header: "Hi {{debtor_name}}", footer: "x", buttons: [{ type: url, text: "Pay now and be happy today" }] }',
    'whatsapp: { category: marketing, name: Bad Name, parameter_format: positional }',
    'email: { subject: "Your {{amount}} debt", preheader: "overdue" }',
    'email: {}',
    'sms: { max_segments: 1 }',
    '',
  ),
  fc.constantFrom(
    'review: { approved_by: L, approved_at: 2020-01-01 }',
    'review: { approved_at: nope }',
    'legal_action: { intended: true }',
    '',
  ),
  fc.constantFrom(
    'collector: { name: Lex, kind: law-firm }',
    'collector: { kind: agency }',
    'meta: { a: [1, 2] }',
    'anchors: &a [*a]',
    '',
  ),
  scalar.map((s) => `extra_${s.length}: ${s}`),
];

export const frontMatter = fc
  .tuple(...FM_LINES)
  .chain((lines) => fc.shuffledSubarray(lines.filter(Boolean)))
  .map((lines) => lines.join('\n'));

export const template = fc
  .record({
    fm: fc.option(frontMatter, { nil: undefined, freq: 8 }),
    body,
    crlf: fc.boolean(),
    bom: fc.boolean(),
    unterminated: fc.boolean(),
  })
  .map(({ fm, body: b, crlf, bom, unterminated }) => {
    let text = fm === undefined ? b : `---\n${fm}\n${unterminated && b.length % 7 === 0 ? '' : '---\n'}${b}`;
    if (crlf) text = text.replace(/\r?\n/g, '\r\n');
    return (bom ? '\ufeff' : '') + text;
  });
