import { describeRule } from './required-content-helpers.js';

const wa = { channel: 'whatsapp', whatsapp: { category: 'utility', name: 't' } };
const email = { channel: 'email', email: { subject: 'Your account' } };

describeRule('require-opt-out', {
  valid: [
    { name: 'Reply STOP', code: 'Hi {{debtor_name}}, call {{contact.phone}}. Reply STOP to opt out.' },
    { name: 'Text STOP', code: 'Hi {{debtor_name}}. Text STOP to 12345 to stop these texts.' },
    {
      name: 'unsubscribe',
      code: 'Hi {{debtor_name}}.\n\nTo stop e-mails to this address, click Unsubscribe.',
      frontMatter: email,
    },
    {
      name: 'GB SMS: not required',
      code: 'Hi {{debtor_name}}, call us.',
      frontMatter: { jurisdiction: 'GB', locale: 'en-GB' },
    },
    {
      name: 'WhatsApp with STOP',
      code: 'Hi {{debtor_name}}. Reply STOP to stop receiving WhatsApp messages from us.',
      frontMatter: { ...wa, jurisdiction: 'GB', locale: 'en-GB' },
    },
    {
      name: 'responda BAJA',
      language: 'es',
      code: 'Hola {{debtor_name}}. Si no desea recibir más mensajes, responda BAJA.',
      frontMatter: wa,
    },
    {
      name: 'escriba STOP (EE. UU.)',
      language: 'es',
      code: 'Hola {{debtor_name}}. Escriba STOP para no recibir más mensajes.',
      frontMatter: { jurisdiction: 'US', locale: 'es-US' },
    },
    { name: 'PE SMS: not required', language: 'es', code: 'Hola {{debtor_name}}.' },
    {
      name: 'responda SAIR',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Para não receber mais mensagens por aqui, responda SAIR.',
      frontMatter: wa,
    },
    {
      name: 'envie PARAR',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Envie PARAR para sair da lista.',
      frontMatter: wa,
    },
  ],
  invalid: [
    {
      name: 'US SMS without opt-out: error',
      code: 'Hi {{debtor_name}}, call {{contact.phone}}.',
      messageIds: ['missingUs'],
      severity: 2,
      suggestionFixes: true,
      suggestionIncludes: 'Reply STOP to opt out.',
    },
    {
      name: 'US e-mail without opt-out: error',
      code: 'Hi {{debtor_name}},\n\nPlease call us.',
      frontMatter: { ...email, jurisdiction: 'US-NY' },
      severity: 2,
      suggestionFixes: true,
      suggestionIncludes: 'Unsubscribe',
    },
    { name: 'Reply YES is no opt-out', code: 'Hi {{debtor_name}}, reply YES to confirm.' },
    {
      name: 'WhatsApp anywhere: warning',
      code: 'Hi {{debtor_name}}, thanks!',
      frontMatter: { ...wa, jurisdiction: 'GB', locale: 'en-GB' },
      messageIds: ['missingWhatsapp'],
      severity: 1,
      suggestionFixes: true,
    },
    { name: 'WhatsApp in the US: warning', code: 'Hi {{debtor_name}}, thanks!', frontMatter: wa, severity: 1 },
    {
      name: 'WhatsApp sin baja',
      language: 'es',
      code: 'Hola {{debtor_name}}, gracias.',
      frontMatter: wa,
      severity: 1,
      suggestionFixes: true,
      suggestionIncludes: 'responda BAJA',
    },
    {
      name: 'WhatsApp sem opt-out',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Obrigado.',
      frontMatter: wa,
      severity: 1,
      suggestionFixes: true,
      suggestionIncludes: 'responda SAIR',
    },
  ],
});
