import { describeRule } from './required-content-helpers.js';

describeRule('require-sender-identification', {
  valid: [
    {
      name: 'this is … from',
      code: 'Hi {{debtor_name}}, this is Ana from the customer care team at {{creditor.name}}.',
    },
    {
      name: 'my name is',
      code: 'Dear {{debtor_name}},\n\nMy name is Kevin Lee, and I am writing from {{collector.name}}.',
    },
    {
      name: 'acting for',
      code: 'Hello {{debtor_name}}, this is Mark Jones of the recovery team, acting for {{creditor.name}}.',
    },
    { name: 'company introduces itself', code: 'Hello, this is {{creditor.name}}. Please call {{contact.phone}}.' },
    {
      name: 'le escribe',
      language: 'es',
      code: 'Hola, {{debtor_name}}. Le escribe Lucía, del equipo de {{creditor.name}}.',
    },
    {
      name: 'mi nombre es',
      language: 'es',
      code: 'Mi nombre es Ignacio Rojas y le escribo del Servicio al Cliente de {{creditor.name}}.',
    },
    { name: 'soy … de', language: 'es', code: 'Hola {{debtor_name}}, soy Vale de {{creditor.name}}.' },
    { name: 'le saluda', language: 'es', code: '{{creditor.name}} le saluda cordialmente.' },
    { name: 'aqui é', language: 'pt', code: 'Olá! Aqui é a Renata, da equipe de atendimento da {{creditor.name}}.' },
    {
      name: 'aqui é without accent',
      language: 'pt',
      code: 'Ola {{debtor_name}}, aqui e o Rafael da {{creditor.name}}.',
    },
    { name: 'meu nome é', language: 'pt', code: 'Meu nome é Camila Rocha e falo em nome da {{collector.name}}.' },
    { name: 'quem fala é', language: 'pt', code: 'Quem fala é a Ana, da {{creditor.name}}.' },
  ],
  invalid: [
    {
      name: 'reminder with no introduction',
      code: 'Dear {{debtor_name}}, a reminder about your {{creditor.name}} account.',
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: 'This is [your name] from {{creditor.name}}',
    },
    {
      name: 'statutory sentence is not an introduction',
      code: 'Hi {{debtor_name}}. This is an attempt to collect a debt.',
      messageIds: ['missing'],
    },
    {
      name: 'agency skeleton names both',
      code: 'Dear {{debtor_name}}, your account is overdue.',
      frontMatter: { collector: { name: 'Summit', kind: 'agency' } },
      suggestionIncludes: '{{collector.name}}, on behalf of {{creditor.name}}',
    },
    {
      name: 'recordatorio sin presentación',
      language: 'es',
      code: 'Estimado(a) {{debtor_name}}: este es un recordatorio sobre su cuenta con {{creditor.name}}.',
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: 'Le escribe [su nombre], de {{creditor.name}}',
    },
    {
      name: 'confirmation question is not an introduction',
      language: 'es',
      code: '¿Hablo con {{debtor_name}}? Llame al {{contact.phone}}.',
    },
    {
      name: 'lembrete sem apresentação',
      language: 'pt',
      code: 'Prezado(a) {{debtor_name}}, este é um lembrete sobre sua conta na {{creditor.name}}.',
      messageIds: ['missing'],
      suggestionFixes: true,
      suggestionIncludes: 'Aqui é [seu nome], da {{creditor.name}}',
    },
    {
      name: '"clique aqui e" is not "aqui é"',
      language: 'pt',
      code: 'Prezado(a) {{debtor_name}}, clique aqui e pague a sua fatura.',
    },
  ],
});
