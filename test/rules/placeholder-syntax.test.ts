import { builtinRule, caseText, ruleTester } from '../rule-tester.js';

const rule = builtinRule('placeholder-syntax');

/** In the English base template (see `exampleTemplate`) the body starts on line 16; es/pt add `tax_id`: line 17. */
const EN_BODY = 16;
const ES_BODY = 17;

const emailSubject = (subject: string) => ({ channel: 'email', email: { subject } });

/** A whole WhatsApp template with placeholders in `whatsapp.header`/`footer` (line 13). */
const whatsapp = (header: string, footer: string, eol = '\n') =>
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
    '  debtor_name: { type: string, sample: Sam }',
    '  amount: { type: money, sample: "$10" }',
    'whatsapp:',
    `  { category: utility, name: reminder, header: "${header}", footer: "${footer}" }`,
    '---',
    'Hi {{debtor_name}}, you owe {{amount}}.',
    '',
  ].join(eol);

ruleTester.run(rule, {
  valid: [
    'Hi {{debtor_name}}, your balance is {{ amount }}.',
    'Hi {{debtor_name}}, this is {{creditor.name}}; call {{ contact.phone }}.',
    { name: 'positional placeholders are well-formed', code: 'Hi {{1}}, you owe {{2}}.' },
    { name: 'braces around prose with spaces are not placeholders', code: 'Hi {see the note below}.' },
    { name: 'a JSON-like snippet is not a placeholder', code: 'Ref {"id": 1}.' },
    { name: 'inside an HTML comment', code: '<!-- draft: {{amount} -->\nHi {{debtor_name}}.' },
    { name: 'es body', language: 'es', code: 'Hola {{debtor_name}}, su cuota de {{ amount }} vence pronto.' },
    { name: 'pt body', language: 'pt', code: 'Olá, {{debtor_name}}! O valor de {{amount}} está em aberto.' },
    { name: 'well-formed e-mail subject', code: 'Hi', frontMatter: emailSubject('Your balance, {{debtor_name}}') },
    { name: 'well-formed WhatsApp header and footer', code: whatsapp('Hi {{debtor_name}}', 'Owed: {{amount}}') },
    {
      name: 'front matter strings that are not sent are not scanned',
      code: 'Hi {{debtor_name}}',
      frontMatter: { meta: { note: 'uses {amount} later' } },
    },
  ],
  invalid: [
    {
      name: 'missing closing and opening braces: both fixed',
      code: 'Hi {{debtor_name}, you owe {amount}}.',
      errors: [
        {
          messageId: 'unclosed',
          line: EN_BODY,
          column: 4,
          endLine: EN_BODY,
          endColumn: 18,
          data: { raw: '{{debtor_name}', suggestion: '{{debtor_name}}' },
        },
        {
          messageId: 'unopened',
          line: EN_BODY,
          column: 28,
          endLine: EN_BODY,
          endColumn: 37,
          data: { raw: '{amount}}', suggestion: '{{amount}}' },
        },
      ],
      output: caseText({ code: 'Hi {{debtor_name}}, you owe {{amount}}.' }),
    },
    {
      name: 'single braces',
      code: 'Hi {debtor_name}.',
      errors: [
        {
          messageId: 'singleBraces',
          line: EN_BODY,
          column: 4,
          endLine: EN_BODY,
          endColumn: 17,
          data: { raw: '{debtor_name}', suggestion: '{{debtor_name}}' },
        },
      ],
      output: caseText({ code: 'Hi {{debtor_name}}.' }),
    },
    {
      name: 'empty placeholder: reported, not fixable',
      code: 'Dear {{ }}, hello.',
      errors: [
        { messageId: 'empty', line: EN_BODY, column: 6, endLine: EN_BODY, endColumn: 11, data: { raw: '{{ }}' } },
      ],
      output: null,
    },
    {
      name: 'a space inside the name: joined with "_"',
      code: 'You owe {{amo unt}}.',
      errors: [
        {
          messageId: 'invalidName',
          line: EN_BODY,
          column: 9,
          endLine: EN_BODY,
          endColumn: 20,
          data: { raw: '{{amo unt}}', suggestion: '{{amo_unt}}' },
        },
      ],
      output: caseText({ code: 'You owe {{amo_unt}}.' }),
    },
    {
      name: 'a name that cannot be repaired: no fix, a generic suggestion in the message',
      code: 'You owe {{a..b}}.',
      errors: [
        { messageId: 'invalidName', column: 9, endColumn: 17, data: { raw: '{{a..b}}', suggestion: '{{name}}' } },
      ],
      output: null,
    },
    {
      name: 'triple braces',
      code: 'Hi {{{debtor_name}}}.',
      errors: [{ messageId: 'invalidName', line: EN_BODY, column: 4, endLine: EN_BODY, endColumn: 21 }],
      output: caseText({ code: 'Hi {{debtor_name}}.' }),
    },
    {
      name: 'a lone "{{" followed by a name: the name is included and the braces are closed',
      code: 'Hi {{ debtor_name and more',
      errors: [
        {
          messageId: 'unclosed',
          line: EN_BODY,
          column: 4,
          endLine: EN_BODY,
          endColumn: 18,
          data: { raw: '{{ debtor_name', suggestion: '{{debtor_name}}' },
        },
      ],
      output: caseText({ code: 'Hi {{debtor_name}} and more' }),
    },
    {
      name: 'a lone "{{" at the end of a line: not fixable',
      code: 'Hi {{\nthere',
      errors: [
        {
          messageId: 'unclosed',
          line: EN_BODY,
          column: 4,
          endLine: EN_BODY,
          endColumn: 6,
          data: { raw: '{{', suggestion: '{{name}}' },
        },
      ],
      output: null,
    },
    {
      name: 'a lone "}}"',
      code: 'Hi there }} bye',
      errors: [{ messageId: 'unopened', line: EN_BODY, column: 10, endLine: EN_BODY, endColumn: 12 }],
      output: null,
    },
    {
      name: 'columns count UTF-16 code units (an emoji is two)',
      code: '😀 {{debtor_name}',
      errors: [{ messageId: 'unclosed', line: EN_BODY, column: 4, endLine: EN_BODY, endColumn: 18 }],
      output: caseText({ code: '😀 {{debtor_name}}' }),
    },
    {
      name: 'es body, second line',
      language: 'es',
      code: 'Hola {{debtor_name}}.\nSu cuota de {monto} vence pronto.',
      errors: [{ messageId: 'singleBraces', line: ES_BODY + 1, column: 13, endLine: ES_BODY + 1, endColumn: 20 }],
      output: caseText({ language: 'es', code: 'Hola {{debtor_name}}.\nSu cuota de {{monto}} vence pronto.' }),
    },
    {
      name: 'pt body',
      language: 'pt',
      code: 'Olá, {{debtor_name}! O valor de {{valor}} está em aberto.',
      errors: [{ messageId: 'unclosed', line: ES_BODY, column: 6, endLine: ES_BODY, endColumn: 20 }],
      output: caseText({ language: 'pt', code: 'Olá, {{debtor_name}}! O valor de {{valor}} está em aberto.' }),
    },
    {
      name: 'in email.subject: reported inside the front matter and fixed there',
      code: 'Hi {{debtor_name}}',
      frontMatter: emailSubject('Invoice {{amount} due'),
      errors: [{ messageId: 'unclosed', line: 16, column: 20, endLine: 16, endColumn: 29 }],
      output: caseText({ code: 'Hi {{debtor_name}}', frontMatter: emailSubject('Invoice {{amount}} due') }),
    },
    {
      name: 'in whatsapp.header and footer (quoted YAML strings)',
      code: whatsapp('Hi {debtor_name}', '{{ }}'),
      errors: [
        { messageId: 'singleBraces', line: 13, column: 52, endLine: 13, endColumn: 65 },
        { messageId: 'empty', line: 13, column: 77, endLine: 13, endColumn: 82 },
      ],
      output: whatsapp('Hi {{debtor_name}}', '{{ }}'),
    },
    {
      name: 'CRLF: positions on later lines and a fix that keeps CRLF',
      code: whatsapp('Hi {{debtor_name}}', 'ok', '\r\n').replace('you owe {{amount}}', 'you owe {{amount}'),
      errors: [{ messageId: 'unclosed', line: 15, column: 29, endLine: 15, endColumn: 38 }],
      output: whatsapp('Hi {{debtor_name}}', 'ok', '\r\n'),
    },
    {
      name: 'BOM: positions ignore it and the fixed text keeps it',
      code: `\uFEFF${whatsapp('Hi', 'ok').replace('{{debtor_name}}', '{debtor_name}}')}`,
      errors: [{ messageId: 'unopened', line: 15, column: 4, endLine: 15, endColumn: 18 }],
      output: `\uFEFF${whatsapp('Hi', 'ok')}`,
    },
  ],
});
