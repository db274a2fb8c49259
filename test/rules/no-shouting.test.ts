import { lint, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { builtinRule, caseText, onlyRuleConfig, registryWith, ruleTester } from '../rule-tester.js';

const rule = builtinRule('no-shouting');
const registry = registryWith(rule);

/** In the English base template the body starts on line 16; es/pt add `tax_id`: line 17. */
const EN_BODY = 16;
const ES_BODY = 17;

interface Found {
  text: string;
  messageId: string | undefined;
  fix?: string;
  suggestion?: string;
}

/** What the rule flags in a body: the exact text, its fix and its first suggestion. */
function flagged(
  code: string,
  language: Language = 'en',
  options?: Record<string, unknown>,
  frontMatter?: Record<string, unknown>,
): Found[] {
  const text = caseText({ code, language, ...(frontMatter ? { frontMatter } : {}) });
  const config = onlyRuleConfig(rule, registry, options);
  return lint(text, { config, rules: registry }).messages.map((m) => ({
    text: text.slice(m.offset, m.endOffset),
    messageId: m.messageId,
    ...(m.fix ? { fix: m.fix.text } : {}),
    ...(m.suggestions?.[0] ? { suggestion: m.suggestions[0].fix.text } : {}),
  }));
}

describe('no-shouting: what is flagged', () => {
  it.each([
    // English
    [
      'en',
      'Hi {{debtor_name}}. LAST CHANCE: PAY TODAY OR ELSE.',
      'LAST CHANCE: PAY TODAY OR ELSE',
      'Last chance: pay today or else',
    ],
    ['en', 'Your bill is late and YOU MUST PAY IT NOW.', 'YOU MUST PAY IT NOW', 'you must pay it now'],
    ['en', 'PAY {{amount}} TODAY OR ELSE.', 'PAY {{amount}} TODAY OR ELSE', 'Pay {{amount}} today or else'],
    [
      'en',
      'Hi there. I WILL CALL YOU AGAIN TOMORROW.',
      'I WILL CALL YOU AGAIN TOMORROW',
      'I will call you again tomorrow',
    ],
    ['en', 'Hello. PAY AT ANY ATM TODAY.', 'PAY AT ANY ATM TODAY', 'Pay at any ATM today'],
    ['en', 'Hello. PAY ACME FINANCE NOW OR ELSE.', 'PAY ACME FINANCE NOW OR ELSE', 'Pay Acme Finance now or else'],
    [
      'en',
      '# FINAL NOTICE BEFORE ACTION\n\nHi {{debtor_name}}.',
      'FINAL NOTICE BEFORE ACTION',
      'Final notice before action',
    ],
    ['en', 'Hello. **DO NOT IGNORE THIS** message.', 'DO NOT IGNORE THIS', 'Do not ignore this'],
    ['en', "Hello. WE DON'T WANT EXCUSES.", "WE DON'T WANT EXCUSES", "We don't want excuses"],
    ['en', "Hello. I'M CALLING YOU TODAY.", "I'M CALLING YOU TODAY", "I'm calling you today"],
    ['en', 'Hello. I AM WARNING YOU.', 'I AM WARNING YOU', 'I am warning you'],
    ['en', 'Hello. PAY US NOW.', 'PAY US NOW', 'Pay us now'],
    // Spanish
    ['es', 'Si no paga, LO REPORTAREMOS HOY MISMO.', 'LO REPORTAREMOS HOY MISMO', 'lo reportaremos hoy mismo'],
    ['es', 'Hola. AÑADIREMOS RECARGOS MAÑANA.', 'AÑADIREMOS RECARGOS MAÑANA', 'Añadiremos recargos mañana'],
    [
      'es',
      'Hola. ÚLTIMO AVISO: PAGUE O ACTUAREMOS.',
      'ÚLTIMO AVISO: PAGUE O ACTUAREMOS',
      'Último aviso: pague o actuaremos',
    ],
    ['es', 'Hola. DEBE PAGAR HOY, SIN EXCUSAS.', 'DEBE PAGAR HOY, SIN EXCUSAS', 'Debe pagar hoy, sin excusas'],
    // Portuguese
    [
      'pt',
      'Olá. PAGUE AGORA OU PERDERÁ O DESCONTO.',
      'PAGUE AGORA OU PERDERÁ O DESCONTO',
      'Pague agora ou perderá o desconto',
    ],
    ['pt', 'Olá. PAGUE HOJE VIA PIX SEM FALTA.', 'PAGUE HOJE VIA PIX SEM FALTA', 'Pague hoje via PIX sem falta'],
    ['pt', 'Sua fatura venceu e NÃO VAMOS MAIS ESPERAR.', 'NÃO VAMOS MAIS ESPERAR', 'não vamos mais esperar'],
  ] as const)('%s: %s', (language, code, text, suggestion) => {
    expect(flagged(code, language)).toEqual([{ text, messageId: 'caps', suggestion }]);
  });

  it('reports each run of a line on its own', () => {
    expect(flagged('PAY NOW OR ELSE and then WE WILL CALL YOU.').map((f) => f.text)).toEqual([
      'PAY NOW OR ELSE',
      'WE WILL CALL YOU',
    ]);
  });

  it.each([
    ['en', 'Pay today!!!', '!!!', '!'],
    ['en', 'Are you there??', '??', '?'],
    ['en', 'Really?!', '?!', '?'],
    ['en', 'Pay now!?', '!?', '?'],
    ['en', 'Pay now‼', '‼', '!'],
    ['es', '¿¿Dónde está su pago?', '¿¿', '¿'],
    ['pt', 'Pague hoje!!', '!!', '!'],
  ] as const)('%s: repeated punctuation in %s', (language, code, text, fix) => {
    expect(flagged(code, language)).toEqual([{ text, messageId: 'punctuation', fix }]);
  });

  it('checks the e-mail subject and the WhatsApp header too', () => {
    expect(
      flagged('Hi {{debtor_name}}.', 'en', undefined, { channel: 'email', email: { subject: 'PAY YOUR BILL NOW' } }),
    ).toEqual([{ text: 'PAY YOUR BILL NOW', messageId: 'caps', suggestion: 'Pay your bill now' }]);
  });

  it("counts the lower-case words of the creditor's name", () => {
    const creditor = { creditor: { name: 'Banco de la Nación', tax_id: '20100030595' } };
    expect(flagged('Estimado cliente, PAGUE DE LA FORMA QUE PUEDA.', 'es', undefined, creditor)).toEqual([
      { text: 'PAGUE DE LA FORMA QUE PUEDA', messageId: 'caps', suggestion: 'pague de la forma que pueda' },
    ]);
    expect(flagged('Atentamente,\nBANCO DE LA NACIÓN', 'es', undefined, creditor)).toEqual([]);
  });

  it('minWords: 2 reports two words in capitals', () => {
    expect(flagged('Hello. PAY NOW.', 'en', { minWords: 2 }).map((f) => f.text)).toEqual(['PAY NOW']);
    expect(flagged('Hello. PAY NOW.', 'en')).toEqual([]);
  });
});

describe('no-shouting: what is not shouting', () => {
  it.each([
    ['en', 'Reply STOP to opt out. Reply HELP for help.'],
    ['en', 'Pay at any ATM or by SMS. We never ask for your PIN.'],
    ['en', 'FINAL NOTICE: your balance is overdue.'],
    ['en', 'Balance: USD 1,250.00, DUE 2026-10-01.'],
    ['en', 'Call us 9 AM - 5 PM EST, Mon-Fri.'],
    ['en', 'Pay at HTTPS://PAY.EXAMPLE.COM/ACCOUNT/NOW or write to BILLING@ACME.EXAMPLE.'],
    ['en', 'Your U.S. ACH payment is due. Questions? Call us!'],
    ['en', 'Hi {{debtor_name}}, <!-- TODO REVIEW THIS WITH LEGAL --> your bill is ready.'],
    ['en', 'Your code is `ABC DEF GHI JKL`.'],
    ['en', 'PAY\nNOW\nPLEASE'],
    ['en', '| DATE | AMOUNT | STATUS |\n|---|---|---|\n| {{due_date}} | {{amount}} | open |'],
    ['en', '# PAYMENT REMINDER\n\nHi {{debtor_name}}, your bill is ready.'],
    ['en', 'Hi {{debtor_name}}! Is this a good time?'],
    ['en', 'Sincerely,\nACME FINANCE'],
    ['es', 'Para no recibir más SMS, responda BAJA. RUC 20123456789.'],
    ['es', '¡Hola! ¿Es usted Lucía?'],
    ['es', 'Pague en OXXO o por SPEI con su CLABE.'],
    ['es', 'Saludos,\nACME FINANZAS SAC'],
    ['pt', 'Pague com PIX. CNPJ {{creditor.tax_id}}. Para sair, responda SAIR.'],
    ['pt', 'Atenciosamente, ACME FINANÇAS LTDA'],
    ['pt', 'Informe seu CPF e o CEP.'],
  ] as const)('%s: %s', (language, code) => {
    expect(flagged(code, language)).toEqual([]);
  });

  it('allow: words a team writes in capitals on purpose', () => {
    expect(flagged('Paga con TARJETA ORO PLUS hoy.', 'es')).toHaveLength(1);
    expect(flagged('Paga con TARJETA ORO PLUS hoy.', 'es', { allow: ['tarjeta', 'oro', 'plus'] })).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [
    'Hi {{debtor_name}}, reply STOP to opt out.',
    { language: 'es', code: 'Hola {{debtor_name}}, responda BAJA para no recibir más mensajes.' },
    { language: 'pt', code: 'Olá, {{debtor_name}}! Pague com PIX.' },
  ],
  invalid: [
    {
      code: 'Hi {{debtor_name}}. LAST CHANCE: PAY TODAY OR ELSE!!',
      errors: [
        {
          messageId: 'caps',
          line: EN_BODY,
          column: 21,
          endLine: EN_BODY,
          endColumn: 51,
          data: { text: 'LAST CHANCE: PAY TODAY OR ELSE' },
          suggestions: [
            {
              messageId: 'sentenceCase',
              output: caseText({ code: 'Hi {{debtor_name}}. Last chance: pay today or else!!' }),
            },
          ],
        },
        { messageId: 'punctuation', line: EN_BODY, column: 51, data: { text: '!!', mark: '!' } },
      ],
      output: caseText({ code: 'Hi {{debtor_name}}. LAST CHANCE: PAY TODAY OR ELSE!' }),
    },
    {
      language: 'es',
      code: '¡¡PAGUE HOY MISMO!!',
      errors: [
        { messageId: 'punctuation', line: ES_BODY, column: 1 },
        {
          messageId: 'caps',
          line: ES_BODY,
          column: 3,
          suggestions: [{ output: caseText({ language: 'es', code: '¡¡Pague hoy mismo!!' }) }],
        },
        { messageId: 'punctuation', line: ES_BODY, column: 18 },
      ],
      output: caseText({ language: 'es', code: '¡PAGUE HOY MISMO!' }),
    },
    {
      language: 'pt',
      code: 'Olá, {{debtor_name}}.\n\nTODO MUNDO VAI SABER.',
      errors: [
        {
          messageId: 'caps',
          line: ES_BODY + 2,
          column: 1,
          endColumn: 21,
          suggestions: [
            { output: caseText({ language: 'pt', code: 'Olá, {{debtor_name}}.\n\nTodo mundo vai saber.' }) },
          ],
        },
      ],
      output: null,
    },
  ],
});
