/**
 * The snippets are generated from the core's lexicons: each one, inserted into a template that
 * misses the sentence, makes the rule it is named after stop reporting.
 */
import { join } from 'node:path';
import { builtinRules, exampleTemplate, lint, type RuleExample } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { buildSnippets, skeletonToSnippet } from '../../scripts/snippets.mjs';

const snippets = buildSnippets(join(import.meta.dirname, '../../../core'));
const byPrefix = new Map(Object.values(snippets).map((s) => [s.prefix, s]));

/** The text a snippet inserts when every tab stop keeps its default. */
function expand(body: string): string {
  return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([$\\}])/g, '$1');
}

function invalidExample(rule: string, language: string): RuleExample {
  const example = builtinRules.get(rule)!.meta.examples!.invalid.find((e) => (e.language ?? 'en') === language);
  if (!example) throw new Error(`${rule} has no invalid example in ${language}`);
  return example;
}

const LOCALE_IN_US = { en: 'en-US', es: 'es-US', pt: 'pt-BR' } as const;

function reports(rule: string, text: string): boolean {
  return lint(text, {}).messages.some((m) => m.ruleId === rule);
}

describe('snippets', () => {
  it('has the identity, disclosure and opt-out sentences in English, Spanish and Portuguese', () => {
    for (const language of ['en', 'es', 'pt']) {
      for (const kind of [
        'identity',
        'disclosure',
        'disclosure-later',
        'optout-sms',
        'optout-email',
        'optout-whatsapp',
      ]) {
        expect(byPrefix.has(`dunlint-${kind}-${language}`), `dunlint-${kind}-${language}`).toBe(true);
      }
    }
    expect(expand(byPrefix.get('dunlint-disclosure-en')!.body)).toBe(
      'This is an attempt to collect a debt and any information obtained will be used for that purpose.',
    );
    expect(byPrefix.get('dunlint-identity-en')!.body).toBe('Is this {{${1:debtor_name}}}?');
  });

  it('turns skeleton slots into placeholders with tab stops and escapes "$"', () => {
    expect(skeletonToSnippet('Pay [[money|amount]] by [[date|due date]] to [[creditor.name|creditor]]: $1')).toBe(
      'Pay {{${1:amount}}} by {{${2:due_date}}} to {{creditor.name}}: \\$1',
    );
  });

  for (const language of ['en', 'es', 'pt'] as const) {
    const cases: { prefix: string; rule: string; build(sentence: string): string }[] = [
      {
        prefix: `dunlint-identity-${language}`,
        rule: 'require-identity-confirmation',
        build: (sentence) => {
          const example = invalidExample('require-identity-confirmation', language);
          return exampleTemplate({ ...example, code: `${sentence} ${example.code}`.trim() });
        },
      },
      {
        prefix: `dunlint-disclosure-${language}`,
        rule: 'require-collection-disclosure',
        build: (sentence) => {
          const example = invalidExample('require-collection-disclosure', language);
          return exampleTemplate({
            ...example,
            code: `${example.code} ${sentence}`.trim(),
            frontMatter: {
              ...example.frontMatter,
              jurisdiction: 'US',
              locale: LOCALE_IN_US[language],
              stage: 'first-contact',
            },
          });
        },
      },
      ...(['sms', 'email', 'whatsapp'] as const).map((channel) => ({
        prefix: `dunlint-optout-${channel}-${language}`,
        rule: 'require-opt-out',
        build: (sentence: string) => {
          const example = invalidExample('require-opt-out', language);
          const extra =
            channel === 'email'
              ? { email: { subject: 'Your account' } }
              : channel === 'whatsapp'
                ? { whatsapp: { category: 'utility', name: 'reminder' } }
                : {};
          return exampleTemplate({
            language,
            code: `${example.code} ${sentence}`.trim(),
            frontMatter: { jurisdiction: 'US', locale: LOCALE_IN_US[language], channel, ...extra },
          });
        },
      })),
    ];
    for (const c of cases) {
      it(`${c.prefix} satisfies ${c.rule}`, () => {
        const snippet = byPrefix.get(c.prefix)!;
        expect(reports(c.rule, c.build('')), 'the template without the sentence is reported').toBe(true);
        expect(reports(c.rule, c.build(expand(snippet.body))), 'the template with the sentence').toBe(false);
      });
    }
  }
});
