/**
 * Negation and reassurance. "We will never contact your employer", "você não será preso",
 * "no contactaremos a su familia" contain the words of a violation but say the opposite: a match is
 * negated when a negation cue (lexicons/<lang>/_negation.yaml) stands within a few words before it,
 * or inside it, in the same clause — unless that cue belongs to a condition that opens the clause
 * ("if you do NOT pay, we will sue you": the threat stands). A prohibition ("collectors may not …",
 * "é proibido …") negates everything after it in its clause, however long the list of acts.
 */
import { lexiconData } from '../generated/lexicons.js';
import type { Language } from '../rules/api.js';
import { foldCase } from '../content/text.js';

interface NegationData {
  cues: Set<string>;
  conditionals: string[][];
  boundaries: string[][];
  /** Phrases that state a prohibition ("collectors may not …"): they negate the whole rest of the clause. */
  prohibitions: string[][];
}

const cache = new Map<Language, NegationData>();
/** How many words before a match a negation cue may stand. */
export const NEGATION_WINDOW = 6;

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

function negationData(lang: Language): NegationData {
  let d = cache.get(lang);
  if (d) return d;
  const raw = (lexiconData['_negation']?.[lang] ?? {}) as Record<string, unknown>;
  const list = (k: string): string[] =>
    Array.isArray(raw[k]) ? (raw[k] as unknown[]).map((x) => foldCase(String(x))) : [];
  d = {
    cues: new Set(list('cues').map((c) => c.replace(/’/g, "'"))),
    conditionals: list('conditionals').map(words),
    boundaries: list('boundaries').map(words),
    prohibitions: list('prohibitions').map(words),
  };
  cache.set(lang, d);
  return d;
}

function startsWithAt(tokens: string[], at: number, phrase: string[]): boolean {
  return phrase.length > 0 && phrase.every((w, k) => tokens[at + k] === w);
}

function isCue(token: string, cues: Set<string>): boolean {
  const t = token.replace(/’/g, "'");
  return cues.has(t) || (cues.has("n't") && t.endsWith("n't"));
}

/**
 * Whether the match `text[start, end)` is negated. `text` is the folded content view; the clause
 * is cut at sentence ends, `;`, `:`, paragraph breaks and the language's boundary words.
 */
export function isNegated(text: string, start: number, end: number, lang: Language): boolean {
  const data = negationData(lang);
  let from = start;
  while (from > 0 && !/[.!?;:\n¿¡]/.test(text[from - 1]!)) from--;
  const before = words(text.slice(from, start));
  // Cut the clause at the last boundary word.
  let clause = 0;
  for (let k = 0; k < before.length; k++) if (data.boundaries.some((b) => startsWithAt(before, k, b))) clause = k + 1;
  const tokens = [...before.slice(clause), ...words(text.slice(start, end))];
  const matchFrom = before.length - clause;
  // A statement of what the law forbids lists the forbidden acts at any distance: "they may not
  // harass you by using threats of violence or arrest".
  for (let k = 0; k < matchFrom; k++) {
    if (!data.prohibitions.some((p) => startsWithAt(tokens, k, p))) continue;
    const conditioned = data.conditionals.some((c) => tokens.slice(0, k).some((_, j) => startsWithAt(tokens, j, c)));
    if (!conditioned) return true;
  }
  for (let k = Math.max(0, matchFrom - NEGATION_WINDOW); k < tokens.length; k++) {
    if (!isCue(tokens[k]!, data.cues)) continue;
    // "no" right after a number or as an answer ("No. 5") is not a negation of the threat.
    const conditioned = data.conditionals.some((c) => tokens.slice(0, k).some((_, j) => startsWithAt(tokens, j, c)));
    if (!conditioned) return true;
  }
  return false;
}
