import { builtinRule, caseText, ruleTester } from '../rule-tester.js';

const rule = builtinRule('frontmatter-schema');

/**
 * A valid English template, one YAML node per line so that positions are easy to read:
 *  1 ---            5 jurisdiction  9 contact:    13 ---
 *  2 id             6 stage        10   phone     14 body
 *  3 locale         7 creditor:    11 variables:
 *  4 channel        8   name       12   debtor_name
 */
const BASE = [
  '---',
  'id: example',
  'locale: en-US',
  'channel: sms',
  'jurisdiction: US',
  'stage: reminder',
  'creditor:',
  '  name: Acme Finance',
  'contact:',
  '  phone: "+1 800-555-0100"',
  'variables:',
  '  debtor_name: { type: string, sample: Sam }',
  '---',
  'Hi {{debtor_name}}, this is Acme Finance.',
  '',
];

/** BASE with lines replaced (1-based line -> new text, `null` removes it) and lines added before the closing fence. */
function template(edits: Record<number, string | null> = {}, extra: string[] = [], eol = '\n'): string {
  const lines: string[] = [];
  BASE.forEach((line, i) => {
    if (i === 12) lines.push(...extra);
    const edit = edits[i + 1];
    if (edit === null) return;
    lines.push(edit ?? line);
  });
  return lines.join(eol);
}

ruleTester.run(rule, {
  valid: [
    { name: 'the base template', code: template() },
    { name: 'en example base', code: 'Hi {{debtor_name}}.' },
    { name: 'es example base', language: 'es', code: 'Hola {{debtor_name}}.' },
    { name: 'pt example base', language: 'pt', code: 'Olá, {{debtor_name}}.' },
    { name: 'meta is free-form', code: template({}, ['meta: { owner: legal-team, tags: [a, b], ticket: LEG-42 }']) },
    {
      name: 'every optional section, well-formed',
      code: template({}, [
        'recipient: debtor',
        'collector: { name: Recovery Partners LLC, kind: agency, license: "NY-123" }',
        'send_window: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "20:00" }',
        'consent: { basis: contract }',
        'legal_action: { intended: true, reference: "case 42" }',
        'sms: { max_segments: 3 }',
        'review: { approved_by: Legal, approved_at: "2026-01-15" }',
      ]),
    },
    {
      name: 'whatsapp with positional parameters',
      code: template({ 4: 'channel: whatsapp', 12: '  "1": { type: string, sample: Sam }' }, [
        'whatsapp: { category: utility, name: reminder_1, parameter_format: positional }',
      ]).replace('{{debtor_name}}', '{{1}}'),
    },
    {
      name: 'email with a subject',
      code: template({ 4: 'channel: email' }, ['email: { subject: "Your balance", preheader: "Hi {{debtor_name}}" }']),
    },
    { name: 'CRLF', code: template({}, [], '\r\n') },
    { name: 'BOM', code: `\uFEFF${template()}` },
    { name: 'generic jurisdiction and a subdivision', code: template({ 5: 'jurisdiction: generic' }) },
    { name: 'a subdivision without a profile of its own', code: template({ 5: 'jurisdiction: US-TX' }) },
  ],
  invalid: [
    {
      name: 'misspelled key: the key is reported with a did-you-mean, and the missing key at the fence',
      code: template({ 4: 'chanel: sms' }),
      errors: [
        { messageId: 'schema', line: 1, column: 1, endLine: 1, endColumn: 4 },
        {
          messageId: 'schema',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 7,
          data: { problem: 'Unknown key "chanel" in the front matter. Did you mean "channel"?' },
          suggestions: [{ messageId: 'replace', output: template({ 4: 'channel: sms' }) }],
        },
      ],
    },
    {
      name: 'misspelled key, CRLF: same positions, the suggestion keeps CRLF',
      code: template({ 5: 'jurisdicton: US' }, [], '\r\n'),
      errors: [
        { messageId: 'schema', line: 1, column: 1, endLine: 1, endColumn: 4 },
        {
          messageId: 'schema',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 12,
          data: { problem: 'Unknown key "jurisdicton" in the front matter. Did you mean "jurisdiction"?' },
          suggestions: [{ output: template({}, [], '\r\n') }],
        },
      ],
    },
    {
      name: 'misspelled key after a BOM: positions ignore the BOM, the suggestion keeps it',
      code: `\uFEFF${template({ 6: 'stag: reminder' })}`,
      errors: [
        { messageId: 'schema', line: 1, column: 1, endLine: 1, endColumn: 4 },
        {
          messageId: 'schema',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 5,
          suggestions: [{ output: `\uFEFF${template()}` }],
        },
      ],
    },
    {
      name: 'unknown key with no near match lists the allowed keys',
      code: template({}, ['xyzzy: 1']),
      errors: [
        {
          messageId: 'schema',
          line: 13,
          column: 1,
          endLine: 13,
          endColumn: 6,
          data: {
            problem:
              'Unknown key "xyzzy" in the front matter. Allowed keys: id, locale, channel, jurisdiction, stage, recipient, collector, creditor, contact, send_window, consent, legal_action, variables, whatsapp, sms, email, review, meta.',
          },
        },
      ],
    },
    {
      name: 'bad enum value with a did-you-mean: the value is reported',
      code: template({ 4: 'channel: smss' }),
      errors: [
        {
          messageId: 'schema',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 14,
          data: {
            problem: '"smss" is not a valid value for "channel". Did you mean "sms"? Use one of: whatsapp, sms, email.',
          },
          suggestions: [{ messageId: 'replace', output: template({ 4: 'channel: sms' }) }],
        },
      ],
    },
    {
      name: 'bad enum value without a near match',
      code: template({ 4: 'channel: fax' }),
      errors: [
        {
          messageId: 'schema',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 13,
          data: { problem: '"fax" is not a valid value for "channel". Use one of: whatsapp, sms, email.' },
        },
      ],
    },
    {
      name: 'missing required key: reported at the opening fence',
      code: template({ 7: null, 8: null }),
      errors: [{ messageId: 'schema', line: 1, column: 1, endLine: 1, endColumn: 4 }],
    },
    {
      name: 'several missing required keys: one problem each',
      code: '---\nid: x\n---\nHi\n',
      errors: ['locale', 'channel', 'jurisdiction', 'stage', 'creditor', 'contact'].map(() => ({
        messageId: 'schema',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
      })),
    },
    {
      name: 'nested unknown key: the parent key misses "name", the unknown key gets a did-you-mean',
      code: template({ 8: '  nam: Acme Finance' }),
      errors: [
        { messageId: 'schema', line: 7, column: 1, endLine: 7, endColumn: 9 },
        {
          messageId: 'schema',
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 6,
          data: { problem: 'Unknown key "nam" in "creditor". Did you mean "name"?' },
          suggestions: [{ output: template() }],
        },
      ],
    },
    {
      name: 'pattern: jurisdiction',
      code: template({ 5: 'jurisdiction: usa' }),
      errors: [{ messageId: 'schema', line: 5, column: 15, endLine: 5, endColumn: 18 }],
    },
    {
      name: 'pattern: id, with spaces (the whole plain scalar)',
      code: template({ 2: 'id: Bad Id' }),
      errors: [{ messageId: 'schema', line: 2, column: 5, endLine: 2, endColumn: 11 }],
    },
    {
      name: 'quoted value: the range covers the quotes',
      code: template({ 3: 'locale: "pt_BR"' }),
      errors: [{ messageId: 'schema', line: 3, column: 9, endLine: 3, endColumn: 16 }],
    },
    {
      name: 'contact with no way to reach anyone: reported at the "contact" key',
      code: template({ 10: '  hours: 9-5' }),
      errors: [
        {
          messageId: 'schema',
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 8,
          data: { problem: '"contact" needs at least one of: phone, email, whatsapp, url.' },
        },
      ],
    },
    {
      name: 'wrong type: a string where a mapping is expected',
      code: template({ 7: 'creditor: Acme Finance', 8: null }),
      errors: [
        {
          messageId: 'schema',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 23,
          data: { problem: '"creditor" must be an object, not "Acme Finance".' },
        },
      ],
    },
    {
      name: 'value inside a flow mapping: variable type, with a did-you-mean',
      code: template({ 12: '  debtor_name: { type: strng, sample: Sam }' }),
      errors: [
        {
          messageId: 'schema',
          line: 12,
          column: 24,
          endLine: 12,
          endColumn: 29,
          suggestions: [{ output: template() }],
        },
      ],
    },
    {
      name: 'number out of range in a flow mapping',
      code: template({}, ['sms: { max_segments: 20 }']),
      errors: [
        {
          messageId: 'schema',
          line: 13,
          column: 22,
          endLine: 13,
          endColumn: 24,
          data: { problem: '"sms.max_segments" must be at most 10.' },
        },
      ],
    },
    {
      name: 'sequence item and pattern inside send_window',
      code: template({}, ['send_window: { days: [mon, thurs], start: "8:00", end: "20:00" }']),
      errors: [
        {
          messageId: 'schema',
          line: 13,
          column: 28,
          endLine: 13,
          endColumn: 33,
          suggestions: [{ output: template({}, ['send_window: { days: [mon, thu], start: "8:00", end: "20:00" }']) }],
        },
        { messageId: 'schema', line: 13, column: 43, endLine: 13, endColumn: 49 },
      ],
    },
    {
      name: 'whatsapp category typo',
      code: template({ 4: 'channel: whatsapp' }, ['whatsapp: { category: utilty, name: reminder }']),
      errors: [
        {
          messageId: 'schema',
          line: 13,
          column: 23,
          endLine: 13,
          endColumn: 29,
          suggestions: [
            { output: template({ 4: 'channel: whatsapp' }, ['whatsapp: { category: utility, name: reminder }']) },
          ],
        },
      ],
    },
    {
      name: 'es: an unknown stage',
      language: 'es',
      code: 'Hola {{debtor_name}}.',
      frontMatter: { stage: 'recordatorio' },
      errors: [{ messageId: 'schema', line: 6, column: 8, endLine: 6, endColumn: 20 }],
    },
    {
      name: 'pt: a Portuguese key name',
      language: 'pt',
      code: 'Olá, {{debtor_name}}.',
      frontMatter: { credor: { nome: 'Acme' } },
      errors: [
        {
          messageId: 'schema',
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 7,
          data: { problem: 'Unknown key "credor" in the front matter. Did you mean "creditor"?' },
          suggestions: [
            {
              output: caseText({
                language: 'pt',
                code: 'Olá, {{debtor_name}}.',
                frontMatter: { credor: { nome: 'Acme' } },
              }).replace('\ncredor:', '\ncreditor:'),
            },
          ],
        },
      ],
    },
  ],
});
