/**
 * no-debt-in-preview: debt words or amounts in the first 60 characters of the message as rendered
 * (placeholders replaced by their samples, front-matter paths by their values, a WhatsApp header
 * first) or in an e-mail subject / preheader; the US statutory sentences do not count.
 */
import { builtinRules, exampleTemplate, lint, type FileConfig, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const RULE = 'no-debt-in-preview';

function config(options: Record<string, unknown> = {}): FileConfig {
  return {
    rules: { [RULE]: { severity: 1, options } },
    defaults: {},
    settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
    lexicons: {},
  };
}

function flagged(
  code: string,
  language: Language = 'en',
  frontMatter?: Record<string, unknown>,
  options?: Record<string, unknown>,
): string[] {
  const text = exampleTemplate({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  return lint(text, { config: config(options) })
    .messages.filter((m) => m.ruleId === RULE)
    .map((m) => text.slice(m.offset, m.endOffset));
}

const EMAIL = (subject: string, preheader?: string): Record<string, unknown> => ({
  channel: 'email',
  email: { subject, ...(preheader ? { preheader } : {}) },
});

describe(RULE, () => {
  it('is off in recommended and a warning in strict', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('privacy');
    expect(rule.meta.severity).toBe('off');
    expect(rule.meta.strictSeverity).toBe('warn');
  });

  const invalid: [Language, string, string[], Record<string, unknown>?][] = [
    ['en', 'Overdue: Hi {{debtor_name}}, this is Ana from {{creditor.name}}.', ['Overdue']],
    ['en', 'Hi {{debtor_name}}, this is Ana at {{creditor.name}}: your debt is overdue.', ['debt', 'overdue']],
    ['en', 'Hi {{debtor_name}}, you still owe $45.10. This is Ana from {{creditor.name}}.', ['owe $45.10']],
    ['en', 'FINAL NOTICE for {{debtor_name}} from {{creditor.name}}.', ['FINAL NOTICE']],
    ['es', 'Hola {{debtor_name}}: su cuota está vencida. Le escribe Ana.', ['vencida']],
    ['es', 'Estimado/a {{debtor_name}}, tiene un saldo deudor con nosotros.', ['deudor']],
    ['pt', 'Oi {{debtor_name}}, consta uma pendência no seu CPF. Aqui é a Ana.', ['pendência']],
    ['pt', 'Olá {{debtor_name}}, R$ 120,00 em aberto. Aqui é a Ana.', ['R$ 120,00']],
    // Subject and preheader are always shown.
    ['en', 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}.', ['Past due'], EMAIL('Past due notice')],
    ['es', 'Hola {{debtor_name}}, le escribe Ana.', ['deuda'], EMAIL('Hola', 'Información sobre su deuda')],
    ['pt', 'Olá {{debtor_name}}, aqui é a Ana.', ['Dívida em atraso'], EMAIL('Dívida em atraso')],
    // A money placeholder counts as an amount.
    [
      'en',
      'Hi {{debtor_name}}, {{amount}} is waiting for you.',
      ['{{amount}}'],
      { variables: { debtor_name: { type: 'string', sample: 'Sam' }, amount: { type: 'money', sample: '$45.00' } } },
    ],
  ];

  it.each(invalid)('%s: reports "%s"', (language, code, expected, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual(expected);
  });

  const valid: [Language, string, Record<string, unknown>?][] = [
    [
      'en',
      'Hi {{debtor_name}}, this is Ana from the customer care team at {{creditor.name}}. Your debt of $45.10 is overdue.',
    ],
    ['es', 'Hola {{debtor_name}}, le escribe Ana, del equipo de atención de {{creditor.name}}. Su deuda está vencida.'],
    [
      'pt',
      'Olá, {{debtor_name}}! Aqui é a Ana, da central de atendimento da {{creditor.name}}. Sua dívida está em atraso.',
    ],
    // Statutory FDCPA sentences are not debt words, even at the start.
    [
      'en',
      'This is an attempt to collect a debt. Hi {{debtor_name}}, this is Ana from {{creditor.name}}, reach us on {{contact.phone}}.',
    ],
    // A pre-due reminder's due date is not a debt word.
    ['en', 'Hi {{debtor_name}}, a friendly reminder: your bill is due on 30 November.'],
    // Neutral subject and preheader.
    [
      'en',
      'Hi {{debtor_name}}, this is Ana from {{creditor.name}}.',
      EMAIL('A message from Acme Finance', 'A note from Ana'),
    ],
  ];

  it.each(valid)('%s: silent on "%s"', (language, code, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual([]);
  });

  it('counts the rendered text: placeholder samples and front-matter values, not the placeholder names', () => {
    const code = 'Hi {{debtor_name}}, this is Ana at {{creditor.name}}: your debt is overdue.';
    // With a long creditor name the debt words move past character 60.
    expect(flagged(code, 'en', { creditor: { name: 'The Northern and Western Consolidated Savings Bank' } })).toEqual(
      [],
    );
    // A short sample pulls them in even though the placeholder is long as written.
    const short = 'Dear {{primary_account_holder_full_name}}, regarding the account: it is in arrears.';
    expect(
      flagged(short, 'en', { variables: { primary_account_holder_full_name: { type: 'string', sample: 'Al' } } }),
    ).toEqual(['in arrears']);
  });

  it('does not count Markdown emphasis marks', () => {
    expect(flagged('**Hi {{debtor_name}}**, this is Ana from *Acme*. Your __account__ is overdue.')).toEqual([
      'overdue',
    ]);
  });

  it('puts a WhatsApp header first', () => {
    const code = 'Hi {{debtor_name}}, your account is overdue.';
    const whatsapp = (header?: string): Record<string, unknown> => ({
      channel: 'whatsapp',
      whatsapp: { category: 'utility', name: 'reminder', ...(header ? { header } : {}) },
    });
    expect(flagged(code, 'en', whatsapp())).toEqual(['overdue']);
    expect(flagged(code, 'en', whatsapp('Message from the Acme Finance care team'))).toEqual([]);
  });

  it('does not read a WhatsApp footer, which a notification does not show', () => {
    const code = 'Hi {{debtor_name}}, this is Ana from Acme Finance. Please call us when you can.';
    const footer = {
      channel: 'whatsapp',
      whatsapp: { category: 'utility', name: 'reminder', footer: 'Overdue debt team' },
    };
    expect(flagged(code, 'en', footer)).toEqual([]);
    expect(flagged(code, 'en', { ...footer, whatsapp: { ...footer.whatsapp, header: 'Overdue debt team' } })).toEqual([
      'Overdue debt',
    ]);
  });

  it('takes the preview length as an option', () => {
    const code = 'Hi {{debtor_name}}, this is Ana. Your account is overdue.';
    expect(flagged(code, 'en', undefined, { length: 20 })).toEqual([]);
    expect(flagged(code, 'en', undefined, { length: 60 })).toEqual(['overdue']);
  });

  it('explains in the language of the template', () => {
    const text = exampleTemplate({ code: 'Deuda vencida: hola {{debtor_name}}.', language: 'es' });
    const [d] = lint(text, { config: config() }).messages.filter((m) => m.ruleId === RULE);
    expect(d?.message).toMatch(/^"Deuda vencida": El teléfono bloqueado/);
    expect(d?.severity).toBe(1);
  });
});
