import { declaredVariables } from '../document/variables.js';
import { defineRule } from './api.js';

export default defineRule({
  id: 'placeholder-unused',
  meta: {
    category: 'structure',
    description: 'Every variable declared under `variables` is used in the message.',
    severity: 'warn',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      unused:
        'The variable "{{name}}" is declared but the message never uses it. Use it as {{{{name}}}}, or remove the declaration.',
      remove: 'Remove the declaration of "{{name}}"',
    },
    rationale:
      'An unused variable is usually a sign that the text lost something it was meant to say (the amount, the due date, the payment link) or that a placeholder is misspelled. It also sends personal data to the sending system for nothing.',
    examples: {
      valid: [{ code: 'Hi {{debtor_name}}.' }],
      invalid: [{ code: 'Hi there.' }],
    },
  },
  create(context) {
    const used = new Set(context.doc.placeholders.map((p) => p.name));
    // A malformed `{{amount}` is a use of `amount` that placeholder-syntax already reports.
    for (const m of context.doc.malformedPlaceholders)
      if (m.suggestion) used.add(m.suggestion.replace(/^\{\{\s*|\s*\}\}$/g, ''));
    for (const v of declaredVariables(context.doc)) {
      if (used.has(v.name)) continue;
      context.report({
        messageId: 'unused',
        data: { name: v.name },
        range: v.keyRange,
        suggest: [{ messageId: 'remove', data: { name: v.name }, fix: { range: v.lineRange, text: '' } }],
      });
    }
  },
});
