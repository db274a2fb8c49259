import { builtinRule, ruleTester } from '../rule-tester.js';

const rule = builtinRule('placeholder-unused');

const HEAD = [
  '---',
  'id: reminder',
  'locale: en-US',
  'channel: sms',
  'jurisdiction: US',
  'stage: reminder',
  'creditor: { name: Acme Finance }',
  'contact: { phone: "+1 800-555-0100" }',
  'variables:',
];

/**
 * A whole template whose `variables:` block starts on line 10:
 *  10   debtor_name: {…}
 *  11   amount:
 *  12     type: money
 *  13     sample: "$10"   # the balance
 *  14   due_date: {…}
 */
const VARS = {
  debtor_name: ['  debtor_name: { type: string, sample: Sam }'],
  amount: ['  amount:', '    type: money', '    sample: "$10"   # the balance'],
  due_date: ['  due_date: { type: date, sample: "2026-11-30" }'],
};

function template(
  body: string,
  vars: (keyof typeof VARS)[] = ['debtor_name', 'amount', 'due_date'],
  opts: { eol?: string; extra?: string[] } = {},
): string {
  const eol = opts.eol ?? '\n';
  return [...HEAD, ...vars.flatMap((v) => VARS[v]), ...(opts.extra ?? []), '---', body, ''].join(eol);
}

const ALL_USED = 'Hi {{debtor_name}}, {{amount}} is due on {{due_date}}.';

ruleTester.run(rule, {
  valid: [
    { name: 'every variable used', code: template(ALL_USED) },
    { name: 'en example base', code: 'Hi {{debtor_name}}.' },
    { name: 'es example base', language: 'es', code: 'Hola {{ debtor_name }}.' },
    { name: 'pt example base', language: 'pt', code: 'Olá, {{debtor_name}}!' },
    {
      name: 'a use in email.subject counts',
      code: template('Hi {{debtor_name}}, pay by {{due_date}}.', ['debtor_name', 'amount', 'due_date'], {
        extra: ['email: { subject: "You owe {{amount}}" }'],
      }),
    },
    {
      name: 'a malformed use counts (placeholder-syntax reports it)',
      code: template('Hi {{debtor_name}, {amount}} is due on {due_date}.'),
    },
    { name: 'no variables at all', code: template('Hi there.', []) },
    { name: 'no front matter', code: 'Hi there.', frontMatter: { __none: true } },
    { name: 'CRLF', code: template(ALL_USED, undefined, { eol: '\r\n' }) },
  ],
  invalid: [
    {
      name: 'a block-style declaration: the key is reported, the suggestion removes all its lines',
      code: template('Hi {{debtor_name}}, pay by {{due_date}}.'),
      errors: [
        {
          messageId: 'unused',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 9,
          data: { name: 'amount' },
          suggestions: [
            {
              messageId: 'remove',
              output: template('Hi {{debtor_name}}, pay by {{due_date}}.', ['debtor_name', 'due_date']),
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'two unused: one problem each, each suggestion removes only its own declaration',
      code: template('Hi, your payment of {{amount}} is due.'),
      errors: [
        {
          messageId: 'unused',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 14,
          data: { name: 'debtor_name' },
          suggestions: [{ output: template('Hi, your payment of {{amount}} is due.', ['amount', 'due_date']) }],
        },
        {
          messageId: 'unused',
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 11,
          data: { name: 'due_date' },
          suggestions: [{ output: template('Hi, your payment of {{amount}} is due.', ['debtor_name', 'amount']) }],
        },
      ],
    },
    {
      name: 'a use inside an HTML comment does not count',
      code: template('<!-- {{amount}} -->\nHi {{debtor_name}}, pay by {{due_date}}.'),
      errors: [
        {
          messageId: 'unused',
          line: 11,
          column: 3,
          suggestions: [
            {
              output: template('<!-- {{amount}} -->\nHi {{debtor_name}}, pay by {{due_date}}.', [
                'debtor_name',
                'due_date',
              ]),
            },
          ],
        },
      ],
    },
    {
      name: 'a namespace path is not a use of a variable with the same last segment',
      code: template('Hi {{debtor_name}}, {{contact.amount}} by {{due_date}}.'),
      errors: [
        {
          messageId: 'unused',
          line: 11,
          suggestions: [
            {
              output: template('Hi {{debtor_name}}, {{contact.amount}} by {{due_date}}.', ['debtor_name', 'due_date']),
            },
          ],
        },
      ],
    },
    {
      name: 'CRLF: the suggestion removes whole CRLF lines',
      code: template('Hi {{debtor_name}}, {{amount}}.', undefined, { eol: '\r\n' }),
      errors: [
        {
          messageId: 'unused',
          line: 14,
          column: 3,
          endLine: 14,
          endColumn: 11,
          suggestions: [
            { output: template('Hi {{debtor_name}}, {{amount}}.', ['debtor_name', 'amount'], { eol: '\r\n' }) },
          ],
        },
      ],
    },
    {
      name: 'BOM: positions ignore it and the suggestion keeps it',
      code: `\uFEFF${template('Hi, {{amount}} by {{due_date}}.')}`,
      errors: [
        {
          messageId: 'unused',
          line: 10,
          column: 3,
          endColumn: 14,
          suggestions: [{ output: `\uFEFF${template('Hi, {{amount}} by {{due_date}}.', ['amount', 'due_date'])}` }],
        },
      ],
    },
    {
      name: 'en example base with no placeholder',
      code: 'Hi there.',
      errors: [
        {
          messageId: 'unused',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'remove',
              output:
                '---\nid: example\nlocale: en-US\nchannel: sms\njurisdiction: US\nstage: reminder\ncreditor:\n  name: Acme Finance\ncontact:\n  phone: +1 800-555-0100\nvariables:\n---\nHi there.\n',
            },
          ],
        },
      ],
    },
    {
      name: 'es: declared amount never used',
      language: 'es',
      code: 'Hola {{debtor_name}}, tiene un saldo pendiente.',
      frontMatter: {
        variables: { debtor_name: { type: 'string', sample: 'Lucía' }, monto: { type: 'money', sample: 'S/ 10' } },
      },
      errors: [
        {
          messageId: 'unused',
          line: 16,
          column: 3,
          endLine: 16,
          endColumn: 8,
          data: { name: 'monto' },
          suggestions: [
            {
              output:
                '---\nid: ejemplo\nlocale: es-PE\nchannel: sms\njurisdiction: PE\nstage: reminder\ncreditor:\n  name: Acme Finanzas SAC\n  tax_id: "20123456789"\ncontact:\n  phone: +51 1 700-0000\nvariables:\n  debtor_name:\n    type: string\n    sample: Lucía\n---\nHola {{debtor_name}}, tiene un saldo pendiente.\n',
            },
          ],
        },
      ],
    },
    {
      name: 'pt: positional variable declared but not used',
      code: [
        '---',
        'id: lembrete',
        'locale: pt-BR',
        'channel: whatsapp',
        'jurisdiction: BR',
        'stage: reminder',
        'creditor: { name: Acme Finanças Ltda }',
        'contact: { phone: "+55 11 4000-0000" }',
        'variables:',
        '  "1": { type: string, sample: Maria }',
        '  "2": { type: money, sample: "R$ 10,00" }',
        'whatsapp: { category: utility, name: lembrete, parameter_format: positional }',
        '---',
        'Olá, {{1}}! Sua fatura está em aberto.',
        '',
      ].join('\n'),
      errors: [
        {
          messageId: 'unused',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 6,
          data: { name: '2' },
          suggestions: [
            {
              output: [
                '---',
                'id: lembrete',
                'locale: pt-BR',
                'channel: whatsapp',
                'jurisdiction: BR',
                'stage: reminder',
                'creditor: { name: Acme Finanças Ltda }',
                'contact: { phone: "+55 11 4000-0000" }',
                'variables:',
                '  "1": { type: string, sample: Maria }',
                'whatsapp: { category: utility, name: lembrete, parameter_format: positional }',
                '---',
                'Olá, {{1}}! Sua fatura está em aberto.',
                '',
              ].join('\n'),
            },
          ],
        },
      ],
    },
  ],
});
