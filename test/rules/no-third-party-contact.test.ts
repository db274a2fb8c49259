/**
 * no-third-party-contact: mentions of contacting, telling or involving the debtor's family, friends,
 * employer, co-workers, neighbours or references, and requests to pass the message on — in en, es, pt —
 * with negation, reassurance and innocent uses silent. Linted through the public API with only this
 * rule on; every case asserts the exact words reported.
 */
import { builtinRules, exampleTemplate, lint, type FileConfig, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const RULE = 'no-third-party-contact';

const config: FileConfig = {
  rules: { [RULE]: { severity: 2, options: {} } },
  defaults: {},
  settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
  lexicons: {},
};

function flagged(code: string, language: Language = 'en', frontMatter?: Record<string, unknown>): string[] {
  const text = exampleTemplate({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  return lint(text, { config })
    .messages.filter((m) => m.ruleId === RULE)
    .map((m) => text.slice(m.offset, m.endOffset));
}

const THIRD_PARTY = { stage: 'first-contact', recipient: 'third-party' };

describe(RULE, () => {
  it('is registered as an error of the privacy family, with its legal basis', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('privacy');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.legal?.some((l) => l.jurisdictions?.includes('US') && l.sources?.includes('S11'))).toBe(true);
  });

  const invalid: [Language, string, string[], Record<string, unknown>?][] = [
    ['en', 'Pay by Friday or we will phone your boss.', ['phone your boss']],
    ['en', 'Our field team has already spoken with your neighbours.', ['spoken with your neighbours']],
    ['en', 'Your references will be notified tomorrow.', ['Your references will be notified']],
    [
      'en',
      'Settle now, or we will tell {{employer_name}} about the overdue balance.',
      ['tell {{employer_name}} about the overdue'],
    ],
    ['en', 'An agent may visit you at your workplace next week.', ['visit you at your workplace']],
    ['en', 'We will be emailing your HR department on Monday.', ['emailing your HR department']],
    [
      'en',
      'Your mother-in-law and your cousins could also be contacted.',
      ['Your mother-in-law and your cousins could also be contacted'],
    ],
    ['en', 'Please pass this message on to {{debtor_name}}.', ['pass this message on to {{debtor_name}}'], THIRD_PARTY],
    ['en', 'If you see him, let him know his payment is late.', ['let him know his payment'], THIRD_PARTY],
    ['es', 'Si no paga, le llamaremos a su suegra.', ['llamaremos a su suegra']],
    ['es', 'Enviaremos un gestor a su centro laboral.', ['Enviaremos un gestor a su centro laboral']],
    [
      'es',
      'Sus compañeros de trabajo serán informados de la situación.',
      ['Sus compañeros de trabajo serán informados'],
    ],
    ['es', 'Avísele a su esposa que nos llame.', ['Avísele a su esposa']],
    ['es', 'Por favor, recuérdele que su cuota está vencida.', ['recuérdele que su cuota'], THIRD_PARTY],
    ['es', 'Vamos a visitar a tus papás este sábado.', ['visitar a tus papás']],
    ['pt', 'Vamos mandar um recado para sua mãe.', ['mandar um recado para sua mãe']],
    ['pt', 'Seus vizinhos vão ficar sabendo.', ['Seus vizinhos vão ficar sabendo']],
    ['pt', 'Se não pagar, acionaremos o seu empregador.', ['acionaremos o seu empregador']],
    ['pt', 'Diga a ela que a fatura venceu.', ['Diga a ela que a fatura'], THIRD_PARTY],
    ['pt', 'Por favor, repasse esta mensagem para o titular.', ['repasse esta mensagem'], THIRD_PARTY],
  ];

  it.each(invalid)('%s: reports "%s"', (language, code, expected, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual(expected);
  });

  const valid: [Language, string, Record<string, unknown>?][] = [
    // Negation and reassurance.
    ['en', 'We will not call your employer, and we never speak to relatives about accounts.'],
    ['en', 'Your employer will never be contacted about this.'],
    ['en', 'Nobody at your workplace will hear about this from us.'],
    ['es', 'No llamaremos a su trabajo ni a sus referencias.'],
    ['es', 'Jamás hablaremos con sus vecinos sobre su cuenta.'],
    ['pt', 'Jamais falaremos com seus parentes sobre a sua conta.'],
    ['pt', 'Nunca compartilharemos sua dívida com terceiros.'],
    // Innocent uses.
    ['en', 'Thanks for being part of the Acme family. Read our privacy policy at acme.example/privacy.'],
    ['en', 'Ask about our friends and family plan.'],
    ['en', 'If things are hard, you may want to talk with your family about a budget, or call us.'],
    ['en', 'Please contact {{agent_name}} about your payment plan.'],
    ['es', 'Pregunte por nuestro plan para amigos y familia. Consulte nuestra política de privacidad.'],
    ['es', 'Comuníquese con su ejecutivo al {{contact.phone}}.'],
    ['pt', 'Obrigado por fazer parte da família Acme. Consulte nossa política de privacidade.'],
    ['pt', 'Fale conosco para negociar. Se já pagou, nos avise que o pagamento foi feito.'],
    // A location-only message to a third party.
    ['en', 'We are trying to reach {{debtor_name}}. If you know them, please ask them to call us.', THIRD_PARTY],
    ['es', 'Estamos intentando ubicar a {{debtor_name}}. Si lo conoce, pídale que nos llame.', THIRD_PARTY],
    ['pt', 'Estamos tentando localizar {{debtor_name}}. Se você conhece, peça para ele nos ligar.', THIRD_PARTY],
  ];

  it.each(valid)('%s: silent on "%s"', (language, code, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual([]);
  });

  it('reports in the language of the template, with the hint of its lexicon', () => {
    const text = exampleTemplate({ code: 'Vamos ligar para o seu chefe.', language: 'pt' });
    const [d] = lint(text, { config }).messages.filter((m) => m.ruleId === RULE);
    expect(d?.message).toMatch(/^"ligar para o seu chefe": Não contate/);
    expect(d?.severity).toBe(2);
  });
});
