import { stringify } from 'yaml';
import type { RuleExample } from './api.js';

/** A valid front matter for each language, used to build rule examples, docs and tests. */
const BASE: Record<'en' | 'es' | 'pt', Record<string, unknown>> = {
  en: {
    id: 'example',
    locale: 'en-US',
    channel: 'sms',
    jurisdiction: 'US',
    stage: 'reminder',
    creditor: { name: 'Acme Finance' },
    contact: { phone: '+1 800-555-0100' },
    variables: { debtor_name: { type: 'string', sample: 'Sam' } },
  },
  es: {
    id: 'ejemplo',
    locale: 'es-PE',
    channel: 'sms',
    jurisdiction: 'PE',
    stage: 'reminder',
    creditor: { name: 'Acme Finanzas SAC', tax_id: '20123456789' },
    contact: { phone: '+51 1 700-0000' },
    variables: { debtor_name: { type: 'string', sample: 'Lucía' } },
  },
  pt: {
    id: 'exemplo',
    locale: 'pt-BR',
    channel: 'sms',
    jurisdiction: 'BR',
    stage: 'reminder',
    creditor: { name: 'Acme Finanças Ltda', tax_id: '12.345.678/0001-90' },
    contact: { phone: '+55 11 4000-0000' },
    variables: { debtor_name: { type: 'string', sample: 'Maria' } },
  },
};

/**
 * The full template text of a rule example: `code` is used as is when it already has front
 * matter (or when `frontMatter` is `null`-like `{ __none: true }`); otherwise a valid base front
 * matter for the example's language, with `frontMatter` merged over it, is put in front.
 */
export function exampleTemplate(example: RuleExample): string {
  if (/^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/.test(example.code) || example.frontMatter?.__none === true) return example.code;
  const base = BASE[example.language ?? 'en'];
  const fm: Record<string, unknown> = { ...base, ...example.frontMatter };
  for (const [k, v] of Object.entries(fm)) if (v === null) delete fm[k];
  const yaml = stringify(fm, { flowCollectionPadding: true, lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n${example.code.endsWith('\n') ? example.code : `${example.code}\n`}`;
}
