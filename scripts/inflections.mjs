// Build-time inflection for the `~word` token of phrase lexicons: every `~word` of the built-in
// lexicons is expanded here, once, into its forms — English through compromise (verb conjugation
// with irregulars such as tell → told, noun plurals) and Spanish through es-compromise (every tense of
// a verb). Gender and number of Spanish and Portuguese nouns and adjectives are added at run time by
// packages/core/src/phrases/inflect.ts (one rule for built-in and team words alike).
// build-data.mjs writes the result to packages/core/src/generated/inflections.ts, so the NLP models
// are never loaded when dunlint runs.
import nlp from 'compromise';
import esNlp from 'es-compromise';

const fold = (s) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function values(v, out) {
  if (typeof v === 'string') {
    if (v && !/\s/.test(v)) out.add(fold(v));
  } else if (v && typeof v === 'object') for (const x of Object.values(v)) values(x, out);
}

export const FORMS = {
  en(word) {
    const out = new Set([word]);
    const asVerb = nlp(word);
    asVerb.tag('Verb');
    values(asVerb.verbs().conjugate()[0], out);
    const asNoun = nlp(word);
    asNoun.tag('Noun');
    values(asNoun.nouns().toPlural().text(), out);
    return out;
  },
  es(word) {
    const out = new Set([word]);
    if (/(ar|er|ir)$/.test(word)) {
      const asVerb = esNlp(word);
      asVerb.tag('Verb');
      values(asVerb.verbs().conjugate()[0], out);
    }
    return out;
  },
  // Portuguese has no generator here: its verbs are matched by their Snowball stem at run time.
  pt(word) {
    return new Set([word]);
  },
};

/** `~words` of a pattern, folded. */
export function tildeWords(pattern) {
  return [...pattern.matchAll(/~([\p{L}][\p{L}\p{N}]*)/gu)].map((m) => fold(m[1]));
}

/** { lang: { word: [forms…] } } for every `~word` in the given lexicons ({ ruleId: { lang: data } }). */
export function inflectionTable(lexicons) {
  const table = { en: {}, es: {}, pt: {} };
  for (const byLang of Object.values(lexicons)) {
    for (const [lang, data] of Object.entries(byLang)) {
      if (!table[lang] || !data || !Array.isArray(data.entries)) continue;
      for (const e of data.entries) {
        for (const pattern of [e.pattern, ...(Array.isArray(e.unless) ? e.unless : [])]) {
          if (typeof pattern !== 'string') continue;
          for (const word of tildeWords(pattern)) table[lang][word] ??= [...FORMS[lang](word)].sort();
        }
      }
    }
  }
  for (const lang of Object.keys(table))
    table[lang] = Object.fromEntries(Object.entries(table[lang]).sort(([a], [b]) => a.localeCompare(b)));
  return table;
}
