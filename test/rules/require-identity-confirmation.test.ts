import { describeRule } from './required-content-helpers.js';

const first = { stage: 'first-contact' };

describeRule('require-identity-confirmation', {
  valid: [
    {
      name: 'is this …?',
      code: 'Hello, this is Ana from {{creditor.name}}. Is this {{debtor_name}}?',
      frontMatter: first,
    },
    { name: 'are we speaking with', code: 'Are we speaking with {{debtor_name}}?', frontMatter: first },
    {
      name: 'please confirm you are',
      code: 'Please confirm you are {{debtor_name}} by replying YES.',
      frontMatter: first,
    },
    { name: 'if you are …', code: 'If you are {{debtor_name}}, please reply YES.', frontMatter: first },
    { name: 'other stages are not checked', code: 'Hi {{debtor_name}}, your bill is ready.' },
    { name: '¿hablo con…?', language: 'es', code: 'Hola, ¿hablo con {{debtor_name}}?', frontMatter: first },
    { name: '¿es usted…?', language: 'es', code: '¿Es usted {{debtor_name}}? Responda SÍ.', frontMatter: first },
    {
      name: 'sin signos ni tildes',
      language: 'es',
      code: 'Hola, hablo con {{debtor_name}}? Responda SI.',
      frontMatter: first,
    },
    { name: 'falo com…?', language: 'pt', code: 'Olá! Falo com {{debtor_name}}?', frontMatter: first },
    { name: 'você é…?', language: 'pt', code: 'Oi! Você é {{debtor_name}}?', frontMatter: first },
  ],
  invalid: [
    {
      name: 'addressed straight to the debtor',
      code: 'Hello {{debtor_name}}, this is Chloe from {{creditor.name}}. We need to speak with you.',
      frontMatter: first,
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: 'Is this {{debtor_name}}?',
    },
    {
      name: 'are you available is no identity question',
      code: 'Hello {{debtor_name}}, are you available for a call?',
      frontMatter: first,
    },
    {
      name: 'necesitamos comunicarnos',
      language: 'es',
      code: 'Hola, {{debtor_name}}. Necesitamos comunicarnos con usted.',
      frontMatter: first,
      suggestionFixes: true,
      suggestionIncludes: '¿Hablo con {{debtor_name}}?',
    },
    {
      name: 'precisamos falar com você',
      language: 'pt',
      code: 'Olá, {{debtor_name}}! Precisamos falar com você.',
      frontMatter: first,
      suggestionFixes: true,
      suggestionIncludes: 'Falo com {{debtor_name}}?',
    },
  ],
});
