import { lint, type Diagnostic, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { builtinRule, caseText, onlyRuleConfig, registryWith, ruleTester } from '../rule-tester.js';

const rule = builtinRule('locale-mismatch');
const registry = registryWith(rule);

/** In the English base template the body starts on line 16; es/pt add `tax_id`: line 17. `locale` is on line 3. */
const EN_BODY = 16;
const ES_BODY = 17;

function diagnostics(code: string, language: Language, frontMatter?: Record<string, unknown>) {
  const text = caseText({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  const config = onlyRuleConfig(rule, registry);
  const messages: Diagnostic[] = lint(text, { config, rules: registry }).messages;
  return { text, messages };
}

const PT_SMS =
  'Olá {{debtor_name}}, aqui é a Ana da Acme. Sua fatura de {{amount}} venceu ontem. Pague pelo link {{payment_link}} ou ligue para nós.';
const ES_EMAIL = [
  'Hola, {{debtor_name}}:',
  '',
  'Le escribe Marta, del área de cobranzas de {{creditor.name}}.',
  '',
  'Su cuota de {{amount}} venció el {{due_date}} y todavía figura como pendiente. Puede pagarla en línea o acercarse a cualquiera de nuestras oficinas.',
  '',
  'Atentamente,',
  'Marta',
].join('\n');
const EN_EMAIL = [
  'Hello {{debtor_name}},',
  '',
  'This is Daniel from the billing team at {{creditor.name}}. Your payment of {{amount}} was due on {{due_date}} and is still pending.',
  '',
  'You can pay online or call us during business hours. If you have already paid, please disregard this message.',
].join('\n');

describe('locale-mismatch: reports a body in another language', () => {
  it.each([
    ['en', PT_SMS, 'Portuguese', 'English', 'en-US', EN_BODY],
    ['en', ES_EMAIL, 'Spanish', 'English', 'en-US', EN_BODY],
    ['es', EN_EMAIL, 'English', 'Spanish', 'es-PE', ES_BODY],
    ['es', PT_SMS, 'Portuguese', 'Spanish', 'es-PE', ES_BODY],
    ['pt', ES_EMAIL, 'Spanish', 'Portuguese', 'pt-BR', ES_BODY],
    ['pt', EN_EMAIL, 'English', 'Portuguese', 'pt-BR', ES_BODY],
  ] as const)('%s template, %s body… → %s', (language, code, detected, declared, locale, line) => {
    const { text, messages } = diagnostics(code, language);
    expect(messages).toHaveLength(1);
    const d = messages[0]!;
    // On the first line of the body, which it spans.
    expect(d.line).toBe(line);
    expect(text.slice(d.offset, d.endOffset)).toBe(code.split('\n')[0]);
    expect(d.message).toBe(
      `The message reads as ${detected}, but the template's locale "${locale}" is ${declared}. Translate the text, or correct the locale.`,
    );
    // The `locale` value is the related location.
    expect(d.related).toEqual([
      expect.objectContaining({ line: 3, column: 9, message: `The locale is declared here (${declared}).` }),
    ]);
  });

  it('still reports when an opt-out line in the declared language is all that was translated', () => {
    const { messages } = diagnostics(`${ES_EMAIL}\n\nReply STOP to opt out.`, 'en');
    expect(messages.map((m) => m.messageId)).toEqual(['mismatch']);
  });

  it('reads the body after a leading blank line and a heading', () => {
    const { text, messages } = diagnostics(`\n# Aviso de pago\n\n${ES_EMAIL}`, 'en');
    expect(messages).toHaveLength(1);
    expect(text.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe('# Aviso de pago');
  });
});

describe('locale-mismatch: silent', () => {
  it.each([
    ['en', EN_EMAIL],
    ['es', ES_EMAIL],
    ['pt', PT_SMS],
    [
      'es',
      'Hola {{debtor_name}}, su pago de {{amount}} está pendiente. Pague online con su tarjeta o en OXXO; cualquier duda, llámenos.',
    ],
    [
      'pt',
      'Oi {{debtor_name}}! Seu boleto de {{amount}} vence amanhã. Pague pelo app, no internet banking ou com Pix. Obrigado!',
    ],
  ] as const)('on a %s body in its own language: %s', (language, code) => {
    expect(diagnostics(code, language).messages).toEqual([]);
  });

  it.each([
    ['a short body', 'en', 'Olá {{debtor_name}}! Pague hoje: {{payment_link}}'],
    [
      'placeholders, links, e-mails and numbers',
      'en',
      'Hola {{debtor_name}}: {{amount}} — https://pagos.example.com/cuenta/123 — pagos@acme.example — 2026-10-01 — 0800-123-456',
    ],
    [
      'a bilingual template',
      'en',
      `${EN_EMAIL}\n\nSi prefiere recibir este mensaje en español, llame al {{contact.phone}} y con gusto le atenderemos.`,
    ],
    [
      'statutory boilerplate in English in a Spanish template',
      'es',
      'Hola {{debtor_name}}, su cuota de {{amount}} está vencida. Llámenos.\n\nThis is an attempt to collect a debt and any information obtained will be used for that purpose. This communication is from a debt collector. Reply STOP to opt out.',
    ],
    [
      "another system's template expressions and HTML",
      'es',
      '${object.get_followup_table_html() | safe}\n\n<%- landlord.addresses[0].street1 %> <%- landlord.addresses[0].zipCode %> <%- landlord.addresses[0].city %>\n<p class="footer">Payment reminder</p>',
    ],
    [
      'a body in code',
      'en',
      'Hola {{debtor_name}}.\n\n```\nSu cuota está vencida y todavía figura como pendiente de pago en nuestro sistema.\n```',
    ],
  ] as const)('on %s', (_name, language, code) => {
    expect(diagnostics(code, language).messages).toEqual([]);
  });

  it('does not run without a known locale', () => {
    const { messages } = diagnostics(PT_SMS, 'en', { locale: 'fr-FR' });
    expect(messages).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [EN_EMAIL, { language: 'es', code: ES_EMAIL }, { language: 'pt', code: PT_SMS }],
  invalid: [
    {
      code: PT_SMS,
      errors: [
        {
          messageId: 'mismatch',
          line: EN_BODY,
          column: 1,
          endLine: EN_BODY,
          data: { detected: 'Portuguese', declared: 'English', locale: 'en-US' },
        },
      ],
      output: null,
    },
  ],
});
