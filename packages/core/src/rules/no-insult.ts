import { firstBodyLine } from '../content/skeleton.js';
import { builtinPhraseLexicon, compilePhraseLexicon, type CompiledPhrase } from '../phrases/lexicon.js';
import { findPhrases, type PhraseMatch } from '../phrases/match.js';
import { findRulePhrases } from '../phrases/phrase-rule.js';
import { messageParts } from '../phrases/scope.js';
import { defineRule, LANGUAGES, type Language } from './api.js';

const ID = 'no-insult';

/** The team's own words per language (`extraTerms` option), in the pattern language of content/patterns.ts. */
type ExtraTerms = Partial<Record<Language, string[]>>;

interface CompiledExtras {
  entries: CompiledPhrase[];
  /** Terms that are not valid patterns, with the reason. */
  errors: string[];
}

const termList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** Compiled extra terms by language and term list; a config rarely changes, so this stays small. */
const extraCache = new Map<string, CompiledExtras>();
const EXTRA_CACHE_LIMIT = 64;

function extraTermsOf(options: Readonly<Record<string, unknown>>, lang: Language): string[] {
  const all = options.extraTerms;
  if (!all || typeof all !== 'object') return [];
  const list = (all as ExtraTerms)[lang];
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
}

/** The extra terms compiled with the phrase engine, as a synthesized lexicon with the built-in hint. */
function compileExtras(terms: readonly string[], lang: Language): CompiledExtras {
  const key = `${lang}\u0000${JSON.stringify(terms)}`;
  const hit = extraCache.get(key);
  if (hit) return hit;
  const hint = builtinPhraseLexicon(ID, lang)?.hint;
  const out: CompiledExtras = { entries: [], errors: [] };
  terms.forEach((pattern, i) => {
    try {
      const lexicon = { ...(hint ? { hint } : {}), entries: [{ id: `extra-term-${i + 1}`, pattern: pattern.trim() }] };
      // The terms come from the user's configuration: they run on the linear-time engine.
      out.entries.push(...compilePhraseLexicon(lexicon, lang, `${ID} option extraTerms.${lang}`, { linear: true }));
    } catch (error) {
      out.errors.push(`"${pattern}": ${(error as Error).message}`);
    }
  });
  if (extraCache.size >= EXTRA_CACHE_LIMIT) extraCache.clear();
  extraCache.set(key, out);
  return out;
}

/** Matches in document order, without overlaps (earliest first, then longest), like `findPhrases`. */
function merge(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: PhraseMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.range[0] < last.range[1]) continue;
    out.push(m);
  }
  return out;
}

export default defineRule<'found' | 'invalidTerm'>({
  id: ID,
  meta: {
    category: 'tone',
    description:
      'No insults, profanity or demeaning words about the debtor ("deadbeat", "liar", "caloteiro", "sinvergüenza", "moroso" as an epithet).',
    severity: 'error',
    languages: LANGUAGES,
    messages: {
      found: '"{{text}}": {{hint}}',
      invalidTerm: 'no-insult: the extra term {{term}} is not a valid pattern and was ignored.',
    },
    rationale:
      'Calling a debtor a "deadbeat", a "liar", a "caloteiro sem vergonha" or a "sinvergüenza", swearing at them, or labelling them "moroso" / "mau pagador" is abuse: collection laws forbid obscene, profane or demeaning language outright (FDCPA §1692d(2), California Civil Code §1788.11(a), the Brazilian CDC, Peru\'s and Argentina\'s consumer codes), and courts have awarded damages for exactly these words. Words that describe the account ("cuenta morosa", "cartera morosa", "saldo en mora", "inadimplência", "past-due balance") are fine. Talk about the balance, never about the person. Teams add their own words with the `extraTerms` option ({ en?, es?, pt? } lists in the pattern language: whole words, accents and case ignored, `~word` for any inflection).',
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692d(2) (obscene, profane or abusive language)',
        jurisdictions: ['US'],
        sources: ['S12', 'S21'],
      },
      { law: 'California Civil Code §1788.11(a)', jurisdictions: ['US-CA'], sources: ['S17'] },
      {
        law: 'Código de Defesa do Consumidor arts. 42 e 71 (constrangimento, ridículo); TJSP ("caloteiro sem vergonha")',
        jurisdictions: ['BR'],
        sources: ['S29', 'S32', 'S33'],
      },
      {
        law: 'Código de Protección y Defensa del Consumidor art. 62; Indecopi RF 0215-2021/CC1 ("conchudo", "cobardes")',
        jurisdictions: ['PE'],
        sources: ['S38', 'S39'],
      },
      { law: 'Ley 24.240 art. 8 bis (prácticas vejatorias)', jurisdictions: ['AR'], sources: ['S57'] },
    ],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraTerms: {
          type: 'object',
          description: 'Team words per language, in the pattern language (whole words, accents and case ignored).',
          additionalProperties: false,
          properties: { en: termList, es: termList, pt: termList },
        },
      },
    },
    defaultOptions: { extraTerms: {} },
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, the balance on your account is still open. We would never call anyone a deadbeat.',
        },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, su cuenta morosa tiene un saldo en mora. Llámenos al {{contact.phone}}.',
        },
        {
          language: 'pt',
          code: 'Olá {{debtor_name}}, a inadimplência da parcela pode ser resolvida com um acordo.',
        },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, pay what you owe, you deadbeat.' },
        { language: 'es', code: 'Hola {{debtor_name}}, usted es un moroso sinvergüenza.' },
        { language: 'pt', code: 'Olá {{debtor_name}}, pare de ser caloteiro.' },
      ],
    },
  },
  create(context) {
    const lang = context.language;
    if (!lang) return;
    let matches = findRulePhrases(context);
    const terms = extraTermsOf(context.options, lang);
    if (terms.length > 0) {
      const extras = compileExtras(terms, lang);
      for (const term of extras.errors)
        context.report({ messageId: 'invalidTerm', data: { term }, range: firstBodyLine(context.doc) });
      if (extras.entries.length > 0) {
        const found = messageParts(context.doc).flatMap((p) => findPhrases(p.content, extras.entries, lang));
        matches = merge([...matches, ...found]);
      }
    }
    for (const match of matches) {
      const text = context.doc.text.slice(match.range[0], match.range[1]);
      context.report({
        messageId: 'found',
        data: { text, hint: match.entry.hint ?? 'Remove the insult and talk only about the account.' },
        range: match.range,
      });
    }
  },
});
