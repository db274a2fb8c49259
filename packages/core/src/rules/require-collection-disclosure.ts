import { defineRule } from './api.js';
import {
  findInBody,
  isThirdPartyCollector,
  profileRequires,
  reportMissing,
  skeleton,
  templateFacts,
} from '../content/requirement.js';

export default defineRule({
  id: 'require-collection-disclosure',
  meta: {
    category: 'required',
    description:
      'US only: the FDCPA §1692e(11) statement — "attempt to collect a debt … information obtained will be used for that purpose" on first contact, "this communication is from a debt collector" later.',
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missingInitial:
        'A first collection message in the US must say that it is an attempt to collect a debt and that any information obtained will be used for that purpose (FDCPA §1692e(11)).',
      incomplete:
        'The FDCPA §1692e(11) statement is incomplete: {{missing}}. Write both halves: "This is an attempt to collect a debt and any information obtained will be used for that purpose."',
      missingCollector:
        'Every later message from a debt collector in the US must say "This communication is from a debt collector" (FDCPA §1692e(11)).',
      missingAny:
        'A US collection message must carry the FDCPA §1692e(11) disclosure: "This is an attempt to collect a debt and any information obtained will be used for that purpose" (or, after the first contact, "This communication is from a debt collector").',
      insertSentence: 'Insert "{{text}}"',
    },
    rationale:
      'US law requires a debt collector to say, in its first communication, that it is attempting to collect a debt and that any information obtained will be used for that purpose, and in every later communication that the communication is from a debt collector. Leaving out either half of the first statement does not meet the requirement. The rule runs only for US jurisdictions (US, US-TX…), and never for messages to third parties, who must not learn about the debt.',
    legal: [
      { law: 'FDCPA 15 U.S.C. §1692e(11)', jurisdictions: ['US'], sources: ['S4', 'S4b', 'S13'] },
      { law: 'Reg F 12 CFR 1006.18(e)', jurisdictions: ['US'], sources: ['S4'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}. This is an attempt to collect a debt and any information obtained will be used for that purpose.',
        },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Ana from {{collector.name}}. This communication is from a debt collector.',
          frontMatter: { collector: { name: 'Summit Account Services', kind: 'agency' } },
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}. Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.',
          frontMatter: { jurisdiction: 'US-TX', locale: 'es-US' },
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}} (CNPJ {{creditor.tax_id}}).',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}. Your payment is overdue.' },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}. This is an attempt to collect a debt.',
          frontMatter: { stage: 'first-contact' },
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, le escribe Ana de {{creditor.name}}. Su pago está vencido.',
          frontMatter: { jurisdiction: 'US-FL', locale: 'es-US' },
        },
        {
          language: 'pt',
          code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}}. Sua parcela está em atraso.',
          frontMatter: { jurisdiction: 'US-MA', locale: 'pt-BR' },
        },
      ],
    },
  },
  create(context) {
    if (!context.data) return;
    const facts = templateFacts(context.data);
    if (!profileRequires(facts, 'require-collection-disclosure') || facts.recipient === 'third-party') return;
    const attempt = findInBody(context, 'attempt');
    const information = findInBody(context, 'information');
    const collector = findInBody(context, 'collector');
    const initialOk = Boolean(attempt && information);
    const halfMissing = (): string =>
      attempt
        ? 'it says it is an attempt to collect a debt but not that any information obtained will be used for that purpose'
        : 'it says information will be used for that purpose but not that this is an attempt to collect a debt';
    const report = (
      messageId: 'missingInitial' | 'incomplete' | 'missingCollector' | 'missingAny',
      key: 'initial' | 'collector',
    ): void =>
      reportMissing(context, {
        messageId,
        ...(messageId === 'incomplete' ? { data: { missing: halfMissing() } } : {}),
        suggestMessageId: 'insertSentence',
        sentence: skeleton(context, key),
        position: 'end',
      });
    if (facts.stage === 'first-contact') {
      if (initialOk) return;
      report(attempt || information ? 'incomplete' : 'missingInitial', 'initial');
      return;
    }
    if (isThirdPartyCollector(facts)) {
      if (collector) return;
      if (attempt || information) {
        if (!initialOk) report('incomplete', 'initial');
        else report('missingCollector', 'collector');
        return;
      }
      report('missingCollector', 'collector');
      return;
    }
    if (initialOk || collector) return;
    report(attempt || information ? 'incomplete' : 'missingAny', 'initial');
  },
});
