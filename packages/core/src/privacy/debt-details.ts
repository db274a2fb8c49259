/**
 * Debt details: what the privacy rules look for when a message must not reveal a debt — to a third
 * party (no-third-party-disclosure), on a first contact before the recipient confirmed who they are
 * (no-premature-disclosure), or in what a locked phone shows (no-debt-in-preview).
 *
 * The vocabulary is data: `lexicons/<lang>/_debt-details.yaml` (the phrase-lexicon format), shared by
 * the three rules. Its entries carry `tags` naming the uses that count them (`disclosure`,
 * `premature`, `preview`; no tag = all three), because a word such as "payment" reveals a debt to a
 * third party but is ordinary in a debtor's own notification. Each rule adds the entries of its own
 * lexicon (`lexicons/<lang>/<rule-id>.yaml`, which also holds the rule's advice in that language) and
 * the team's entries for the rule (config `lexicons:`).
 *
 * The US statutory sentences of FDCPA §1692e(11) ("This is an attempt to collect a debt …", "This
 * communication is from a debt collector") are required by law: where a rule says so, the words inside
 * them do not count (they are found with the required-content lexicon of require-collection-disclosure).
 */
import type { Language, RuleContext } from '../rules/api.js';
import { contentEntries } from '../content/patterns.js';
import type { ContentText } from '../content/text.js';
import { builtinPhraseLexicon, builtinPhrases, type CompiledPhrase } from '../phrases/lexicon.js';
import { findPhrases } from '../phrases/match.js';
import { teamPhrases } from '../phrases/phrase-rule.js';
import { messageParts, type MessagePart } from '../phrases/scope.js';
import type { OffsetRange } from '../types.js';
import { originalRange } from '../content/text.js';

export type DebtDetailUse = 'disclosure' | 'premature' | 'preview';

/** The shared lexicon's name (`lexicons/<lang>/_debt-details.yaml`). */
export const DEBT_DETAILS_LEXICON = '_debt-details';

const USES: readonly string[] = ['disclosure', 'premature', 'preview'];

/** Whether a shared entry counts for `use` (an entry without a use tag counts for all). */
export function countsFor(entry: { tags?: string[] }, use: DebtDetailUse): boolean {
  const uses = (entry.tags ?? []).filter((t) => USES.includes(t));
  return uses.length === 0 || uses.includes(use);
}

/** The shared entries that count for `use` in a language. */
export function sharedDebtEntries(lang: Language, use: DebtDetailUse): CompiledPhrase[] {
  return builtinPhrases(DEBT_DETAILS_LEXICON, lang).filter((e) => countsFor(e, use));
}

/** The shared entries for `use`, then the rule's own lexicon, then the team's entries for the rule. */
export function debtDetailEntries(context: RuleContext<string>, use: DebtDetailUse): CompiledPhrase[] {
  const lang = context.language;
  if (!lang) return [];
  return [
    ...sharedDebtEntries(lang, use),
    ...builtinPhrases(context.id, lang),
    ...teamPhrases(context.lexicons?.[context.id], lang),
  ];
}

/** The rule's advice in the template's language (the `hint` of its own lexicon). */
export function ruleHint(context: RuleContext<string>, fallback: string): string {
  const lang = context.language;
  return (lang && builtinPhraseLexicon(context.id, lang)?.hint) || fallback;
}

/** The statutory statements of a language as global expressions (built once, not per document). */
const statutoryRegexes = new Map<Language, RegExp[]>();

/** Ranges (in `content.text`) of the FDCPA §1692e(11) statements, in the language's wording. */
export function statutorySpans(content: ContentText, lang: Language): [number, number][] {
  let regexes = statutoryRegexes.get(lang);
  if (!regexes) {
    regexes = contentEntries('require-collection-disclosure', lang).map((e) => new RegExp(e.regex.source, 'g'));
    statutoryRegexes.set(lang, regexes);
  }
  const spans: [number, number][] = [];
  for (const re of regexes) {
    for (const m of content.text.matchAll(re)) if (m[0].length > 0) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export interface DebtDetail {
  /** Where it was found: `body`, `email.subject`, … */
  where: string;
  part: MessagePart;
  /** Range in the part's content view. */
  index: [number, number];
  /** Range in the document. */
  range: OffsetRange;
  /** The ids of the lexicon entries that found it (several when neighbouring matches were merged). */
  entries: string[];
}

export interface FindDebtDetailsOptions {
  /** Whether words inside the FDCPA statutory sentences count (`count`) or not (`ignore`). */
  statutory: 'count' | 'ignore';
  /** Which parts to read (default: the body and every sent front-matter text). */
  parts?: (part: MessagePart) => boolean;
  /** Read only the first characters of a part's content view (e.g. what a preview shows); default all. */
  prefix?: (part: MessagePart) => number | undefined;
}

/** The first `length` characters of a content view, as a content view. */
function contentPrefix(content: ContentText, length: number): ContentText {
  if (length >= content.text.length) return content;
  return {
    text: content.text.slice(0, length),
    starts: content.starts.slice(0, length),
    ends: content.ends.slice(0, length),
  };
}

/** Neighbouring matches separated only by spaces or light punctuation read as one detail ("unpaid debt"). */
function mergeable(text: string, from: number, to: number): boolean {
  return to - from <= 3 && /^[\s,;:'"()\-/*]*$/u.test(text.slice(from, to));
}

/** Every debt detail of the template that counts for `use`, in document order. */
export function findDebtDetails(
  context: RuleContext<string>,
  use: DebtDetailUse,
  options: FindDebtDetailsOptions,
): DebtDetail[] {
  const lang = context.language;
  if (!lang) return [];
  const entries = debtDetailEntries(context, use);
  if (entries.length === 0) return [];
  const out: DebtDetail[] = [];
  for (const part of messageParts(context.doc)) {
    if (options.parts && !options.parts(part)) continue;
    const limit = options.prefix?.(part);
    const content = limit === undefined ? part.content : contentPrefix(part.content, limit);
    const spans = options.statutory === 'ignore' ? statutorySpans(content, lang) : [];
    const matches = findPhrases(content, entries, lang).filter(
      (m) => !spans.some(([s, e]) => m.index[0] < e && m.index[1] > s),
    );
    let current: DebtDetail | undefined;
    for (const m of matches) {
      if (current && mergeable(part.content.text, current.index[1], m.index[0])) {
        current.index = [current.index[0], m.index[1]];
        current.range = originalRange(part.content, current.index[0], current.index[1]);
        current.entries.push(m.entry.id);
        continue;
      }
      current = { where: part.where, part, index: [...m.index], range: m.range, entries: [m.entry.id] };
      out.push(current);
    }
  }
  return out;
}
