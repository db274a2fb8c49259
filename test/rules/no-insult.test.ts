/**
 * no-insult: insults, profanity and demeaning labels about the debtor, in en/es/pt, through the public
 * API with only this rule on; the `extraTerms` option (team words, validated by the rule's schema).
 */
import {
  builtinRules,
  exampleTemplate,
  lint,
  parseConfigText,
  resolveFileConfig,
  type FileConfig,
  type Language,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const RULE = 'no-insult';

function config(options: Record<string, unknown> = {}): FileConfig {
  return {
    rules: { [RULE]: { severity: 2, options: { extraTerms: {}, ...options } } },
    defaults: {},
    settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
    lexicons: {},
    teamLexicons: {},
  };
}

/** The words the rule flags in `code` (a template body), as slices of the document. */
function flagged(
  code: string,
  language: Language = 'en',
  options?: Record<string, unknown>,
  frontMatter?: Record<string, unknown>,
): string[] {
  const text = exampleTemplate({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  return lint(text, { config: config(options) })
    .messages.filter((m) => m.ruleId === RULE)
    .map((m) => text.slice(m.offset, m.endOffset));
}

describe('no-insult', () => {
  it('is registered as an error of the tone family with an options schema', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.schema).toBeDefined();
    expect(rule.meta.defaultOptions).toEqual({ extraTerms: {} });
  });

  describe('en', () => {
    it.each([
      ['Hi {{debtor_name}}. Honestly, only a deadbeat leaves a bill unpaid for months.', ['deadbeat']],
      ['Hi {{debtor_name}}, you told us the cheque was in the post. You are a liar.', ['liar']],
      ['Hi {{debtor_name}}, skipping payments again proves you are dishonest.', ['proves you are dishonest']],
      ['Hi {{debtor_name}}, stop acting like a freeloader and settle up.', ['freeloader']],
      ["Hi {{debtor_name}}, you're so irresponsible with money.", ["you're so irresponsible"]],
      ['Hi {{debtor_name}}, pay the damn balance.', ['damn']],
      ['Hi {{debtor_name}}, shame on you for ignoring our letters.', ['shame on you']],
      ['Hi {{debtor_name}}, have you no shame?', ['have you no shame']],
      ["Hi {{debtor_name}}, don't be a cheapskate: pay what you owe.", ["don't be a cheapskate"]],
      ['Hi {{debtor_name}}, we are sick of your lame excuses.', ['your lame excuses']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code)).toEqual(expected);
    });

    it.each([
      'Hi {{debtor_name}}, we would never call a customer a deadbeat.',
      'Hi {{debtor_name}}, nobody is calling you a liar: mistakes happen.',
      'Hi {{debtor_name}}, there is no shame in asking for help with a past-due balance.',
      'Hi {{debtor_name}}, beware of identity thieves who pretend to be us.',
      'Hi {{debtor_name}}, if our e-mail is missing, check your spam or trash folder.',
      "Hi {{debtor_name}}, don't be fooled by messages that ask for your password.",
      'Hi {{debtor_name}}, we help people like you find a plan that fits their budget.',
      'Hi {{debtor_name}}, thank you for your kind reply.',
      'Hi {{debtor_name}}, the balance on your account is {{amount}}, due on {{due_date}}.',
    ])('is silent on %j', (code) => {
      expect(flagged(code)).toEqual([]);
    });
  });

  describe('es', () => {
    it.each([
      ['Hola {{debtor_name}}, es usted un sinvergüenza.', ['sinvergüenza']],
      ['Hola {{debtor_name}}, todos en el barrio saben que usted es una morosa.', ['usted es una morosa']],
      ['Estimado moroso: su cuota sigue impaga.', ['Estimado moroso']],
      ['Hola {{debtor_name}}, ¡conchudo! Pague lo que debe.', ['conchudo']],
      ['Hola {{debtor_name}}, se esconde como los cobardes.', ['cobardes']],
      ['Hola {{debtor_name}}, usted no tiene palabra.', ['no tiene palabra']],
      ['Hola {{debtor_name}}, no sea tan irresponsable y ponga su deuda al día.', ['no sea tan irresponsable']],
      ['Hola {{debtor_name}}, ¡qué vergüenza!', ['qué vergüenza']],
      ['Hola {{debtor_name}}, usted es un mal pagador.', ['usted es un mal pagador']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code, 'es')).toEqual(expected);
    });

    it.each([
      'Hola {{debtor_name}}, su cuenta morosa tiene un saldo en mora de {{amount}}.',
      'Hola {{debtor_name}}, la cartera morosa de nuestra empresa se gestiona con respeto.',
      'Hola {{debtor_name}}, evite figurar en el registro de morosos poniéndose al día.',
      'Hola {{debtor_name}}, usted no es un moroso: es nuestro cliente y queremos ayudarle.',
      'Hola {{debtor_name}}, revise su carpeta de correo basura.',
      'Hola {{debtor_name}}, el sueldo bruto no se ve afectado; su cuenta corriente sigue activa.',
      'Hola {{debtor_name}}, no tiene que sentir vergüenza por pedir ayuda.',
    ])('is silent on %j', (code) => {
      expect(flagged(code, 'es')).toEqual([]);
    });
  });

  describe('pt', () => {
    it.each([
      ['Olá {{debtor_name}}, a cidade inteira sabe que você é caloteira.', ['caloteira']],
      ['Olá {{debtor_name}}, deixe de ser sem-vergonha e pague.', ['sem-vergonha']],
      ['Atenção, seu mau pagador: a parcela venceu.', ['seu mau pagador']],
      ['Olá {{debtor_name}}, você é um irresponsável.', ['você é um irresponsável']],
      ['Olá {{debtor_name}}, pare de se esconder e pague.', ['pare de se esconder']],
      ['Olá {{debtor_name}}, não seja caloteiro.', ['não seja caloteiro']],
      ['Olá {{debtor_name}}, chega de desculpas!', ['chega de desculpas']],
    ])('flags %j', (code, expected) => {
      expect(flagged(code, 'pt')).toEqual(expected);
    });

    it.each([
      'Olá {{debtor_name}}, a inadimplência pode ser resolvida com um acordo.',
      'Olá {{debtor_name}}, evite a inclusão no cadastro de maus pagadores negociando hoje.',
      'Olá {{debtor_name}}, ninguém é caloteiro por passar por um aperto.',
      'Olá {{debtor_name}}, infelizmente ainda não identificamos o pagamento.',
      'Olá {{debtor_name}}, aproveitamos para lembrar que a parcela vence em {{due_date}}.',
      'Olá {{debtor_name}}, verifique também a sua caixa de lixo eletrônico.',
      'Olá {{debtor_name}}, cuidado com golpistas que se passam pela nossa empresa.',
      'Olá {{debtor_name}}, não tenha vergonha de nos procurar.',
    ])('is silent on %j', (code) => {
      expect(flagged(code, 'pt')).toEqual([]);
    });
  });

  it('looks at the e-mail subject too', () => {
    expect(
      flagged('Hi {{debtor_name}}, your balance is open.', 'en', undefined, {
        channel: 'email',
        email: { subject: 'A note for a deadbeat' },
      }),
    ).toEqual(['deadbeat']);
  });

  describe('extraTerms option', () => {
    const options = { extraTerms: { pt: ['velhaco', '~cambalacheiro'], es: ['mala gente'], en: ['dead wood'] } };

    it('matches team words as whole words, ignoring accents and case', () => {
      expect(flagged('Olá {{debtor_name}}, seu VELHACO, pague.', 'pt', options)).toEqual(['VELHACO']);
      expect(flagged('Olá {{debtor_name}}, que cambalacheiras!', 'pt', options)).toEqual(['cambalacheiras']);
      expect(flagged('Hola {{debtor_name}}, usted es mala gente.', 'es', options)).toEqual(['mala gente']);
      expect(flagged('Hi {{debtor_name}}, you are dead wood.', 'en', options)).toEqual(['dead wood']);
    });

    it('keeps whole words, the other languages and negation apart', () => {
      expect(flagged('Hi {{debtor_name}}, our dead woodland walk is open.', 'en', options)).toEqual([]);
      expect(flagged('Hi {{debtor_name}}, pay now, velhaco.', 'en', options)).toEqual([]);
      expect(flagged('Olá {{debtor_name}}, nunca chamaríamos você de velhaco.', 'pt', options)).toEqual([]);
    });

    it('adds to the built-in words without double reports', () => {
      const words = flagged('Olá {{debtor_name}}, seu caloteiro velhaco.', 'pt', {
        extraTerms: { pt: ['velhaco', 'caloteiro'] },
      });
      expect(words).toEqual(['caloteiro', 'velhaco']);
    });

    it('reports a term that is not a valid pattern instead of crashing', () => {
      const text = exampleTemplate({ code: 'Hi {{debtor_name}}, pay now.', language: 'en' });
      const messages = lint(text, { config: config({ extraTerms: { en: ['(broken'] } }) }).messages.filter(
        (m) => m.ruleId === RULE,
      );
      expect(messages.map((m) => m.messageId)).toEqual(['invalidTerm']);
      expect(messages[0]!.message).toContain('(broken');
    });

    it('is validated by the rule schema when the config is loaded', () => {
      const ok = parseConfigText(
        'rules:\n  no-insult: [error, { extraTerms: { pt: [velhaco] } }]\n',
        '.dunlintrc.yaml',
      );
      const resolved = resolveFileConfig({ layers: [{ data: ok, baseDir: '', source: 'test' }] }, 'a.md');
      expect(resolved.rules[RULE]!.options).toEqual({ extraTerms: { pt: ['velhaco'] } });
      expect(() =>
        parseConfigText('rules:\n  no-insult: [error, { extraTerms: { fr: [crétin] } }]\n', '.dunlintrc.yaml'),
      ).toThrow(/Invalid options for "no-insult"/);
      expect(() => parseConfigText('rules:\n  no-insult: [error, { extraWords: [x] }]\n', '.dunlintrc.yaml')).toThrow(
        /Invalid options for "no-insult"/,
      );
    });
  });
});
