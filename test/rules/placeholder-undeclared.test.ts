import { builtinRule, caseText, ruleTester } from '../rule-tester.js';

const rule = builtinRule('placeholder-undeclared');

/** Body line of the English base template (see `exampleTemplate`); es/pt add `tax_id`: 17. */
const EN_BODY = 16;
const ES_BODY = 17;

const DECLARE_HINT = ' Declare it there with a type and a sample, e.g. "amount: { type: money, sample: \'$10.00\' }".';
const addHint = (key: string, section: string) => ` Add "${key}" under "${section}:" or use a declared variable.`;

/** A whole WhatsApp template; `variables` and `whatsapp` lines are given by the case. */
const whatsapp = (variables: string[], wa: string, body: string, eol = '\n') =>
  [
    '---',
    'id: reminder',
    'locale: en-US',
    'channel: whatsapp',
    'jurisdiction: US',
    'stage: reminder',
    'creditor: { name: Acme Finance }',
    'contact: { phone: "+1 800-555-0100" }',
    'variables:',
    ...variables,
    `whatsapp: ${wa}`,
    '---',
    body,
    '',
  ].join(eol);

const positional = '{ category: utility, name: reminder, parameter_format: positional }';
const vars12 = ['  "1": { type: string, sample: Sam }', '  "2": { type: money, sample: "$10" }'];

ruleTester.run(rule, {
  valid: [
    'Hi {{debtor_name}}, this is {{creditor.name}}; call {{contact.phone}}.',
    { name: 'spaces inside the braces', code: 'Hi {{ debtor_name }}, this is {{ creditor.name }}.' },
    { name: 'es: creditor.tax_id exists', language: 'es', code: 'Hola {{debtor_name}}, RUC {{creditor.tax_id}}.' },
    { name: 'pt: creditor.tax_id exists', language: 'pt', code: 'Olá, {{debtor_name}}! CNPJ {{creditor.tax_id}}.' },
    {
      name: 'collector.* when there is a collector',
      code: 'Hi {{debtor_name}}, {{collector.name}} writes for {{creditor.name}}.',
      frontMatter: { collector: { name: 'Recovery LLC', kind: 'agency' } },
    },
    {
      name: 'positional placeholders declared and enabled',
      code: whatsapp(vars12, positional, 'Hi {{1}}, you owe {{2}}.'),
    },
    {
      name: 'declared variable in email.subject',
      code: 'Hi {{debtor_name}}',
      frontMatter: { channel: 'email', email: { subject: 'A note for {{debtor_name}} from {{creditor.name}}' } },
    },
    { name: 'placeholders inside an HTML comment are ignored', code: '<!-- {{nothing}} -->\nHi {{debtor_name}}.' },
    { name: 'malformed placeholders belong to placeholder-syntax', code: 'Hi {{debtor_nam}.' },
    { name: 'no front matter: nothing to check against', code: 'Hi {{x}}', frontMatter: { __none: true } },
    { name: 'front matter that does not parse', code: '---\nid: [\n---\nHi {{x}}\n' },
  ],
  invalid: [
    {
      name: 'undeclared with a did-you-mean: the suggestion replaces the name only',
      code: 'Hi {{debtor_nam}}, welcome.',
      errors: [
        {
          messageId: 'undeclared',
          line: EN_BODY,
          column: 4,
          endLine: EN_BODY,
          endColumn: 18,
          data: { name: 'debtor_nam', hint: ' Did you mean {{debtor_name}}?' },
          suggestions: [{ messageId: 'replace', output: caseText({ code: 'Hi {{debtor_name}}, welcome.' }) }],
        },
      ],
      output: null,
    },
    {
      name: 'spaces inside the braces are kept by the suggestion',
      code: 'Hi {{ debtor_nme }}.',
      errors: [
        {
          messageId: 'undeclared',
          column: 4,
          endColumn: 20,
          suggestions: [{ output: caseText({ code: 'Hi {{ debtor_name }}.' }) }],
        },
      ],
    },
    {
      name: 'undeclared without a near match: the hint explains how to declare it',
      code: 'Hi {{debtor_name}}, you owe {{amount}}.',
      errors: [
        {
          messageId: 'undeclared',
          line: EN_BODY,
          column: 29,
          endLine: EN_BODY,
          endColumn: 39,
          data: { name: 'amount', hint: DECLARE_HINT },
        },
      ],
    },
    {
      name: 'a dotted name outside the namespaces',
      code: 'Hi {{debtor_name}}, ref {{account.number}}.',
      errors: [
        { messageId: 'undeclared', column: 25, endColumn: 43, data: { name: 'account.number', hint: DECLARE_HINT } },
      ],
    },
    {
      name: 'a dotted name close to a declared one: did-you-mean',
      code: 'Hi {{debtor.name}}.',
      errors: [
        {
          messageId: 'undeclared',
          column: 4,
          endColumn: 19,
          data: { name: 'debtor.name', hint: ' Did you mean {{debtor_name}}?' },
          suggestions: [{ output: caseText({ code: 'Hi {{debtor_name}}.' }) }],
        },
      ],
    },
    {
      name: 'a bare namespace is not a value',
      code: 'Hi {{debtor_name}}, from {{creditor}}.',
      errors: [{ messageId: 'undeclared', column: 26, endColumn: 38, data: { name: 'creditor', hint: DECLARE_HINT } }],
    },
    {
      name: 'creditor.* key that does not exist, with a did-you-mean',
      code: 'Hi {{debtor_name}}, this is {{creditor.nam}}.',
      errors: [
        {
          messageId: 'missingPath',
          line: EN_BODY,
          column: 29,
          endLine: EN_BODY,
          endColumn: 45,
          data: { name: 'creditor.nam', section: 'creditor', key: 'nam', hint: ' Did you mean {{creditor.name}}?' },
          suggestions: [
            { messageId: 'replace', output: caseText({ code: 'Hi {{debtor_name}}, this is {{creditor.name}}.' }) },
          ],
        },
      ],
    },
    {
      name: 'namespace keys that are missing from the front matter (en base has no tax_id, email or collector)',
      code: '{{debtor_name}}: {{creditor.tax_id}} {{contact.email}} {{collector.name}}',
      errors: [
        {
          messageId: 'missingPath',
          column: 18,
          endColumn: 37,
          data: { name: 'creditor.tax_id', section: 'creditor', key: 'tax_id', hint: addHint('tax_id', 'creditor') },
        },
        {
          messageId: 'missingPath',
          column: 38,
          endColumn: 55,
          data: { name: 'contact.email', section: 'contact', key: 'email', hint: addHint('email', 'contact') },
        },
        {
          messageId: 'missingPath',
          column: 56,
          endColumn: 74,
          data: { name: 'collector.name', section: 'collector', key: 'name', hint: addHint('name', 'collector') },
        },
      ],
    },
    {
      name: 'a path below a value',
      code: 'Hi {{debtor_name}}, {{creditor.name.first}}.',
      errors: [
        {
          messageId: 'missingPath',
          column: 21,
          endColumn: 44,
          data: {
            name: 'creditor.name.first',
            section: 'creditor.name',
            key: 'first',
            hint: addHint('first', 'creditor.name'),
          },
        },
      ],
    },
    {
      name: 'positional placeholder without parameter_format: positional',
      code: 'Hi {{1}}.',
      errors: [
        { messageId: 'positional', line: EN_BODY, column: 4, endLine: EN_BODY, endColumn: 9, data: { name: '1' } },
      ],
    },
    {
      name: 'positional placeholder enabled but not declared',
      code: whatsapp([vars12[0]!], positional, 'Hi {{1}}, you owe {{2}}.'),
      errors: [{ messageId: 'positional', line: 13, column: 19, endLine: 13, endColumn: 24, data: { name: '2' } }],
    },
    {
      name: 'positional placeholder declared but parameter_format is not positional',
      code: whatsapp(vars12, '{ category: utility, name: reminder }', 'Hi {{1}}, you owe {{2}}.'),
      errors: [
        { messageId: 'positional', line: 14, column: 4, data: { name: '1' } },
        { messageId: 'positional', line: 14, column: 19, data: { name: '2' } },
      ],
    },
    {
      name: 'in email.subject',
      code: 'Hi {{debtor_name}}',
      frontMatter: { channel: 'email', email: { subject: 'You owe {{amount}}' } },
      errors: [
        {
          messageId: 'undeclared',
          line: 16,
          column: 20,
          endLine: 16,
          endColumn: 30,
          data: { name: 'amount', hint: DECLARE_HINT },
        },
      ],
    },
    {
      name: 'in whatsapp.header, with a suggestion applied inside the front matter',
      code: whatsapp(
        ['  debtor_name: { type: string, sample: Sam }'],
        '{ category: utility, name: reminder, header: "From {{creditor.nme}}" }',
        'Hi {{debtor_name}}.',
      ),
      errors: [
        {
          messageId: 'missingPath',
          line: 11,
          column: 62,
          endLine: 11,
          endColumn: 78,
          suggestions: [
            {
              output: whatsapp(
                ['  debtor_name: { type: string, sample: Sam }'],
                '{ category: utility, name: reminder, header: "From {{creditor.name}}" }',
                'Hi {{debtor_name}}.',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'CRLF: positions and suggestion output',
      code: whatsapp(
        ['  debtor_name: { type: string, sample: Sam }'],
        '{ category: utility, name: r }',
        'Hi\r\n{{debtorname}}.',
        '\r\n',
      ),
      errors: [
        {
          messageId: 'undeclared',
          line: 14,
          column: 1,
          endLine: 14,
          endColumn: 15,
          suggestions: [
            {
              output: whatsapp(
                ['  debtor_name: { type: string, sample: Sam }'],
                '{ category: utility, name: r }',
                'Hi\r\n{{debtor_name}}.',
                '\r\n',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'BOM: positions ignore it and the suggestion keeps it',
      code: `\uFEFF${caseText({ code: 'Hi {{debtor_nam}}.' })}`,
      errors: [
        {
          messageId: 'undeclared',
          line: EN_BODY,
          column: 4,
          endColumn: 18,
          suggestions: [{ output: `\uFEFF${caseText({ code: 'Hi {{debtor_name}}.' })}` }],
        },
      ],
    },
    {
      name: 'es: undeclared amount and a missing contact key',
      language: 'es',
      code: 'Hola {{debtor_name}}, su cuota de {{monto}} vence pronto. Escríbanos a {{contact.email}}.',
      errors: [
        {
          messageId: 'undeclared',
          line: ES_BODY,
          column: 35,
          endColumn: 44,
          data: { name: 'monto', hint: DECLARE_HINT },
        },
        { messageId: 'missingPath', line: ES_BODY, column: 72, endColumn: 89 },
      ],
    },
    {
      name: 'pt: a misspelled namespace key',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Aqui é a {{creditor.nome}}.',
      errors: [
        {
          messageId: 'missingPath',
          line: ES_BODY,
          column: 32,
          endColumn: 49,
          data: { name: 'creditor.nome', section: 'creditor', key: 'nome', hint: ' Did you mean {{creditor.name}}?' },
          suggestions: [
            { output: caseText({ language: 'pt', code: 'Olá, {{debtor_name}}! Aqui é a {{creditor.name}}.' }) },
          ],
        },
      ],
    },
  ],
});
