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
import { compileSchema, type Validator } from '../schema/validate.js';
import { lexiconData } from '../generated/lexicons.js';
import { LANGUAGES, type Language } from '../rules/api.js';
import { compilePatternParts, compilePatternSource } from '../content/patterns.js';
import { precompiledPhrase } from '../content/precompiled.js';
import { inflectionSource } from './inflect.js';
import { LinearRegExp } from '../content/linear-regexp.js';

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
          id: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-]*$',
            description: 'Lower-case letters, digits and "-", such as "jail-threat".',
          },
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

/**
 * The most `...` gaps a pattern may have. Built-in patterns run on V8's backtracking engine, where
 * each gap multiplies the work of a failed match by up to 60; team patterns run in linear time (see
 * `linear-regexp.ts`), and the same limit keeps them readable.
 */
export const MAX_GAPS = 3;

let validator: Validator | undefined;

/** A problem in one pattern of a lexicon, with the path of the pattern in the file (`entries.3.unless.0`). */
export interface LexiconPatternProblem {
  path: string[];
  message: string;
}

const STAND_IN: (word: string) => { re: string; anchors: string[] } = () => ({ re: 'x', anchors: ['x'] });

/**
 * Checks every pattern of a schema-valid lexicon: its syntax (with a neutral stand-in for `~word`),
 * the number of gaps, and that it compiles for the linear-time engine that runs team patterns.
 */
export function phrasePatternProblems(lexicon: PhraseLexicon): LexiconPatternProblem[] {
  const problems: LexiconPatternProblem[] = [];
  lexicon.entries.forEach((e, i) => {
    const patterns: [string, string[]][] = [
      [e.pattern, ['entries', String(i), 'pattern']],
      ...(e.unless ?? []).map((u, j): [string, string[]] => [u, ['entries', String(i), 'unless', String(j)]]),
    ];
    for (const [pattern, path] of patterns) {
      const gaps = (pattern.match(/\.\.\./g) ?? []).length;
      if (gaps > MAX_GAPS) {
        problems.push({
          path,
          message: `Entry "${e.id}": the pattern "${pattern}" has ${gaps} gaps ("..."); at most ${MAX_GAPS} are allowed. Split it into several entries.`,
        });
        continue;
      }
      try {
        compilePatternSource(pattern, STAND_IN);
      } catch (error) {
        problems.push({
          path,
          message: `Entry "${e.id}": the pattern "${pattern}" is not valid: ${(error as Error).message}.`,
        });
        continue;
      }
      try {
        // As it will run: with the inflections of each language the file is for.
        for (const lang of lexicon.language ? [lexicon.language] : LANGUAGES)
          new LinearRegExp(compilePatternSource(pattern, (word) => inflectionSource(word, lang)));
      } catch (error) {
        problems.push({
          path,
          message: `Entry "${e.id}": the pattern "${pattern}" cannot be run safely (${(error as Error).message}). Simplify it or split it into several entries.`,
        });
      }
    }
  });
  return problems;
}

/** Validates lexicon data; throws one readable error naming `source` and the first problems. */
export function checkPhraseLexicon(data: unknown, source: string): PhraseLexicon {
  const validate = (validator ??= compileSchema(phraseLexiconSchema));
  if (validate(data)) {
    const lexicon = data as unknown as PhraseLexicon;
    // Pattern syntax is checked now, so a typo is a load error.
    const [first] = phrasePatternProblems(lexicon);
    if (first) throw new Error(`${source}: ${first.message}`);
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

/**
 * The part of `RegExp` the phrase matcher uses: built-in entries are `RegExp`s (V8), team entries
 * `LinearRegExp`s (re2js, linear time).
 */
export interface PhraseRegExp {
  lastIndex: number;
  readonly source: string;
  exec(text: string): { index: number; 0: string; groups?: Record<string, string | undefined> } | null;
  test(text: string): boolean;
}

export interface CompiledPhrase extends PhraseEntry {
  /** The file's defaults applied. */
  hint: string | undefined;
  suggest: string | undefined;
  negatable: boolean;
  /** Substrings of which the (folded) text must contain one for the pattern to match; see `compilePatternParts`. */
  anchors: string[] | undefined;
  /** Built on first use: most entries never get past their anchors. */
  readonly regex: PhraseRegExp;
  readonly unlessRegex: PhraseRegExp[];
  source: string;
}

function lazyPhrase(
  entry: Omit<CompiledPhrase, 'regex' | 'unlessRegex'>,
  regexSource: string,
  unlessSources: string[],
  linear: boolean,
): CompiledPhrase {
  if (linear) {
    // Compiled now: a pattern the linear engine refuses is an error of the lexicon, not of a lint.
    const regex = new LinearRegExp(regexSource, 'g');
    const unlessRegex = unlessSources.map((u) => new LinearRegExp(u));
    return Object.assign(entry, { regex, unlessRegex });
  }
  let regex: RegExp | undefined;
  let unless: RegExp[] | undefined;
  return Object.defineProperties(entry as CompiledPhrase, {
    regex: { get: () => (regex ??= new RegExp(regexSource, 'g')), enumerable: true },
    unlessRegex: { get: () => (unless ??= unlessSources.map((u) => new RegExp(u))), enumerable: true },
  });
}

/**
 * Compiles one lexicon for a language; every pattern error names the file and entry. `linear`:
 * the patterns come from the user's configuration (team lexicons, rule options) and run on the
 * linear-time engine (`LinearRegExp`), so that no pattern can stall the linter; built-in lexicons
 * (ours, reviewed and tested) run on V8.
 */
export function compilePhraseLexicon(
  lexicon: PhraseLexicon,
  lang: Language,
  source: string,
  options: { linear?: boolean } = {},
): CompiledPhrase[] {
  const inflect = (word: string) => inflectionSource(word, lang);
  return lexicon.entries.map((e) => {
    try {
      const { source: regexSource, anchors } =
        precompiledPhrase(e.pattern, lang) ?? compilePatternParts(e.pattern, inflect);
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
        (e.unless ?? []).map((u) => precompiledPhrase(u, lang)?.source ?? compilePatternSource(u, inflect)),
        options.linear === true,
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
