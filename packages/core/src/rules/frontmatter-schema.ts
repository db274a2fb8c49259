import { validateFrontMatter } from '../schema/template.js';
import { defineRule } from './api.js';

export default defineRule({
  id: 'frontmatter-schema',
  meta: {
    category: 'structure',
    description: 'Front matter keys and values follow the template schema; unknown keys get a did-you-mean.',
    severity: 'error',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      schema: '{{problem}}',
      replace: 'Replace with "{{text}}"',
    },
    rationale:
      'A misspelled key ("chanel", "jurisdicton") is silently ignored by the systems that send the message, and a wrong value ("stage: overdue-30") turns off the checks that depend on it. dunlint validates the front matter against its published JSON Schema (`@dunlint/core/schema/template.schema.json`) and points at the exact key or value, with the closest valid spelling when there is one. Put team-specific data under `meta:`.',
    examples: {
      valid: [],
      invalid: [{ code: 'Hello {{debtor_name}}', frontMatter: { chanel: 'sms' } }],
    },
  },
  create(context) {
    const fm = context.doc.frontMatter;
    if (!fm?.data || !context.data) return;
    for (const problem of validateFrontMatter(fm, context.data)) {
      context.report({
        messageId: 'schema',
        data: { problem: problem.message },
        range: problem.range,
        ...(problem.replacement
          ? { suggest: [{ messageId: 'replace', data: { text: problem.replacement.text }, fix: problem.replacement }] }
          : {}),
      });
    }
  },
});
