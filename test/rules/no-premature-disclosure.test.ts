/**
 * no-premature-disclosure: in a `stage: first-contact` template, debt details (amount, overdue, debt
 * words, due date) anywhere in the message — the identity question is answered only after the whole
 * message was read — except the US statutory §1692e(11) sentences. The identity question, when
 * present, is attached as related information.
 */
import { builtinRules, exampleTemplate, lint, type FileConfig, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const RULE = 'no-premature-disclosure';

const config: FileConfig = {
  rules: { [RULE]: { severity: 2, options: {} } },
  defaults: {},
  settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
  lexicons: {},
};

const FIRST = { stage: 'first-contact' };
const WITH_VARS = (language: Language): Record<string, unknown> => ({
  ...FIRST,
  variables: {
    debtor_name: { type: 'string', sample: language === 'en' ? 'Sam' : 'Lucía' },
    amount: { type: 'money', sample: language === 'pt' ? 'R$ 80,00' : '$80.00' },
    due_date: { type: 'date', sample: '2026-11-30' },
  },
});

function lintCase(code: string, language: Language, frontMatter: Record<string, unknown>) {
  const text = exampleTemplate({ code, language, frontMatter });
  return { text, found: lint(text, { config }).messages.filter((m) => m.ruleId === RULE) };
}

function flagged(code: string, language: Language = 'en', frontMatter: Record<string, unknown> = FIRST): string[] {
  const { text, found } = lintCase(code, language, frontMatter);
  return found.map((m) => text.slice(m.offset, m.endOffset));
}

describe(RULE, () => {
  it('is registered as an error of the privacy family', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('privacy');
    expect(rule.meta.severity).toBe('error');
  });

  const invalid: [Language, string, string[], Record<string, unknown>?][] = [
    // Before the identity question.
    [
      'en',
      'Hi {{debtor_name}}, you have {{amount}} outstanding. Is this {{debtor_name}}?',
      ['{{amount}}'],
      WITH_VARS('en'),
    ],
    // After it: the recipient has not answered yet.
    ['en', 'Hello, am I speaking with {{debtor_name}}? We are writing about your delinquent account.', ['delinquent']],
    [
      'en',
      'Is this {{debtor_name}}? Your payment was due on {{due_date}}.',
      ['was due', '{{due_date}}'],
      WITH_VARS('en'),
    ],
    ['en', 'Is this {{debtor_name}}? Please call us to avoid further charges.', ['to avoid further charges']],
    // Never asks at all.
    ['en', 'Hello {{debtor_name}}, we can offer a payment plan for your arrears.', ['payment plan', 'arrears']],
    ['es', '¿Hablo con {{debtor_name}}? Le escribimos por su adeudo con {{creditor.name}}.', ['adeudo']],
    [
      'es',
      'Hola {{debtor_name}}, su cuota de {{amount}} vence el {{due_date}}.',
      ['{{amount}} vence', '{{due_date}}'],
      WITH_VARS('es'),
    ],
    ['es', '¿Es usted {{debtor_name}}? Tenemos un convenio de pago para usted.', ['convenio de pago']],
    ['pt', 'Falo com {{debtor_name}}? Consta uma pendência no seu CPF.', ['pendência']],
    ['pt', 'Olá {{debtor_name}}, podemos renegociar o seu débito.', ['renegociar', 'débito']],
    ['pt', 'Falo com {{debtor_name}}? Para evitar juros, ligue hoje.', ['Para evitar juros']],
    // The e-mail subject is part of the message.
    [
      'en',
      'Hello, is this {{debtor_name}}? Please reply to confirm.',
      ['overdue balance'],
      { ...FIRST, channel: 'email', email: { subject: 'Your overdue balance' } },
    ],
  ];

  it.each(invalid)('%s: reports "%s"', (language, code, expected, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual(expected);
  });

  const valid: [Language, string, Record<string, unknown>?][] = [
    [
      'en',
      'Hello, this is Ana from {{creditor.name}}. Is this {{debtor_name}}? We need to talk to you about your account. Reply YES to confirm.',
    ],
    // The statutory FDCPA sentences are not debt details.
    [
      'en',
      'Hi, this is Ana with {{creditor.name}}, a debt collector. Are you {{debtor_name}}? This is an attempt to collect a debt and any information obtained will be used for that purpose.',
      { ...FIRST, jurisdiction: 'US-NY' },
    ],
    ['en', 'Is this {{debtor_name}}? This communication is from a debt collector.'],
    [
      'es',
      'Hola, le escribe Ana de {{creditor.name}}. ¿Hablo con {{debtor_name}}? Por su seguridad, solo daremos detalles al titular.',
    ],
    [
      'es',
      '¿Es usted {{debtor_name}}? Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese propósito.',
    ],
    ['pt', 'Olá! Aqui é a Ana, da {{creditor.name}}. Falo com {{debtor_name}}? Só passamos detalhes ao titular.'],
    // Not a first contact: details are expected.
    ['en', 'Hi {{debtor_name}}, your balance of $120.50 is past due.', { stage: 'overdue' }],
    ['es', 'Hola {{debtor_name}}, su cuota de S/ 150.00 está vencida.', { stage: 'reminder' }],
  ];

  it.each(valid)('%s: silent on "%s"', (language, code, frontMatter) => {
    expect(flagged(code, language, frontMatter ?? FIRST)).toEqual([]);
  });

  it('points at the identity question as related information', () => {
    const { text, found } = lintCase('Falo com {{debtor_name}}? O assunto é a sua dívida.', 'pt', FIRST);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^"dívida": Primeiro contato/);
    const related = found[0]!.related ?? [];
    expect(related).toHaveLength(1);
    const line = text.split('\n')[related[0]!.line - 1]!;
    expect(line.slice(related[0]!.column - 1, related[0]!.endColumn - 1)).toBe('Falo com');
  });

  it('has no related location when the template never asks', () => {
    const { found } = lintCase('Hello {{debtor_name}}, you owe us money.', 'en', FIRST);
    expect(found.map((d) => d.related ?? [])).toEqual([[]]);
  });
});
