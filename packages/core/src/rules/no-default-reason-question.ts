import { templateFacts } from '../content/requirement.js';
import { findRulePhrases } from '../phrases/phrase-rule.js';
import { defineRule, LANGUAGES } from './api.js';

/** How far past the matched words the rest of the question may run (" yet?", " su cuota?"). */
const QUESTION_TAIL = 80;

/**
 * The end of the question a match belongs to: the words after the match up to the sentence's "?" (or
 * full stop), when it comes soon and on the same line; otherwise the match's own end. Reporting the
 * whole question lets the suggestion replace it cleanly, while the lexicon's `unless` patterns still
 * see only the question's own sentence.
 */
function questionEnd(text: string, end: number): number {
  for (let i = end; i < text.length && i - end <= QUESTION_TAIL; i++) {
    const ch = text[i]!;
    if (ch === '\n') return end;
    if (ch === '?' || ch === '!') return i + 1;
    if (ch === '.' && !/\S/.test(text[i + 1] ?? ' ')) return i + 1;
  }
  return end;
}

/**
 * The lexicon's suggestion ("If you are having difficulty paying, we can review options together") fitted
 * to the words it replaces: a whole question ending in "?" becomes a sentence of its own (closing "."),
 * the suggestion follows the case of the first word, and "¿" goes with the question.
 */
function fitSuggestion(suggestion: string, replaced: string): string {
  const first = replaced.replace(/^[¿¡\s]+/u, '').charAt(0);
  let text = suggestion.trim();
  if (first !== '' && first === first.toLowerCase() && first !== first.toUpperCase())
    text = text.charAt(0).toLowerCase() + text.slice(1);
  else text = text.charAt(0).toUpperCase() + text.slice(1);
  if (/[?.!]\s*$/u.test(replaced) && !/[.!?]$/u.test(text)) text += '.';
  return text;
}

export default defineRule<'found' | 'reword'>({
  id: 'no-default-reason-question',
  meta: {
    category: 'tone',
    description:
      'No asking why the debtor has not paid ("why haven\'t you paid?", "¿por qué no ha pagado?", "qual o motivo do atraso?"); a warning everywhere, an error in Colombia.',
    severity: 'error',
    languages: LANGUAGES,
    hasSuggestions: true,
    messages: {
      found: '"{{text}}": {{hint}}',
      reword: 'Replace with "{{suggest}}"',
    },
    rationale:
      'Asking a debtor to explain why they have not paid ("why haven\'t you paid?", "¿cuál es el motivo de su atraso?", "por que você não pagou?", "tell us what happened") pries into their private circumstances and puts them on the defensive; it does not help anyone pay. Colombia\'s Ley 2300 de 2023 ("Dejen de fregar") forbids the question outright, so the rule reports an error for templates whose jurisdiction is CO and a warning everywhere else (good practice, and abusive-pressure rules elsewhere). The compliant form offers help without asking for reasons: "if you are having difficulty paying, we can review options together" — the rule suggests exactly that in the template\'s language.',
    legal: [
      {
        law: 'Ley 2300 de 2023 ("Dejen de fregar"): prohibits asking the reason for the default (error in CO)',
        jurisdictions: ['CO'],
        sources: ['S46', 'S47'],
      },
      {
        law: 'Good practice elsewhere (a warning): FCA CONC 7 supportive tone; CDC arts. 42 e 71 (constrangimento)',
        jurisdictions: ['*'],
        sources: ['S70', 'S29'],
      },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, your payment is overdue. If you are having difficulty paying, we can review options together.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, su cuota está vencida. Si tiene dificultades, podemos revisar alternativas de pago.',
          frontMatter: { jurisdiction: 'CO', locale: 'es-CO' },
        },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, você não precisa explicar por que não pagou: podemos negociar um parcelamento.',
        },
      ],
      invalid: [
        { language: 'en', code: "Hi {{debtor_name}}, your payment is overdue. Why haven't you paid?" },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, ¿cuál es el motivo de su atraso?',
          frontMatter: { jurisdiction: 'CO', locale: 'es-CO' },
        },
        { language: 'pt', code: 'Olá {{debtor_name}}, por que você não pagou a parcela?' },
      ],
    },
  },
  create(context) {
    // An error only where the law forbids the question (Colombia); a warning everywhere else.
    const colombia = context.data !== undefined && templateFacts(context.data).country === 'CO';
    const source = context.doc.text;
    for (const match of findRulePhrases(context)) {
      const range: [number, number] = [match.range[0], questionEnd(source, match.range[1])];
      const text = source.slice(range[0], range[1]);
      const suggest = match.entry.suggest ? fitSuggestion(match.entry.suggest, text) : undefined;
      context.report({
        messageId: 'found',
        data: { text, hint: match.entry.hint ?? 'Do not ask why the debtor has not paid; offer help instead.' },
        range,
        ...(colombia ? {} : { maxSeverity: 1 as const }),
        ...(suggest ? { suggest: [{ messageId: 'reword', data: { suggest }, fix: { range, text: suggest } }] } : {}),
      });
    }
  },
});
