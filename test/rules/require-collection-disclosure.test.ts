import { describeRule } from './required-content-helpers.js';

const MINI = 'This is an attempt to collect a debt and any information obtained will be used for that purpose.';
const agency = { collector: { name: 'Summit', kind: 'agency' } };

describeRule('require-collection-disclosure', {
  valid: [
    { name: 'statutory text', code: `Hi {{debtor_name}}. ${MINI}` },
    {
      name: 'wording variant',
      code: 'Hi {{debtor_name}}. We are attempting to collect a debt; any information we obtain will be used for this purpose.',
    },
    {
      name: 'Reg F model wording',
      code: 'Summit is a debt collector. We are trying to collect a debt that you owe. We will use any information you give us to help collect the debt.',
      frontMatter: { ...agency, stage: 'first-contact' },
    },
    { name: 'first contact', code: `Is this {{debtor_name}}? ${MINI}`, frontMatter: { stage: 'first-contact' } },
    {
      name: 'later agency message',
      code: 'Hi {{debtor_name}}. This communication is from a debt collector.',
      frontMatter: agency,
    },
    {
      name: 'outside the US nothing is required',
      code: 'Hi {{debtor_name}}, your bill is due.',
      frontMatter: { jurisdiction: 'GB', locale: 'en-GB' },
    },
    {
      name: 'third party must not hear about the debt',
      code: 'Hello, we are trying to reach {{debtor_name}}.',
      frontMatter: { stage: 'first-contact', recipient: 'third-party' },
    },
    {
      name: 'en español (EE. UU.)',
      language: 'es',
      code: 'Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.',
      frontMatter: { jurisdiction: 'US-TX', locale: 'es-US' },
    },
    { name: 'PE: not required', language: 'es', code: 'Hola {{debtor_name}}.' },
    {
      name: 'em português (EUA)',
      language: 'pt',
      code: 'Esta é uma tentativa de cobrar uma dívida e qualquer informação obtida será usada para esse fim.',
      frontMatter: { jurisdiction: 'US-MA' },
    },
  ],
  invalid: [
    {
      name: 'missing entirely',
      code: 'Hi {{debtor_name}}, your payment is overdue.',
      messageIds: ['missingAny'],
      suggestionFixes: true,
      suggestionIncludes: MINI,
    },
    {
      name: 'first contact, missing',
      code: 'Is this {{debtor_name}}? Please call us.',
      frontMatter: { stage: 'first-contact' },
      messageIds: ['missingInitial'],
      suggestionFixes: true,
    },
    {
      name: 'first contact, half missing',
      code: 'Is this {{debtor_name}}? This is an attempt to collect a debt.',
      frontMatter: { stage: 'first-contact' },
      messageIds: ['incomplete'],
    },
    {
      name: 'first contact, other half missing',
      code: 'Is this {{debtor_name}}? Any information obtained will be used for that purpose.',
      frontMatter: { stage: 'first-contact', jurisdiction: 'US-CA' },
      messageIds: ['incomplete'],
    },
    {
      name: 'the debt-collector sentence alone is not the initial statement',
      code: 'Is this {{debtor_name}}? This communication is from a debt collector.',
      frontMatter: { ...agency, stage: 'first-contact' },
      messageIds: ['missingInitial'],
    },
    {
      name: 'later agency message without the debt-collector sentence',
      code: 'Hi {{debtor_name}}, your payment is overdue.',
      frontMatter: agency,
      messageIds: ['missingCollector'],
      suggestionFixes: true,
      suggestionIncludes: 'This communication is from a debt collector.',
    },
    {
      name: 'sin aviso',
      language: 'es',
      code: 'Hola {{debtor_name}}, su pago está vencido.',
      frontMatter: { jurisdiction: 'US-FL', locale: 'es-US' },
      suggestionFixes: true,
      suggestionIncludes: 'Este es un intento de cobrar una deuda',
    },
    {
      name: 'sem aviso',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Sua parcela está em atraso.',
      frontMatter: { jurisdiction: 'US' },
      suggestionFixes: true,
      suggestionIncludes: 'tentativa de cobrar uma dívida',
    },
  ],
});
