import { lint, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { builtinRule, caseText, onlyRuleConfig, registryWith, ruleTester } from '../rule-tester.js';

const rule = builtinRule('no-excessive-emoji');
const registry = registryWith(rule);

/** In the English base template the body starts on line 16; es/pt add `tax_id`: line 17. */
const EN_BODY = 16;

interface Found {
  text: string;
  messageId: string | undefined;
  suggestion?: string;
}

/** What the rule flags in a body: the exact text and its first suggestion's replacement. */
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
    ...(m.suggestions?.[0] ? { suggestion: m.suggestions[0].fix.text } : {}),
  }));
}

const emojiFound = (code: string, language: Language = 'en', options?: Record<string, unknown>) =>
  flagged(code, language, options)
    .filter((f) => f.messageId === 'tooMany')
    .map((f) => f.text);

describe('no-excessive-emoji: emoji', () => {
  it('reports the third emoji and every later one', () => {
    expect(emojiFound('Hi 👋 your bill 📄 is due 📅 pay here 💳 thanks 🙏')).toEqual(['📅', '💳', '🙏']);
  });

  it('counts a ZWJ family, a flag, a keycap and a skin-tone variant as one emoji each', () => {
    expect(emojiFound('Family plan 👨‍👩‍👧‍👦 in 🇧🇷 press 1️⃣ ok 👍🏽')).toEqual(['1️⃣', '👍🏽']);
    expect(emojiFound('Family plan 👨‍👩‍👧‍👦 in 🇧🇷.')).toEqual([]);
  });

  it('counts text-style pictographs shown as emoji (❤, ☎, ⚠) but not ©, ®, ™, arrows or check marks', () => {
    expect(emojiFound('Acme® Pay™ © 2026 → ✓ ✔ ↔ ▪ done')).toEqual([]);
    expect(emojiFound('Call ☎ now ⚠ we ❤ you')).toEqual(['❤']);
    expect(emojiFound('Note ™️ and ©️ and ®️')).toEqual(['®️']);
  });

  it('counts the e-mail subject together with the body, in reading order', () => {
    const found = flagged('Your bill is ready 📄 thanks 🙏', 'en', undefined, {
      channel: 'email',
      email: { subject: 'Reminder 🔔' },
    });
    expect(found.map((f) => f.text)).toEqual(['🙏']);
  });

  it('ignores emoji inside HTML comments', () => {
    expect(emojiFound('Hi 👋 <!-- 😀😀😀 draft --> your bill is due 📅.')).toEqual([]);
  });

  it('max: the number of emoji allowed', () => {
    expect(emojiFound('Hi 👋 bill 📄 due 📅', 'en', { max: 3 })).toEqual([]);
    expect(emojiFound('Hi 👋 your bill is due', 'en', { max: 0 })).toEqual(['👋']);
  });

  it.each([
    ['es', 'Hola 👋 su cuota 💳 vence hoy 📅 gracias 🙏', ['📅', '🙏']],
    ['pt', 'Oi 😊 sua fatura 📄 venceu 😟', ['😟']],
    ['es', 'Hola, su cuota vence hoy 📅. Gracias 🙏', []],
  ] as const)('%s: %s', (language, code, expected) => {
    expect(emojiFound(code, language)).toEqual(expected);
  });

  it('suggests removing the emoji with one space next to it', () => {
    expect(flagged('Hi 👋 bill 📄 due 📅 today')[0]).toEqual({ text: '📅', messageId: 'tooMany', suggestion: '' });
  });
});

describe('no-excessive-emoji: slang and text-speak', () => {
  it.each([
    ['en', 'Hi, can u call us back?', 'u', 'you'],
    ['en', 'ur bill is ready.', 'ur', 'your'],
    ['en', 'Pls pay by Friday.', 'Pls', 'Please'],
    ['en', 'Call us ASAP.', 'ASAP', 'As soon as you can'],
    ['en', 'thx for your payment.', 'thx', 'thank you'],
    ['en', "We're gonna call you.", 'gonna', undefined],
    ['en', 'Pay b4 Friday.', 'b4', undefined],
    ['es', 'Le recuerdo q su cuota vence hoy.', 'q', 'que'],
    ['es', 'Le escribimos xq su cuota venció.', 'xq', 'porque'],
    ['es', 'Tb puede pagar en tienda.', 'Tb', 'También'],
    ['es', 'Porfa pague en el enlace.', 'Porfa', 'Por favor'],
    ['pt', 'Vc pode pagar pelo link.', 'Vc', 'Você'],
    ['pt', 'Pague pelo link pfv.', 'pfv', 'por favor'],
    ['pt', 'Qualquer dúvida, fale conosco, blz?', 'blz', undefined],
    ['pt', 'Tb aceitamos cartão.', 'Tb', 'Também'],
    ['pt', 'Obrigada, bjs', 'bjs', 'Atenciosamente'],
  ] as const)('%s: %s', (language, code, text, suggestion) => {
    expect(flagged(code, language)).toEqual([
      { text, messageId: 'slang', ...(suggestion !== undefined ? { suggestion } : {}) },
    ]);
  });

  it.each([
    ['en', 'Your U.S. bank account will be debited. Please call us as soon as you can.'],
    ['en', 'Thank you! Your payment of {{amount}} is due.'],
    ['en', 'Unit U-4, 10 Main St. Reply STOP to opt out. Msg & data rates may apply.'],
    ['es', 'Le recordamos que su cuota vence hoy. También puede pagar por transferencia.'],
    ['es', 'Siete u ocho cuotas; por favor, llámenos.'],
    ['pt', 'Você pode pagar pelo link. Também aceitamos Pix. Atenciosamente, equipe.'],
    ['pt', 'Pessoa física (PF) ou jurídica (PJ), Porto Alegre - RS.'],
  ] as const)('silent on %s: %s', (language, code) => {
    expect(flagged(code, language)).toEqual([]);
  });
});

ruleTester.run(rule, {
  valid: [
    'Hi {{debtor_name}} 👋 your bill is ready 📄.',
    { language: 'es', code: 'Hola {{debtor_name}}, su cuota vence pronto 📅.' },
    { language: 'pt', code: 'Olá, {{debtor_name}}! Obrigado 🙏' },
  ],
  invalid: [
    {
      code: 'Hi {{debtor_name}} 👋 bill 📄 due 📅 today',
      errors: [
        {
          messageId: 'tooMany',
          line: EN_BODY,
          column: 35,
          data: { count: 3, max: 2 },
          suggestions: [
            { messageId: 'removeEmoji', output: caseText({ code: 'Hi {{debtor_name}} 👋 bill 📄 due today' }) },
          ],
        },
      ],
      output: null,
    },
    {
      language: 'pt',
      code: 'Oi {{debtor_name}}, vc pode pagar pelo link.',
      errors: [
        {
          messageId: 'slang',
          suggestions: [
            {
              messageId: 'reword',
              output: caseText({ language: 'pt', code: 'Oi {{debtor_name}}, você pode pagar pelo link.' }),
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
