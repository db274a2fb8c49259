import { defineRule } from './api.js';

export default defineRule({
  id: 'placeholder-syntax',
  meta: {
    category: 'structure',
    description: 'Placeholders are written {{name}}: two braces on each side around one name.',
    severity: 'error',
    languages: 'all',
    fixable: 'code',
    messages: {
      unclosed: '"{{raw}}" is missing its closing braces. Write {{suggestion}}.',
      unopened: '"{{raw}}" is missing its opening braces. Write {{suggestion}}.',
      singleBraces: '"{{raw}}" uses single braces, so it will be sent as written. Write {{suggestion}}.',
      empty:
        '"{{raw}}" is an empty placeholder: the recipient would see nothing here. Put a variable name inside, e.g. {{debtor_name}}.',
      invalidName:
        '"{{raw}}" is not a valid placeholder name. Use letters, digits and "_" (no spaces), e.g. {{suggestion}}.',
    },
    rationale:
      'A broken placeholder is sent to thousands of people exactly as written ("Dear {{ }}", "you owe {amount}}"). That looks careless at best and, when the name or amount is missing, leaves out what the law requires. Where the intended name is clear, the fix repairs the braces.',
    examples: {
      valid: [{ code: 'Hi {{debtor_name}}, your balance is {{ amount }}.' }],
      invalid: [{ code: 'Hi {{debtor_name}, your balance is {amount}}.' }, { code: 'Dear {{ }}, …' }],
    },
  },
  create(context) {
    for (const m of context.doc.malformedPlaceholders) {
      const suggestion = m.suggestion ?? '{{name}}';
      context.report({
        messageId: m.kind,
        data: { raw: m.raw, suggestion },
        range: m.range,
        ...(m.suggestion ? { fix: { range: m.range, text: m.suggestion } } : {}),
      });
    }
  },
});
