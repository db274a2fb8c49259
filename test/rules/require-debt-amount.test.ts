import { describeRule } from './required-content-helpers.js';

const money = {
  variables: { debtor_name: { type: 'string', sample: 'Sam' }, amount: { type: 'money', sample: '$10.00' } },
};

describeRule('require-debt-amount', {
  valid: [
    {
      name: 'money placeholder',
      code: 'Hi {{debtor_name}}, your balance of {{amount}} is past due.',
      frontMatter: money,
    },
    { name: 'dollar amount', code: 'Hi {{debtor_name}}, your balance of $1,234.56 is past due.' },
    {
      name: 'pound amount',
      code: 'Hi {{debtor_name}}, £85 is still open.',
      frontMatter: { jurisdiction: 'GB', locale: 'en-GB' },
    },
    { name: 'currency code', code: 'Hi {{debtor_name}}, USD 20 is still open.' },
    {
      name: 'first contact is exempt',
      code: 'Hello, is this {{debtor_name}}?',
      frontMatter: { stage: 'first-contact' },
    },
    {
      name: 'third party is exempt',
      code: 'Hello, we are trying to reach {{debtor_name}}.',
      frontMatter: { stage: 'reminder', recipient: 'third-party' },
    },
    { name: 'soles', language: 'es', code: 'Hola {{debtor_name}}, su cuota de S/ 150.00 está pendiente.' },
    {
      name: 'euros after the number',
      language: 'es',
      code: 'Hola {{debtor_name}}, la factura de 150,00 € está pendiente.',
    },
    { name: 'MXN', language: 'es', code: 'Hola {{debtor_name}}, su saldo es de MXN 500.' },
    { name: 'reais', language: 'pt', code: 'Olá, {{debtor_name}}! A parcela de R$ 1.234,56 está em aberto.' },
    {
      name: 'R$ before an untyped placeholder',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Consta em aberto R$ {{valor}}.',
    },
  ],
  invalid: [
    {
      name: 'vague balance',
      code: 'Hi {{debtor_name}}, there is an outstanding balance on your account.',
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: '{{amount}}',
      frontMatter: {
        variables: { debtor_name: { type: 'string', sample: 'Sam' }, amount: { type: 'money', sample: '$1' } },
      },
    },
    {
      name: 'declared but unused amount',
      code: 'Hi {{debtor_name}}, your next payment is due soon.',
      frontMatter: money,
    },
    { name: 'a phone number is not an amount', code: 'Hi {{debtor_name}}, call 1-800-555-0100 about your balance.' },
    {
      name: 'payment confirmation still states the amount',
      code: 'Hi {{debtor_name}}, thank you for your payment.',
      frontMatter: { stage: 'payment-confirmation' },
    },
    {
      name: 'saldo vago',
      language: 'es',
      code: 'Hola {{debtor_name}}, tiene un saldo pendiente con nosotros.',
      messageIds: ['missing'],
      suggestionIncludes: 'El monto pendiente es [monto].',
    },
    {
      name: 'número de cuota no es monto',
      language: 'es',
      code: 'Hola {{debtor_name}}, la cuota 3 de 12 está pendiente.',
    },
    {
      name: 'pendência vaga',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Identificamos uma pendência no seu cadastro.',
      messageIds: ['missing'],
      suggestionIncludes: 'O valor em aberto é [valor].',
    },
  ],
});
