import { describeRule } from './required-content-helpers.js';

const dated = {
  variables: { debtor_name: { type: 'string', sample: 'Sam' }, due_date: { type: 'date', sample: '2026-11-30' } },
};

describeRule('require-due-date', {
  valid: [
    { name: 'date placeholder', code: 'Hi {{debtor_name}}, it was due on {{due_date}}.', frontMatter: dated },
    { name: 'ISO date', code: 'Hi {{debtor_name}}, it was due on 2026-11-30.' },
    { name: 'month and day', code: 'Hi {{debtor_name}}, it was due on November 30.' },
    { name: 'US numeric date', code: 'Hi {{debtor_name}}, it was due on 11/30/2026.' },
    { name: 'due tomorrow', code: 'Hi {{debtor_name}}, your bill is due tomorrow.' },
    {
      name: 'first contact is exempt',
      code: 'Hello, is this {{debtor_name}}?',
      frontMatter: { stage: 'first-contact' },
    },
    {
      name: 'third party is exempt',
      code: 'Hello, we are trying to reach {{debtor_name}}.',
      frontMatter: { recipient: 'third-party' },
    },
    { name: '30 de noviembre', language: 'es', code: 'Hola {{debtor_name}}, su cuota venció el 30 de noviembre.' },
    { name: '30/11/2026', language: 'es', code: 'Hola {{debtor_name}}, su cuota venció el 30/11/2026.' },
    { name: '30 de novembro', language: 'pt', code: 'Olá, {{debtor_name}}! A parcela vence em 30 de novembro.' },
    { name: 'vence dia 10', language: 'pt', code: 'Olá, {{debtor_name}}! Sua fatura vence dia 10.' },
  ],
  invalid: [
    {
      name: 'no date',
      code: 'Hi {{debtor_name}}, your payment is overdue.',
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: 'Due date: {{due_date}}.',
      frontMatter: dated,
    },
    { name: '24/7 is not a date', code: 'Hi {{debtor_name}}, your payment is overdue. We are open 24/7.' },
    {
      name: 'settlement offer without deadline',
      code: 'Hi {{debtor_name}}, we can accept $600 instead of the full balance.',
      frontMatter: { stage: 'settlement-offer' },
    },
    {
      name: 'oferta sin fecha',
      language: 'es',
      code: 'Hola {{debtor_name}}, puede liquidar su adeudo con un descuento.',
      messageIds: ['missing'],
      suggestionIncludes: 'Fecha de vencimiento: [fecha].',
    },
    {
      name: 'en noviembre no es una fecha',
      language: 'es',
      code: 'Hola {{debtor_name}}, su cuota de noviembre está pendiente.',
    },
    {
      name: 'proposta sem prazo',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Você pode quitar o contrato com desconto.',
      messageIds: ['missing'],
      suggestionIncludes: 'Vencimento: [data].',
    },
  ],
});
