/**
 * no-default-reason-question: asking why the debtor has not paid, in en/es/pt, through the public API
 * with only this rule on (at its configured severity "error"). A warning everywhere, an error in
 * Colombia (Ley 2300 de 2023); the suggestion offers help instead, in the template's language.
 */
import { applyFixes, builtinRules, exampleTemplate, lint, type FileConfig, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const RULE = 'no-default-reason-question';

const config: FileConfig = {
  rules: { [RULE]: { severity: 2, options: {} } },
  defaults: {},
  settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
  lexicons: {},
  teamLexicons: {},
};

const CO = { jurisdiction: 'CO', locale: 'es-CO' };

function run(code: string, language: Language = 'en', frontMatter?: Record<string, unknown>) {
  const text = exampleTemplate({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  const messages = lint(text, { config }).messages.filter((m) => m.ruleId === RULE);
  return { text, messages, flagged: messages.map((m) => text.slice(m.offset, m.endOffset)) };
}

function flagged(code: string, language: Language = 'en', frontMatter?: Record<string, unknown>): string[] {
  return run(code, language, frontMatter).flagged;
}

/** The body after applying the first suggestion of the first diagnostic. */
function suggested(code: string, language: Language = 'en', frontMatter?: Record<string, unknown>): string {
  const { text, messages } = run(code, language, frontMatter);
  const fix = messages[0]!.suggestions![0]!.fix;
  const { output } = applyFixes(text, [fix]);
  return output.slice(output.indexOf('---', 4) + 4).trimEnd();
}

describe('no-default-reason-question', () => {
  it('is a tone rule whose recommended severity is error (capped to warning outside Colombia)', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.hasSuggestions).toBe(true);
  });

  describe('severity', () => {
    it('is a warning in other jurisdictions (US, PE, BR, generic)', () => {
      expect(run("Hi {{debtor_name}}, why didn't you pay?").messages.map((m) => m.severity)).toEqual([1]);
      expect(run('Hola {{debtor_name}}, ¿por qué no pagó?', 'es').messages.map((m) => m.severity)).toEqual([1]);
      expect(run('Olá {{debtor_name}}, por que você não pagou?', 'pt').messages.map((m) => m.severity)).toEqual([1]);
      expect(
        run("Hi {{debtor_name}}, why didn't you pay?", 'en', { jurisdiction: 'generic' }).messages.map(
          (m) => m.severity,
        ),
      ).toEqual([1]);
    });

    it('is an error in Colombia, subdivisions included', () => {
      expect(run('Hola {{debtor_name}}, ¿por qué no pagó?', 'es', CO).messages.map((m) => m.severity)).toEqual([2]);
      expect(
        run('Hola {{debtor_name}}, ¿por qué no pagó?', 'es', { ...CO, jurisdiction: 'CO-ANT' }).messages.map(
          (m) => m.severity,
        ),
      ).toEqual([2]);
    });
  });

  describe('en', () => {
    it.each([
      ["Hi {{debtor_name}}, why haven't you made a payment yet?", ["why haven't you made a payment yet?"]],
      ['Hi {{debtor_name}}. Why is your installment still overdue?', ['Why is your installment still overdue?']],
      [
        'Hi {{debtor_name}}, please explain why you did not pay last month.',
        ['please explain why you did not pay last month.'],
      ],
      [
        'Hi {{debtor_name}}, what is the reason for the missed payment?',
        ['what is the reason for the missed payment?'],
      ],
      ['Hi {{debtor_name}}, how come you are behind again?', ['how come you are behind again?']],
      ['Hi {{debtor_name}}, what is stopping you from paying?', ['what is stopping you from paying?']],
      ['Hi {{debtor_name}}, why the delay?', ['why the delay?']],
      [
        "Hi {{debtor_name}}, why haven't you paid? If you don't pay, we will tell you the next steps.",
        ["why haven't you paid?"],
      ],
      ["Hi {{debtor_name}}, why haven't you paid the {{amount}} yet?", ["why haven't you paid the {{amount}} yet?"]],
    ])('flags %j', (code, expected) => {
      expect(flagged(code)).toEqual(expected);
    });

    it.each([
      'Hi {{debtor_name}}, if you are having difficulty paying, we can review options together.',
      "Hi {{debtor_name}}, you don't need to tell us why you haven't paid.",
      'Hi {{debtor_name}}, why not set up autopay? It takes a minute.',
      "Hi {{debtor_name}}, why don't you give us a call to set up a plan?",
      'Hi {{debtor_name}}, we will explain why your bill is higher this month.',
      'Hi {{debtor_name}}, whatever the reason, we are here to help.',
    ])('is silent on %j', (code) => {
      expect(flagged(code)).toEqual([]);
    });

    it('suggests offering help instead, as a sentence of its own', () => {
      expect(suggested("Hi {{debtor_name}}, your bill is overdue. Why haven't you paid? Call us.")).toBe(
        'Hi {{debtor_name}}, your bill is overdue. If you are having difficulty paying, we can review options together. Call us.',
      );
    });
  });

  describe('es', () => {
    it.each([
      ['Hola {{debtor_name}}, ¿por qué todavía no ha pagado su cuota?', ['¿por qué todavía no ha pagado su cuota?']],
      ['Hola {{debtor_name}}, ¿por qué sigue sin pagar?', ['¿por qué sigue sin pagar?']],
      ['Hola {{debtor_name}}, ¿cuál es el motivo de su atraso?', ['¿cuál es el motivo de su atraso?']],
      ['Hola {{debtor_name}}, ¿a qué se debe la demora en el pago?', ['¿a qué se debe la demora en el pago?']],
      ['Hola {{debtor_name}}, explíquenos por qué no ha pagado.', ['explíquenos por qué no ha pagado.']],
      ['Hola {{debtor_name}}, ¿qué le impide pagar?', ['¿qué le impide pagar?']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code, 'es')).toEqual(expected);
    });

    it.each([
      'Hola {{debtor_name}}, si tiene dificultades, podemos revisar alternativas de pago.',
      'Hola {{debtor_name}}, no necesita explicarnos por qué no ha pagado.',
      'Hola {{debtor_name}}, le escribimos porque no hemos recibido el pago de su cuota.',
      'Hola {{debtor_name}}, ¿por qué es importante pagar a tiempo? Porque evita recargos.',
      'Hola {{debtor_name}}, sea cual sea el motivo del atraso, estamos para ayudarle.',
    ])('is silent on %j', (code) => {
      expect(flagged(code, 'es')).toEqual([]);
    });

    it('suggests the compliant wording in Spanish', () => {
      expect(suggested('Hola {{debtor_name}}. ¿Por qué no ha pagado? Llámenos.', 'es', CO)).toBe(
        'Hola {{debtor_name}}. Si tiene dificultades para pagar, podemos revisar alternativas juntos. Llámenos.',
      );
    });
  });

  describe('pt', () => {
    it.each([
      ['Olá {{debtor_name}}, por que a fatura ainda não foi paga?', ['por que a fatura ainda não foi paga?']],
      ['Olá {{debtor_name}}, qual é o motivo do atraso?', ['qual é o motivo do atraso?']],
      ['Olá {{debtor_name}}, por que você deixou de pagar?', ['por que você deixou de pagar?']],
      ['Olá {{debtor_name}}, conte pra gente o que aconteceu.', ['conte pra gente o que aconteceu.']],
      ['Olá {{debtor_name}}, o que houve com o seu boleto?', ['o que houve com o seu boleto?']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code, 'pt')).toEqual(expected);
    });

    it.each([
      'Olá {{debtor_name}}, se estiver com dificuldade, podemos negociar um parcelamento.',
      'Olá {{debtor_name}}, você não precisa explicar por que não pagou.',
      'Olá {{debtor_name}}, entramos em contato porque a parcela não foi paga.',
      'Olá {{debtor_name}}, por que pagar em dia? Porque você evita juros.',
      'Olá {{debtor_name}}, seja qual for o motivo do atraso, estamos aqui para ajudar.',
    ])('is silent on %j', (code) => {
      expect(flagged(code, 'pt')).toEqual([]);
    });

    it('suggests the compliant wording in Portuguese, following the case of the question', () => {
      expect(suggested('Olá {{debtor_name}}, por que você não pagou?', 'pt')).toBe(
        'Olá {{debtor_name}}, se estiver com dificuldade para pagar, podemos ver alternativas juntos.',
      );
    });
  });
});
