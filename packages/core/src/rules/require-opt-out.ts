import { defineRule } from './api.js';
import { findInBody, profileRequires, reportMissing, skeleton, templateFacts } from '../content/requirement.js';

export default defineRule({
  id: 'require-opt-out',
  meta: {
    category: 'required',
    description:
      'A clear opt-out instruction ("Reply STOP…", "responda BAJA", "responda SAIR"): error for US SMS and e-mail, warning for WhatsApp everywhere.',
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missingUs:
        'A US collection {{channel}} must tell the recipient how to stop receiving them, clearly and simply (Reg F 1006.6(e)), e.g. "Reply STOP to opt out" / "To stop e-mails, click Unsubscribe".',
      missingWhatsapp:
        'The WhatsApp message gives no way to opt out. Add a line such as "Reply STOP to stop receiving WhatsApp messages" / "Para no recibir más mensajes, responda BAJA" / "Para não receber mais mensagens, responda SAIR".',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'People must be able to stop messages they do not want. In the US, every collection e-mail and text must include a clear, simple way to opt out of further messages to that address or number (Reg F 1006.6(e)), and carriers require STOP keywords on SMS. WhatsApp requires opt-in and expects businesses to honour opt-out requests, so a missing opt-out line is a warning for WhatsApp templates everywhere. Elsewhere, for SMS and e-mail, it is good practice and not reported.',
    legal: [
      {
        law: 'Reg F 12 CFR 1006.6(e) — opt-out notice in electronic communications',
        jurisdictions: ['US'],
        sources: ['S1', 'S95'],
      },
      { law: 'CTIA / carrier rules — STOP keyword on SMS', jurisdictions: ['US'], sources: ['S92', 'S96'] },
      {
        law: 'WhatsApp Business Policy — opt-in required; honour opt-out requests',
        jurisdictions: ['*'],
        sources: ['S81'],
      },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, your bill is ready. Call {{contact.phone}}. Reply STOP to opt out.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, su cuota está lista. Para no recibir más mensajes, responda BAJA.',
          frontMatter: { channel: 'whatsapp', whatsapp: { category: 'utility', name: 'recordatorio' } },
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Sua fatura está disponível. Para não receber mais mensagens, responda SAIR.',
          frontMatter: { channel: 'whatsapp', whatsapp: { category: 'utility', name: 'lembrete' } },
        },
        { language: 'es', code: 'Hola {{debtor_name}}, su cuota está lista.' },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, your bill is ready. Call {{contact.phone}}.' },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, su cuota está lista. Gracias.',
          frontMatter: { channel: 'whatsapp', whatsapp: { category: 'utility', name: 'recordatorio' } },
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Sua fatura está disponível. Obrigado.',
          frontMatter: { channel: 'whatsapp', whatsapp: { category: 'utility', name: 'lembrete' } },
        },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    const facts = templateFacts(context.data);
    const whatsapp = facts.channel === 'whatsapp';
    // Where the jurisdiction profile requires an opt-out for this channel (US: texts and e-mails, Reg F 1006.6(e)).
    const usElectronic = profileRequires(facts, 'require-opt-out');
    if (!whatsapp && !usElectronic) return;
    if (findInBody(context)) return;
    const channel = facts.channel ?? 'sms';
    reportMissing(context, {
      messageId: whatsapp ? 'missingWhatsapp' : 'missingUs',
      ...(whatsapp ? {} : { data: { channel: channel === 'email' ? 'e-mail' : 'text message' } }),
      suggestMessageId: 'insertSentence',
      sentence: skeleton(context, channel),
      position: 'end',
      ...(whatsapp ? { maxSeverity: 1 as const } : {}),
    });
  },
});
