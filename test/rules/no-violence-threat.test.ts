/**
 * no-violence-threat: threats or hints of physical harm and menace, in en/es/pt, through the public
 * API with only this rule on. Each invalid case lists the exact words reported (document slices).
 */
import { builtinRules } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, templateOf } from './required-content-helpers.js';
import { itReportsExactly, type PhraseCase as Case } from './phrase-cases.js';

const RULE = 'no-violence-threat';

const invalid: Case[] = [
  {
    language: 'en',
    code: 'Hi {{debtor_name}}, we know where your kids go to school.',
    flagged: ['we know where your kids go to school'],
  },
  {
    language: 'en',
    code: 'Settle up, {{debtor_name}}. Our lads will be round on Friday.',
    flagged: ['Our lads will be round'],
  },
  {
    language: 'en',
    code: 'It would be a pity if something happened to your van, {{debtor_name}}.',
    flagged: ['pity if something happened'],
  },
  { language: 'en', code: 'Ignore this and you will regret it.', flagged: ['you will regret it'] },
  { language: 'en', code: 'Hi {{debtor_name}}, there is nowhere to hide.', flagged: ['there is nowhere to hide'] },
  { language: 'en', code: 'Don’t ignore us or you’ll be sorry.', flagged: ['or you’ll be sorry'] },
  {
    language: 'en',
    code: 'Pay {{amount}} now if you know what’s good for you.',
    flagged: ['if you know what’s good for you'],
  },
  {
    language: 'es',
    code: 'Hola {{debtor_name}}, ya sabemos dónde trabaja su esposo.',
    flagged: ['ya sabemos dónde trabaja'],
  },
  { language: 'es', code: 'Si no paga, te vamos a ir a buscar.', flagged: ['te vamos a ir a buscar'] },
  { language: 'es', code: 'Págueme hoy. Duerma en paz mientras pueda.', flagged: ['Duerma en paz'] },
  { language: 'es', code: 'Por las buenas o por las malas, usted paga.', flagged: ['Por las buenas o por las malas'] },
  {
    language: 'es',
    code: 'Sería una lástima que a su negocio le pasara algo.',
    flagged: ['Sería una lástima que a su negocio le pasara algo'],
  },
  { language: 'es', code: 'No se haga el loco, {{debtor_name}}: lo tenemos ubicado.', flagged: ['lo tenemos ubicado'] },
  {
    language: 'pt',
    code: 'Olá {{debtor_name}}, a gente sabe onde sua filha estuda.',
    flagged: ['a gente sabe onde sua filha estuda'],
  },
  { language: 'pt', code: 'Se nao pagar, voce vai se arrepender.', flagged: ['voce vai se arrepender'] },
  { language: 'pt', code: 'Não adianta fugir, {{debtor_name}}.', flagged: ['Não adianta fugir'] },
  { language: 'pt', code: 'Pague logo, senão vai ser pior pra você.', flagged: ['senão vai ser pior'] },
  {
    language: 'pt',
    code: 'Vamos mandar uns rapazes aí na sua casa.',
    flagged: ['Vamos mandar uns rapazes aí na sua casa'],
  },
  {
    language: 'en',
    code: 'Hello {{debtor_name}}, the balance is overdue.',
    frontMatter: { channel: 'email', email: { subject: 'We know where you live' } },
    flagged: ['We know where you live'],
  },
];

const valid: Case[] = [
  { language: 'en', code: 'Hi {{debtor_name}}, we will never come to your home or contact your family.', flagged: [] },
  {
    language: 'en',
    code: 'Late payments can hurt your credit score. We will find you a plan that works.',
    flagged: [],
  },
  {
    language: 'en',
    code: 'Watch out for scam texts pretending to be us. Your receipt will show up by e-mail.',
    flagged: [],
  },
  {
    language: 'en',
    code: 'You won’t regret setting up a payment plan. We know where you can get free debt advice.',
    flagged: [],
  },
  {
    language: 'es',
    code: 'Hola {{debtor_name}}, nunca iremos a su domicilio. Le buscaremos la mejor alternativa.',
    flagged: [],
  },
  { language: 'es', code: 'Pague y duerma tranquilo. Lamentamos las molestias. Cuídese mucho.', flagged: [] },
  { language: 'es', code: 'Si no paga, algo le puede pasar a su historial crediticio.', flagged: [] },
  { language: 'pt', code: 'Olá {{debtor_name}}, vamos encontrar juntos a melhor solução para você.', flagged: [] },
  { language: 'pt', code: 'Fique esperto com golpes: nunca pedimos sua senha. Se cuide!', flagged: [] },
  { language: 'pt', code: 'Não queremos que nada aconteça com o seu nome sem aviso.', flagged: [] },
];

describe(RULE, () => {
  it('is registered as an error-level tone rule for en, es and pt', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.languages).toEqual(['en', 'es', 'pt']);
    expect(rule.meta.legal?.length).toBeGreaterThan(0);
  });

  itReportsExactly(RULE, invalid, valid);

  it('reports as an error with a plain-language hint in the template language', () => {
    const text = templateOf({ language: 'pt', code: 'Sabemos onde você mora.' });
    const [d] = diagnosticsOf(RULE, text);
    expect(d!.severity).toBe(2);
    expect(d!.message).toContain('ameaça');
  });
});
