import { declaredVariables } from '../document/variables.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { defineRule } from './api.js';

/** Front-matter sections that placeholders may read with a dotted path. */
export const NAMESPACES = ['creditor', 'collector', 'contact'] as const;

export default defineRule({
  id: 'placeholder-undeclared',
  meta: {
    category: 'structure',
    description:
      'Every {{placeholder}} is declared under `variables` or is a creditor.*, collector.* or contact.* value that exists.',
    severity: 'error',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      undeclared: '{{{{name}}}} is not declared under "variables:".{{hint}}',
      missingPath: '{{{{name}}}} reads "{{name}}" from the front matter, but "{{section}}" has no "{{key}}".{{hint}}',
      positional:
        '{{{{name}}}} is a positional placeholder. Use it only with "whatsapp: { parameter_format: positional }" and declare "{{name}}" under "variables:".',
      replace: 'Replace with {{{{text}}}}',
    },
    rationale:
      'A placeholder that nothing fills is sent as raw "{{…}}" or as an empty gap, so the debtor may get a message without the amount, the creditor or a way to pay. Declaring each variable with its type also tells dunlint what it is (an amount, a date, a phone), which the content rules use.',
    examples: {
      valid: [{ code: 'Hi {{debtor_name}}, this is {{creditor.name}}.' }],
      invalid: [{ code: 'Hi {{customer}}, this is {{creditor.name}}.' }],
    },
  },
  create(context) {
    const data = context.data;
    if (!data) return;
    const declared = declaredVariables(context.doc);
    const names = new Set(declared.map((v) => v.name));
    const positional =
      typeof data.whatsapp === 'object' &&
      (data.whatsapp as { parameter_format?: unknown } | null)?.parameter_format === 'positional';
    for (const p of context.doc.placeholders) {
      const [head, ...rest] = p.path;
      if (head === undefined) continue;
      if (/^\d+$/.test(p.name)) {
        if (!positional || !names.has(p.name))
          context.report({ messageId: 'positional', data: { name: p.name }, range: p.range });
        continue;
      }
      if ((NAMESPACES as readonly string[]).includes(head) && rest.length > 0) {
        let value: unknown = data;
        for (const seg of p.path)
          value = value && typeof value === 'object' ? (value as Record<string, unknown>)[seg] : undefined;
        if (value !== undefined && value !== null && typeof value !== 'object') continue;
        const section = p.path.slice(0, -1).join('.');
        const key = p.path[p.path.length - 1]!;
        const parent = p.path
          .slice(0, -1)
          .reduce<unknown>(
            (v, seg) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined),
            data,
          );
        const siblings = parent && typeof parent === 'object' ? Object.keys(parent) : [];
        const guess = didYouMean(key, siblings);
        context.report({
          messageId: 'missingPath',
          data: {
            name: p.name,
            section,
            key,
            hint: guess
              ? ` Did you mean {{${section}.${guess}}}?`
              : ` Add "${key}" under "${section}:" or use a declared variable.`,
          },
          range: p.range,
          ...(guess
            ? {
                suggest: [
                  {
                    messageId: 'replace',
                    data: { text: `${section}.${guess}` },
                    fix: { range: p.nameRange, text: `${section}.${guess}` },
                  },
                ],
              }
            : {}),
        });
        continue;
      }
      if (p.path.length === 1 && names.has(p.name)) continue;
      const guess = didYouMean(p.name, [...names]);
      context.report({
        messageId: 'undeclared',
        data: {
          name: p.name,
          hint: guess
            ? ` Did you mean {{${guess}}}?`
            : ' Declare it there with a type and a sample, e.g. "amount: { type: money, sample: \'$10.00\' }".',
        },
        range: p.range,
        ...(guess
          ? { suggest: [{ messageId: 'replace', data: { text: guess }, fix: { range: p.nameRange, text: guess } }] }
          : {}),
      });
    }
  },
});
