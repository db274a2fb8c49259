/**
 * Negation across the phrase rules: statutory notices of rights ("collectors may not …") list the
 * forbidden acts at any distance from the "not", and must stay silent; the same words addressed to
 * the debtor ("you must not …") are not a prohibition and keep their meaning.
 */
import { describe, expect, it } from 'vitest';
import { flaggedWords } from '../rules/phrase-cases.js';

describe('prohibitions negate the rest of their clause', () => {
  const silent: [string, Parameters<typeof flaggedWords>[1]][] = [
    [
      'no-arrest-threat',
      {
        language: 'en',
        code: 'They may not harass you by using threats of violence or arrest or by using obscene language.',
      },
    ],
    [
      'no-violence-threat',
      {
        language: 'en',
        code: 'They may not harass you by using threats of violence or arrest or by using obscene language.',
      },
    ],
    [
      'no-third-party-contact',
      {
        language: 'en',
        code: 'Collectors may not use false or misleading statements or call you at work if they know or have reason to know that you may not receive personal calls at work.',
      },
    ],
    [
      'no-arrest-threat',
      {
        language: 'es',
        code: 'Los cobradores no pueden enviarle mensajes a cualquier hora ni amenazarle con denuncias penales o con la cárcel.',
      },
    ],
    [
      'no-arrest-threat',
      {
        language: 'pt',
        code: 'É proibido, na cobrança de dívidas, expor o consumidor ao ridículo ou ameaçá-lo de prisão ou de processo criminal.',
      },
    ],
  ];
  it.each(silent)('%s stays silent on a notice of rights (%#)', (rule, c) => {
    expect(flaggedWords(rule, c)).toEqual([]);
  });

  const flagged: [string, Parameters<typeof flaggedWords>[1]][] = [
    [
      'no-arrest-threat',
      {
        language: 'en',
        code: 'You must not ignore this letter again or the police will come to your home to arrest you.',
      },
    ],
    [
      'no-arrest-threat',
      {
        language: 'es',
        code: 'No podemos esperar más tiempo por su pago y vamos a pedir que lo metan a la cárcel.',
      },
    ],
  ];
  it.each(flagged)('%s still reports a threat addressed to the debtor (%#)', (rule, c) => {
    expect(flaggedWords(rule, c).length).toBeGreaterThan(0);
  });
});
