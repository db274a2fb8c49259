import { describeRule } from './required-content-helpers.js';

describeRule('require-contact-info', {
  valid: [
    { name: 'contact.phone', code: 'Hi {{debtor_name}}, call {{contact.phone}}.' },
    {
      name: 'contact.email',
      code: 'Hi {{debtor_name}}, write to {{contact.email}}.',
      frontMatter: { contact: { email: 'a@b.example' } },
    },
    {
      name: 'typed url variable',
      code: 'Hi {{debtor_name}}, see {{help}}.',
      frontMatter: {
        variables: { debtor_name: { type: 'string', sample: 'S' }, help: { type: 'url', sample: 'https://a.example' } },
      },
    },
    { name: 'literal phone', code: 'Hi {{debtor_name}}, call (800) 555-0142.' },
    { name: 'literal e-mail', code: 'Hi {{debtor_name}}, write to help@acme.example.' },
    { name: 'literal web address', code: 'Hi {{debtor_name}}, visit www.acme.com.' },
    { name: 'teléfono peruano', language: 'es', code: 'Hola {{debtor_name}}, llame al (01) 311-5000.' },
    { name: 'correo', language: 'es', code: 'Hola {{debtor_name}}, escriba a cobranzas@acme.pe.' },
    { name: 'telefone brasileiro', language: 'pt', code: 'Olá, {{debtor_name}}! Ligue (11) 4000-0000.' },
    { name: 'WhatsApp', language: 'pt', code: 'Olá, {{debtor_name}}! Fale no WhatsApp +55 11 98765-4321.' },
  ],
  invalid: [
    {
      name: 'stores and app only',
      code: 'Hi {{debtor_name}}, you can pay in any of our stores.',
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: '{{contact.phone}}',
    },
    {
      name: 'hours are not a contact',
      code: 'Hi {{debtor_name}}, lines open {{contact.hours}}.',
      frontMatter: { contact: { phone: '+1 800-555-0100', hours: '9-5' } },
    },
    { name: 'a date is not a phone', code: 'Hi {{debtor_name}}, it was due on 2026-11-30.' },
    {
      name: 'solo cajas',
      language: 'es',
      code: 'Hola {{debtor_name}}, puede pagar en cualquier caja de nuestras tiendas.',
      suggestionIncludes: '¿Dudas? Comuníquese al {{contact.phone}}.',
    },
    {
      name: 'CNPJ não é telefone',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Aqui é a Ana, da Acme (CNPJ 12.345.678/0001-90).',
      suggestionIncludes: 'Dúvidas? Fale conosco: {{contact.phone}}.',
    },
  ],
});
