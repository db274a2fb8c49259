import { describeRule } from './required-content-helpers.js';

const link = (name: string): Record<string, unknown> => ({
  variables: { debtor_name: { type: 'string', sample: 'S' }, [name]: { type: 'url', sample: 'https://a.example/x' } },
});

describeRule('require-payment-option', {
  valid: [
    {
      name: 'payment link variable',
      code: 'Hi {{debtor_name}}, pay at {{payment_link}}.',
      frontMatter: link('payment_link'),
    },
    {
      name: 'any url variable that is not an unsubscribe link',
      code: 'Hi {{debtor_name}}: {{checkout}}',
      frontMatter: link('checkout'),
    },
    { name: 'literal address after pay', code: 'Hi {{debtor_name}}, pay online at https://acme.example/pay.' },
    { name: 'stores', code: 'Hi {{debtor_name}}, you can pay in any of our stores or in the Acme app.' },
    { name: 'direct debit', code: 'Hi {{debtor_name}}, set up a direct debit to clear the balance.' },
    {
      name: 'first contact is exempt',
      code: 'Hello, is this {{debtor_name}}?',
      frontMatter: { stage: 'first-contact' },
    },
    {
      name: 'payment confirmation is exempt',
      code: 'Hi {{debtor_name}}, thank you for your payment.',
      frontMatter: { stage: 'payment-confirmation' },
    },
    {
      name: 'agencias',
      language: 'es',
      code: 'Hola {{debtor_name}}, puede pagarla en cualquiera de nuestras agencias.',
    },
    {
      name: 'transferencia',
      language: 'es',
      code: 'Hola {{debtor_name}}, puede hacer una transferencia a nuestra cuenta.',
    },
    { name: 'boleto e Pix', language: 'pt', code: 'Olá, {{debtor_name}}! Boleto ou Pix pelo app.' },
    {
      name: 'lojas',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Pague no app da loja ou em qualquer uma das nossas lojas.',
    },
  ],
  invalid: [
    {
      name: 'call us to hear the next steps',
      code: 'Hi {{debtor_name}}, call {{contact.phone}} and we will explain the next steps.',
      messageIds: ['missing'],
      suggestionIncludes: 'You can pay at [payment link].',
    },
    {
      name: 'unsubscribe link is no payment link',
      code: 'Hi {{debtor_name}}, your bill is due. Unsubscribe: {{unsubscribe_link}}',
      frontMatter: link('unsubscribe_link'),
      suggestionIncludes: '[payment link]',
    },
    {
      name: 'skeleton uses the payment link',
      code: 'Hi {{debtor_name}}, your bill is due.',
      frontMatter: {
        variables: {
          debtor_name: { type: 'string', sample: 'S' },
          pay_url: { type: 'url', sample: 'https://a.example' },
        },
      },
      suggestionFixes: true,
      suggestionIncludes: '{{pay_url}}',
    },
    {
      name: 'un pago de no es instrucción',
      language: 'es',
      code: 'Hola {{debtor_name}}, puede liquidar su adeudo con un pago de S/ 600.00. Llame al {{contact.phone}}.',
      suggestionIncludes: 'Puede pagar en [enlace de pago].',
    },
    {
      name: 'pagar um valor não é instrução',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Você pode pagar R$ 600,00. Ligue {{contact.phone}}.',
      suggestionIncludes: 'Você pode pagar pelo link [link de pagamento].',
    },
  ],
});
