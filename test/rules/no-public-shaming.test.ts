/**
 * no-public-shaming: threats or acts of public exposure (everyone will know, social media, lists of
 * debtors, posters, credit-bureau reporting used as punishment), in en/es/pt. A factual, conditional
 * statement of lawful credit reporting stays silent. Each invalid case lists the exact words reported.
 */
import { builtinRules } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, templateOf } from './required-content-helpers.js';
import { itReportsExactly, type PhraseCase as Case } from './phrase-cases.js';

const RULE = 'no-public-shaming';

const invalid: Case[] = [
  {
    language: 'en',
    code: 'Pay {{debtor_name}}, or the whole street will find out.',
    flagged: ['or the whole street will find out'],
  },
  {
    language: 'en',
    code: 'We will publish your name on our website as a bad payer.',
    flagged: ['publish your name on our website'],
  },
  { language: 'en', code: 'You are now on our blacklist.', flagged: ['blacklist'] },
  {
    language: 'en',
    code: 'We’ll report you to every credit bureau so no one lends to you.',
    flagged: ['We’ll report you to every credit bureau'],
  },
  { language: 'en', code: 'Expect posters on your front door.', flagged: ['posters on your front door'] },
  {
    language: 'en',
    code: 'Hello {{debtor_name}}, your balance is overdue.',
    frontMatter: { channel: 'email', email: { subject: 'Everyone will know you owe us' } },
    flagged: ['Everyone will know'],
  },
  { language: 'es', code: 'Si no paga, todo el barrio se va a enterar.', flagged: ['todo el barrio se va a enterar'] },
  { language: 'es', code: 'Subiremos su foto a Facebook como deudor.', flagged: ['Subiremos su foto a Facebook'] },
  { language: 'es', code: 'Quedará registrado en nuestra lista de morosos.', flagged: ['lista de morosos'] },
  { language: 'es', code: 'Te vamos a boletinar en el Buró de Crédito.', flagged: ['Te vamos a boletinar en el Buró'] },
  { language: 'es', code: 'El cobrador del frac visitará su domicilio.', flagged: ['cobrador del frac'] },
  { language: 'pt', code: 'Todo mundo vai ficar sabendo do seu calote.', flagged: ['Todo mundo vai ficar sabendo'] },
  { language: 'pt', code: 'Vamos postar sua foto no grupo do bairro.', flagged: ['postar sua foto no grupo'] },
  { language: 'pt', code: 'Seu nome vai ficar sujo na praça.', flagged: ['nome vai ficar sujo'] },
  { language: 'pt', code: 'Vamos jogar seu CPF no Serasa hoje.', flagged: ['Vamos jogar seu CPF no Serasa'] },
  { language: 'pt', code: 'Um carro de som vai passar na sua rua.', flagged: ['carro de som'] },
];

const valid: Case[] = [
  { language: 'en', code: 'Your account may be reported to credit bureaus as your contract says.', flagged: [] },
  {
    language: 'en',
    code: 'Nobody else will know about this message. Follow us on Facebook for money tips.',
    flagged: [],
  },
  { language: 'en', code: 'We never post anything about customers on social media.', flagged: [] },
  { language: 'en', code: 'You can pay online. A notice of arrears will be sent to your home address.', flagged: [] },
  { language: 'es', code: 'Un reporte negativo podría afectar su acceso a créditos.', flagged: [] },
  { language: 'es', code: 'Nunca contactaremos a su familia, a sus vecinos ni a su empleador.', flagged: [] },
  { language: 'es', code: 'Síganos en Instagram. Puede pagar en nuestra página web.', flagged: [] },
  {
    language: 'pt',
    code: 'O não pagamento poderá levar à inclusão em cadastro de proteção ao crédito, após notificação prévia.',
    flagged: [],
  },
  { language: 'pt', code: 'Evite a negativação: regularize e mantenha seu nome limpo.', flagged: [] },
  { language: 'pt', code: 'Após a quitação, faremos a baixa do seu nome no Serasa em até 5 dias úteis.', flagged: [] },
  { language: 'pt', code: 'Siga-nos no Instagram. Emita a segunda via do boleto no nosso site.', flagged: [] },
];

describe(RULE, () => {
  it('is registered as an error-level tone rule for en, es and pt', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('tone');
    expect(rule.meta.severity).toBe('error');
    expect(rule.meta.legal?.length).toBeGreaterThan(0);
  });

  itReportsExactly(RULE, invalid, valid);

  it('reports as an error with the hint in the template language', () => {
    const [d] = diagnosticsOf(RULE, templateOf({ language: 'es', code: 'Todos sabrán que usted no paga.' }));
    expect(d!.severity).toBe(2);
    expect(d!.message).toContain('exponer la deuda');
  });
});
