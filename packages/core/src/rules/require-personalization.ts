import { defineRule } from './api.js';
import { reportMissing, skeleton, templateFacts } from '../content/requirement.js';
import { looksLikePersonName, personNameVariables } from '../content/names.js';
import { declaredVariables } from '../document/variables.js';

export default defineRule({
  id: 'require-personalization',
  meta: {
    category: 'required',
    description:
      'The debtor is addressed by name, with a placeholder such as {{debtor_name}} (not for messages to third parties).',
    severity: 'warn',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missing:
        'The message never addresses the debtor by name. Use a name placeholder, e.g. "Hi {{debtor_name}}," (a variable of type string whose name says it is a name: debtor_name, first_name, nombre, nome…).',
      unused:
        'The message never addresses the debtor by name, although "{{name}}" is declared. Use it, e.g. "Hi {{{{name}}}},".',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'A bulk message that never names its recipient reads like spam and is more easily ignored or mistaken for phishing; it also hides from the recipient that the message is about them and not someone else with the same number. Addressing the debtor by name is part of the respectful, identifiable tone regulators ask for. Messages to third parties are exempt.',
    legal: [
      { law: 'Ley 19.496 art. 37 — transparency and dignity in collection', jurisdictions: ['CL'], sources: ['S55'] },
      { law: 'FCA CONC 7.9 — clear, fair communications', jurisdictions: ['GB'], sources: ['S66'] },
    ],
    examples: {
      valid: [
        { language: 'en', code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}.' },
        { language: 'es', code: 'Hola, {{debtor_name}}. Le escribe Ana, de {{creditor.name}}.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}}.' },
      ],
      invalid: [
        {
          language: 'en',
          code: '{{creditor.name}} would like to remind you about your account.',
          frontMatter: { variables: null },
        },
        {
          language: 'es',
          code: '{{creditor.name}} le saluda y le recuerda que tiene una cuota pendiente.',
          frontMatter: { variables: null },
        },
        { language: 'pt', code: 'Olá! {{creditor.name}} informa: este é um lembrete sobre a sua conta.' },
      ],
    },
  },
  create(context) {
    const { data, doc } = context;
    if (!data) return;
    if (templateFacts(data).recipient === 'third-party') return;
    const types = new Map(declaredVariables(doc).map((v) => [v.name, v.type]));
    const addressed = doc.placeholders.some((p) => {
      if (p.where !== 'body' || p.path.length !== 1) return false;
      const type = types.get(p.name);
      return (type === undefined || type === 'string') && looksLikePersonName(p.name);
    });
    if (addressed) return;
    const declared = personNameVariables(doc)[0];
    reportMissing(context, {
      messageId: declared ? 'unused' : 'missing',
      ...(declared ? { data: { name: declared } } : {}),
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context),
      position: 'start',
    });
  },
});
