/**
 * no-false-urgency: deadlines of hours, ultimatums, "last chance" and "pay immediately" pressure in
 * en/es/pt, through the public API with only this rule on. Plain due dates, calm offer deadlines and
 * service times ("we reply within 24 hours", "payments take up to 48 hours to appear") stay silent.
 */
import { builtinRules, exampleTemplate, lint, type FileConfig, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const RULE = 'no-false-urgency';

const config: FileConfig = {
  rules: { [RULE]: { severity: 1, options: {} } },
  defaults: {},
  settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
  lexicons: {},
  teamLexicons: {},
};

function flagged(code: string, language: Language = 'en', frontMatter?: Record<string, unknown>): string[] {
  const text = exampleTemplate({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  return lint(text, { config })
    .messages.filter((m) => m.ruleId === RULE)
    .map((m) => text.slice(m.offset, m.endOffset));
}

describe('no-false-urgency', () => {
  it('is a tone warning', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('warn');
    const text = exampleTemplate({ code: 'Hi {{debtor_name}}, act now!', language: 'en' });
    expect(lint(text, { config }).messages.find((m) => m.ruleId === RULE)?.severity).toBe(1);
  });

  describe('en', () => {
    it.each([
      ['Hi {{debtor_name}}, settle the account in the next 12 hours.', ['in the next 12 hours']],
      ['Hi {{debtor_name}}, you have 2 to 3 hours to respond.', ['2 to 3 hours']],
      ['Hi {{debtor_name}}, FINAL WARNING: pay the balance.', ['FINAL WARNING']],
      ['Hi {{debtor_name}}, clear the balance tonight or else.', ['tonight or else']],
      ['Hi {{debtor_name}}, the full amount must be paid straight away.', ['straight away']],
      ['Hi {{debtor_name}}, this requires your immediate attention.', ['immediate attention']],
      ['Hi {{debtor_name}}, time is running out.', ['time is running out']],
      ['Hi {{debtor_name}}, ignoring us will only make things worse for you.', ['only make things worse']],
      ['Hi {{debtor_name}}, get the money to us before 4pm today.', ['before 4pm today']],
      ['URGENT: Hi {{debtor_name}}, your account needs attention.', ['URGENT']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code)).toEqual(expected);
    });

    it.each([
      'Hi {{debtor_name}}, your payment of {{amount}} is due on {{due_date}}.',
      'Hi {{debtor_name}}, this offer is valid until 30 November. Call us if you need more time.',
      'Hi {{debtor_name}}, we aim to reply within 24 hours.',
      'Hi {{debtor_name}}, card payments can take up to 48 hours to show on your account.',
      'Hi {{debtor_name}}, once we receive your payment your service is restored immediately.',
      'Hi {{debtor_name}}, this is not your last chance: we can keep talking about a plan.',
      'Hi {{debtor_name}}, there is no need to hurry; take the time you need.',
      'Hi {{debtor_name}}, for urgent questions call {{contact.phone}}.',
      'Hi {{debtor_name}}, you can pay today or set up a payment plan.',
    ])('is silent on %j', (code) => {
      expect(flagged(code)).toEqual([]);
    });
  });

  describe('es', () => {
    it.each([
      ['Hola {{debtor_name}}, tiene 6 horas para regularizar.', ['tiene 6 horas']],
      ['Hola {{debtor_name}}, esta es su última oportunidad.', ['última oportunidad']],
      ['Hola {{debtor_name}}, cancele ya, o de lo contrario su caso pasará a cobranza.', ['ya, o de lo contrario']],
      ['Hola {{debtor_name}}, le exigimos el pago inmediato de la deuda.', ['pago inmediato']],
      ['Hola {{debtor_name}}, si no abona hoy mismo, su expediente avanzará.', ['si no abona hoy mismo']],
      ['Hola {{debtor_name}}, pague a más tardar esta noche.', ['a más tardar esta noche']],
      ['Hola {{debtor_name}}, ¡urgente!', ['urgente']],
      [
        'Hola {{debtor_name}}, apúrese, antes de que sea demasiado tarde.',
        ['apúrese', 'antes de que sea demasiado tarde'],
      ],
    ])('flags %j', (code, expected) => {
      expect(flagged(code, 'es')).toEqual(expected);
    });

    it.each([
      'Hola {{debtor_name}}, su cuota vence el 30 de noviembre.',
      'Hola {{debtor_name}}, la oferta es válida hasta el {{due_date}}.',
      'Hola {{debtor_name}}, su pago se verá reflejado en 24 horas.',
      'Hola {{debtor_name}}, atendemos las 24 horas.',
      'Hola {{debtor_name}}, puede pagar hoy o mañana en cualquier agencia.',
      'Hola {{debtor_name}}, si no puede pagar hoy, comuníquese con nosotros y buscaremos alternativas.',
      'Hola {{debtor_name}}, responda BAJA y dejará de recibir mensajes de inmediato.',
    ])('is silent on %j', (code) => {
      expect(flagged(code, 'es')).toEqual([]);
    });
  });

  describe('pt', () => {
    it.each([
      ['Olá {{debtor_name}}, pague imediatamente.', ['imediatamente']],
      ['Olá {{debtor_name}}, regularize hoje mesmo, senão o caso segue para cobrança.', ['hoje mesmo, senão']],
      ['Olá {{debtor_name}}, não adianta se esconder que vai ser pior.', ['vai ser pior']],
      ['Olá {{debtor_name}}, você tem 24h para pagar.', ['24h para']],
      ['Olá {{debtor_name}}, esta é sua última chance.', ['última chance']],
      ['Olá {{debtor_name}}, não perca tempo: quite agora mesmo.', ['não perca tempo', 'quite agora mesmo']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code, 'pt')).toEqual(expected);
    });

    it.each([
      'Olá {{debtor_name}}, a parcela vence em {{due_date}}.',
      'Olá {{debtor_name}}, o pagamento do boleto é compensado em até 48 horas.',
      'Olá {{debtor_name}}, após a confirmação, o acesso é liberado imediatamente.',
      'Olá {{debtor_name}}, esta não é sua última chance: continuamos à disposição.',
      'Olá {{debtor_name}}, se não conseguir pagar hoje, fale com a gente e podemos negociar.',
      'Olá {{debtor_name}}, atendimento 24h todos os dias.',
    ])('is silent on %j', (code) => {
      expect(flagged(code, 'pt')).toEqual([]);
    });
  });

  it('looks at the WhatsApp header too', () => {
    expect(
      flagged('Olá {{debtor_name}}, a parcela venceu.', 'pt', {
        channel: 'whatsapp',
        whatsapp: { category: 'utility', name: 'aviso', header: 'Último aviso' },
      }),
    ).toEqual(['Último aviso']);
  });
});
