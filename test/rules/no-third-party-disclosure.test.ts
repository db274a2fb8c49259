/**
 * no-third-party-disclosure: in a `recipient: third-party` template, any word that reveals a debt, an
 * amount, an overdue payment, a collection or a due date — in the body and in the sent front-matter
 * texts — while a location-only message stays silent. Also checks the shared debt-details lexicon
 * (lexicons/<lang>/_debt-details.yaml), which the phrase-lexicon test does not cover (its name starts
 * with "_"): every entry finds its examples, and no entry that counts for the same rules finds the
 * negative ones.
 */
import { builtinRules, exampleTemplate, LANGUAGES, lint, type FileConfig, type Language } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { builtinPhrases } from '../../packages/core/src/phrases/lexicon.js';
import { findPhrases } from '../../packages/core/src/phrases/match.js';
import { normalizeSnippet } from '../../packages/core/src/content/text.js';
import { countsFor, DEBT_DETAILS_LEXICON, type DebtDetailUse } from '../../packages/core/src/privacy/debt-details.js';

const RULE = 'no-third-party-disclosure';

const config: FileConfig = {
  rules: { [RULE]: { severity: 2, options: {} } },
  defaults: {},
  settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 },
  lexicons: {},
};

const THIRD_PARTY = { stage: 'first-contact', recipient: 'third-party' };

function flagged(
  code: string,
  language: Language = 'en',
  frontMatter: Record<string, unknown> = THIRD_PARTY,
): string[] {
  const text = exampleTemplate({ code, language, frontMatter });
  return lint(text, { config })
    .messages.filter((m) => m.ruleId === RULE)
    .map((m) => text.slice(m.offset, m.endOffset));
}

describe(RULE, () => {
  it('is registered as an error of the privacy family', () => {
    const rule = builtinRules.get(RULE)!;
    expect(rule.meta.category).toBe('privacy');
    expect(rule.meta.severity).toBe('error');
  });

  const invalid: [Language, string, string[], Record<string, unknown>?][] = [
    [
      'en',
      'Hi, this is Sam from {{creditor.name}}. We need to reach {{debtor_name}} regarding a past due account.',
      ['past due'],
    ],
    [
      'en',
      'We are looking for {{debtor_name}}: they owe us {{amount}}.',
      ['owe', '{{amount}}'],
      {
        ...THIRD_PARTY,
        variables: { debtor_name: { type: 'string', sample: 'Sam' }, amount: { type: 'money', sample: '$80.00' } },
      },
    ],
    ['en', 'Could you ask {{debtor_name}} to call us about their loan?', ['their loan']],
    ['en', 'We are a collection agency trying to locate {{debtor_name}}.', ['collection agency']],
    ['en', 'Please tell {{debtor_name}} that $250 is still outstanding.', ['$250', 'still outstanding']],
    // The US statutory sentence counts here: it tells a stranger that a debt is being collected.
    ['en', 'We are trying to reach {{debtor_name}}. This is an attempt to collect a debt.', ['collect a debt']],
    ['es', 'Buscamos a {{debtor_name}} por un adeudo con nuestra tienda.', ['adeudo']],
    ['es', 'Si lo ve, dígale que su préstamo está en mora.', ['préstamo', 'en mora']],
    ['es', 'Usted figura como aval del crédito de {{debtor_name}}.', ['aval del crédito']],
    ['pt', 'Procuramos {{debtor_name}} sobre uma pendência financeira.', ['pendência financeira']],
    ['pt', 'Peça para ele regularizar o débito.', ['regularizar o débito']],
    ['pt', 'O boleto dele venceu ontem.', ['boleto', 'venceu']],
    // The e-mail subject is read too.
    [
      'en',
      'Hello, we are trying to reach {{debtor_name}}. Please ask them to call us.',
      ['Overdue'],
      { ...THIRD_PARTY, channel: 'email', email: { subject: 'Overdue account' } },
    ],
  ];

  it.each(invalid)('%s: reports "%s"', (language, code, expected, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual(expected);
  });

  const valid: [Language, string, Record<string, unknown>?][] = [
    [
      'en',
      'Hello, this is Sam from {{creditor.name}}. We are trying to reach {{debtor_name}} about a personal matter. If you know them, please ask them to call us on {{contact.phone}}.',
    ],
    [
      'en',
      'If this is not {{debtor_name}}, reply WRONG and we will not message this number again. Calls are free: you will not have to pay anything.',
    ],
    [
      'es',
      'Hola, le escribe Sara de {{creditor.name}}. Necesitamos ubicar a {{debtor_name}} por un tema personal. Si lo conoce, pídale que nos llame.',
    ],
    [
      'pt',
      'Olá! Aqui é a Sara, da {{creditor.name}}. Precisamos falar com {{debtor_name}} sobre um assunto pessoal. Se conhecer, peça para ele nos ligar.',
    ],
    // The rule applies only to third-party templates.
    ['en', 'Hi {{debtor_name}}, your balance of $120.50 is past due.', { stage: 'overdue' }],
    ['pt', 'Olá, {{debtor_name}}! A parcela de R$ 99,90 está em atraso.', { stage: 'overdue' }],
  ];

  it.each(valid)('%s: silent on "%s"', (language, code, frontMatter) => {
    expect(flagged(code, language, frontMatter)).toEqual([]);
  });

  it('explains in the language of the template', () => {
    const text = exampleTemplate({
      code: 'Buscamos a {{debtor_name}} por una deuda.',
      language: 'es',
      frontMatter: THIRD_PARTY,
    });
    const [d] = lint(text, { config }).messages.filter((m) => m.ruleId === RULE);
    expect(d?.message).toMatch(/^"deuda": Este mensaje va a alguien que no es el deudor/);
  });
});

describe('the shared debt-details lexicon', () => {
  const USES: DebtDetailUse[] = ['disclosure', 'premature', 'preview'];
  for (const lang of LANGUAGES) {
    const all = builtinPhrases(DEBT_DETAILS_LEXICON, lang);
    it(`${lang}: exists and has unique entry ids`, () => {
      expect(all.length).toBeGreaterThan(5);
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    });
    it.each(all.map((e) => [e.id, e] as const))(
      `${lang}: entry %s finds its examples and no false ones`,
      (_id, entry) => {
        const match = entry.examples?.match ?? [];
        const nomatch = entry.examples?.nomatch ?? [];
        expect(match.length).toBeGreaterThan(0);
        expect(nomatch.length).toBeGreaterThan(0);
        for (const m of match) expect(findPhrases(normalizeSnippet(m), [entry], lang).length, m).toBeGreaterThan(0);
        const peers = all.filter((e) => USES.some((u) => countsFor(e, u) && countsFor(entry, u)));
        for (const m of nomatch)
          expect(
            findPhrases(normalizeSnippet(m), peers, lang).map((f) => f.entry.id),
            `should not match: ${m}`,
          ).toEqual([]);
      },
    );
  }
});
