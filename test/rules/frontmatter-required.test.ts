import { builtinRule, ruleTester } from '../rule-tester.js';

const rule = builtinRule('frontmatter-required');

/** The skeleton the `insertSkeleton` suggestion puts at the start of the file, with its line ending. */
const skeleton = (eol: string) =>
  [
    '---',
    'id: my-template',
    'locale: en-US',
    'channel: sms',
    'jurisdiction: US',
    'stage: reminder',
    'creditor:',
    '  name: Your Company Name',
    'contact:',
    '  phone: "+1 555-0100"',
    '---',
    '',
  ].join(eol);

const noFrontMatter = { __none: true };

ruleTester.run(rule, {
  valid: [
    { name: 'en base template', code: 'Hi {{debtor_name}}, this is Acme Finance.' },
    { name: 'es base template', language: 'es', code: 'Hola {{debtor_name}}, le escribe Acme Finanzas.' },
    { name: 'pt base template', language: 'pt', code: 'Olá, {{debtor_name}}! Aqui é a Acme Finanças.' },
    { name: 'empty front matter parses (the schema rule reports what is missing)', code: '---\n---\nHi\n' },
    { name: 'closed with "..."', code: '---\nid: x\n...\nHi\n' },
    { name: 'fence with trailing spaces', code: '---  \nid: x\n---\t\nHi\n' },
    { name: 'CRLF document', code: '---\r\nid: x\r\nlocale: en\r\n---\r\nHi\r\n' },
    { name: 'lone CR line endings', code: '---\rid: x\r---\rHi\r' },
    { name: 'BOM before the fence', code: '\uFEFF---\nid: x\n---\nHi\n' },
    { name: 'front matter with no body', code: '---\nid: x\n---' },
  ],
  invalid: [
    {
      name: 'no front matter: the first line is reported, with a skeleton suggestion',
      code: 'Hi there, this is a reminder.\nSecond line.\n',
      frontMatter: noFrontMatter,
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'insertSkeleton',
              output: `${skeleton('\n')}Hi there, this is a reminder.\nSecond line.\n`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'no front matter, es body',
      language: 'es',
      code: 'Hola, le recordamos su pago pendiente.',
      frontMatter: noFrontMatter,
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          suggestions: [{ output: `${skeleton('\n')}Hola, le recordamos su pago pendiente.` }],
        },
      ],
    },
    {
      name: 'no front matter, CRLF: the skeleton uses CRLF',
      code: 'Olá, sua fatura venceu.\r\nPague hoje.\r\n',
      frontMatter: noFrontMatter,
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
          suggestions: [
            { messageId: 'insertSkeleton', output: `${skeleton('\r\n')}Olá, sua fatura venceu.\r\nPague hoje.\r\n` },
          ],
        },
      ],
    },
    {
      name: 'no front matter after a BOM: positions ignore the BOM and the suggestion keeps it',
      code: '\uFEFFHi there',
      frontMatter: noFrontMatter,
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
          suggestions: [{ output: `\uFEFF${skeleton('\n')}Hi there` }],
        },
      ],
    },
    {
      name: 'empty file',
      code: '',
      frontMatter: noFrontMatter,
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          suggestions: [{ output: skeleton('\n') }],
        },
      ],
    },
    {
      name: 'a dashed line that is not a fence ("----")',
      code: '----\nid: x\n---\nHi\n',
      frontMatter: noFrontMatter,
      errors: [
        {
          messageId: 'missing',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
          suggestions: [{ output: `${skeleton('\n')}----\nid: x\n---\nHi\n` }],
        },
      ],
    },
    {
      name: 'never closed: points at the opening fence',
      code: '---\nid: x\nlocale: en-US\n',
      errors: [{ messageId: 'unterminated', line: 1, column: 1, endLine: 1, endColumn: 4 }],
    },
    {
      name: 'never closed, CRLF: the body is read as YAML too, and its error is reported where it is',
      code: '---\r\nid: x\r\nHi {{debtor_name}}\r\n',
      errors: [
        { messageId: 'unterminated', line: 1, column: 1, endLine: 1, endColumn: 4 },
        {
          messageId: 'invalidYaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 19,
          data: { reason: 'Implicit map keys need to be followed by map values' },
        },
      ],
    },
    {
      name: 'duplicate key: the YAML error points at the second key',
      code: '---\nid: a\nlocale: en\nid: b\n---\nHi\n',
      errors: [
        {
          messageId: 'invalidYaml',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 2,
          data: { reason: 'Map keys must be unique' },
        },
      ],
    },
    {
      name: 'a list instead of a mapping: the whole list is reported',
      code: '---\n- a\n- b\n---\nHi\n',
      errors: [
        {
          messageId: 'invalidYaml',
          line: 2,
          column: 1,
          endLine: 4,
          endColumn: 1,
          data: { reason: 'The front matter must be a set of "key: value" lines, not a list' },
        },
      ],
    },
    {
      name: 'a scalar instead of a mapping',
      code: '---\njust text\n---\nHi\n',
      errors: [
        {
          messageId: 'invalidYaml',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          data: { reason: 'The front matter must be a set of "key: value" lines' },
        },
      ],
    },
    {
      name: 'unclosed quote, CRLF: the error sits where the YAML ends (the closing fence)',
      code: '---\r\nid: "x\r\n---\r\nHi\r\n',
      errors: [
        {
          messageId: 'invalidYaml',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 2,
          data: { reason: 'Missing closing "quote' },
        },
      ],
    },
    {
      name: 'BOM and a duplicate key: positions ignore the BOM',
      code: '\uFEFF---\nid: a\nid: b\n---\nHi\n',
      errors: [{ messageId: 'invalidYaml', line: 3, column: 1, endLine: 3, endColumn: 2 }],
    },
    {
      name: 'unterminated and invalid: both reported, in document order',
      code: '---\nid: a\nid: b\n',
      errors: [
        { messageId: 'unterminated', line: 1, column: 1 },
        { messageId: 'invalidYaml', line: 3, column: 1, data: { reason: 'Map keys must be unique' } },
      ],
    },
  ],
});
