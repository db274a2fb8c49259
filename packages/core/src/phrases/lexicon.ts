/**
 * Phrase lexicons: the data behind the tone and privacy rules, one YAML file per language and rule
 * (`lexicons/<lang>/<rule-id>.yaml`), validated against `phraseLexiconSchema`. A team adds its own
 * file through the config's `lexicons:` (merged after the built-in entries).
 *
 * ```yaml
 * hint: Not paying a debt is not a crime: never mention arrest or jail.   # default advice
 * suggest: we may contact you again about this balance                      # default rewording
 * entries:
 *   - id: be-arrested
 *     pattern: '[will|could|may] be ~arrest'     # the pattern language of content/patterns.ts
 *     hint: …                                     # optional, overrides the file's hint
 *     suggest: …                                  # optional compliant rewording of the match
 *     negatable: true                             # default; false when the phrase itself holds a negation
 *     unless: ['as (your|the) contract']          # the match does not count when one of these is in the sentence
 *     examples: { match: [...], nomatch: [...] }  # run by the test suite
 * ```
 */
import { Ajv } from 'ajv';
import { lexiconData } from '../generated/lexicons.js';
import type { Language } from '../rules/api.js';
import { compilePatternParts, compilePatternSource } from '../content/patterns.js';
import { inflectionSource } from './inflect.js';

export interface PhraseEntry {
  id: string;
  pattern: string;
  hint?: string;
  suggest?: string;
  negatable?: boolean;
  unless?: string[];
  /** Free labels a rule may read (e.g. `lawyer` for no-impersonation). */
  tags?: string[];
  examples?: { match?: string[]; nomatch?: string[] };
}

export interface PhraseLexicon {
  /** Team lexicons only: the one language the file is for (default: every language). */
  language?: Language;
  hint?: string;
  suggest?: string;
  entries: PhraseEntry[];
}

export const phraseLexiconSchema = {
  $id: 'https://dunlint.dev/schema/phrase-lexicon.json',
  title: 'dunlint phrase lexicon',
  type: 'object',
  additionalProperties: false,
  required: ['entries'],
  properties: {
    language: { enum: ['en', 'es', 'pt'] },
    hint: { type: 'string', minLength: 1 },
    suggest: { type: 'string', minLength: 1 },
    entries: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'pattern'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
          pattern: { type: 'string', minLength: 1 },
          hint: { type: 'string', minLength: 1 },
          suggest: { type: 'string', minLength: 1 },
          negatable: { type: 'boolean' },
          unless: { type: 'array', items: { type: 'string', minLength: 1 } },
          tags: { type: 'array', items: { type: 'string' } },
          examples: {
            type: 'object',
            additionalProperties: false,
            properties: {
              match: { type: 'array', items: { type: 'string' } },
              nomatch: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;

/** The most `...` gaps a pattern may have (each one is up to 60 characters of backtracking). */
export const MAX_GAPS = 3;

const validate = new Ajv({ allErrors: true, strict: false }).compile(phraseLexiconSchema);

/** Validates lexicon data; throws one readable error naming `source` and the first problems. */
export function checkPhraseLexicon(data: unknown, source: string): PhraseLexicon {
  if (validate(data)) {
    const lexicon = data as unknown as PhraseLexicon;
    // Pattern syntax is checked now (with a neutral stand-in for ~word), so a typo is a load error.
    for (const e of lexicon.entries) {
      for (const pattern of [e.pattern, ...(e.unless ?? [])]) {
        // Each gap multiplies the work of a failed match by up to 60: more than three could stall linting.
        if ((pattern.match(/\.\.\./g) ?? []).length > MAX_GAPS)
          throw new Error(
            `${source}: entry "${e.id}": pattern "${pattern}" has more than ${MAX_GAPS} gaps ("..."); split it into several entries`,
          );
        try {
          compilePatternSource(pattern, () => ({ re: 'x', anchors: ['x'] }));
        } catch (error) {
          throw new Error(`${source}: entry "${e.id}": invalid pattern "${pattern}": ${(error as Error).message}`, {
            cause: error,
          });
        }
      }
    }
    return lexicon;
  }
  const problems = (validate.errors ?? [])
    .slice(0, 3)
    .map(
      (e) =>
        `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` ("${String(e.params.additionalProperty)}")` : ''}`,
    );
  throw new Error(`${source}: not a valid phrase lexicon: ${problems.join('; ')}`);
}

export interface CompiledPhrase extends PhraseEntry {
  /** The file's defaults applied. */
  hint: string | undefined;
  suggest: string | undefined;
  negatable: boolean;
  /** Substrings of which the (folded) text must contain one for the pattern to match; see `compilePatternParts`. */
  anchors: string[] | undefined;
  /** Built on first use: most entries never get past their anchors. */
  readonly regex: RegExp;
  readonly unlessRegex: RegExp[];
  source: string;
}

function lazyPhrase(
  entry: Omit<CompiledPhrase, 'regex' | 'unlessRegex'>,
  regexSource: string,
  unlessSources: string[],
): CompiledPhrase {
  let regex: RegExp | undefined;
  let unless: RegExp[] | undefined;
  return Object.defineProperties(entry as CompiledPhrase, {
    regex: { get: () => (regex ??= new RegExp(regexSource, 'g')), enumerable: true },
    unlessRegex: { get: () => (unless ??= unlessSources.map((u) => new RegExp(u))), enumerable: true },
  });
}

/** Compiles one lexicon for a language; every pattern error names the file and entry. */
export function compilePhraseLexicon(lexicon: PhraseLexicon, lang: Language, source: string): CompiledPhrase[] {
  const inflect = (word: string) => inflectionSource(word, lang);
  return lexicon.entries.map((e) => {
    try {
      const { source: regexSource, anchors } = compilePatternParts(e.pattern, inflect);
      return lazyPhrase(
        {
          ...e,
          hint: e.hint ?? lexicon.hint,
          suggest: e.suggest ?? lexicon.suggest,
          negatable: e.negatable ?? true,
          anchors,
          source,
        },
        regexSource,
        (e.unless ?? []).map((u) => compilePatternSource(u, inflect)),
      );
    } catch (error) {
      throw new Error(`${source} entry "${e.id}": ${(error as Error).message}`, { cause: error });
    }
  });
}

const builtin = new Map<string, CompiledPhrase[]>();

/**
 * The built-in lexicon of a rule for a language, as data, or `undefined`. Built-in lexicons are
 * validated by the test suite (test/core/phrase-lexicons.test.ts), not at every start.
 */
export function builtinPhraseLexicon(ruleId: string, lang: Language): PhraseLexicon | undefined {
  const raw = lexiconData[ruleId]?.[lang];
  return raw === undefined ? undefined : (raw as PhraseLexicon);
}

/** The compiled built-in entries of a rule for a language (compiled once, on first use). */
export function builtinPhrases(ruleId: string, lang: Language): CompiledPhrase[] {
  const key = `${ruleId}\u0000${lang}`;
  let hit = builtin.get(key);
  if (!hit) {
    const lexicon = builtinPhraseLexicon(ruleId, lang);
    hit = lexicon ? compilePhraseLexicon(lexicon, lang, `lexicons/${lang}/${ruleId}.yaml`) : [];
    builtin.set(key, hit);
  }
  return hit;
}
