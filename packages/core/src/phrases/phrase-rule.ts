/**
 * The factory behind every lexicon-driven tone and privacy rule: a rule file gives its id, meta and
 * (optionally) when it applies; the words live in `lexicons/<lang>/<rule-id>.yaml`. Each match is
 * reported on the exact words, with the entry's plain-language hint and, when the lexicon has
 * one, a suggestion that replaces the words with a compliant rewording in the template's language.
 */
import { defineRule, type Language, type Rule, type RuleContext, type RuleMeta } from '../rules/api.js';
import type { SeverityLevel } from '../types.js';
import { builtinPhrases, compilePhraseLexicon, type CompiledPhrase, type PhraseLexicon } from './lexicon.js';
import { findPhrases, type PhraseMatch } from './match.js';
import { messageParts } from './scope.js';

export type PhraseMessageIds = 'found' | 'reword';

export interface PhraseRuleSpec {
  id: string;
  meta: Omit<RuleMeta<PhraseMessageIds>, 'messages' | 'languages' | 'hasSuggestions'> & {
    /** The message; receives `{{text}}` (the words found) and `{{hint}}` (the entry's advice). */
    message?: string;
  };
  /** Whether the rule applies to this template at all (e.g. only `recipient: third-party`). */
  applies?(context: RuleContext<PhraseMessageIds>): boolean;
  /** Drop a match (e.g. lawyer words when a law firm sends), or cap its severity. */
  review?(match: PhraseMatch, context: RuleContext<PhraseMessageIds>): { skip?: boolean; maxSeverity?: SeverityLevel };
  /** Where to look: the body only, or also the sent front-matter texts (default). */
  bodyOnly?: boolean;
}

const teamCache = new WeakMap<PhraseLexicon, Map<Language, CompiledPhrase[]>>();

/** Compiled team-owned entries (config `lexicons:`) for this rule and language. */
export function teamPhrases(lexicons: readonly PhraseLexicon[] | undefined, lang: Language): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  for (const lexicon of lexicons ?? []) {
    if (lexicon.language !== undefined && lexicon.language !== lang) continue;
    let byLang = teamCache.get(lexicon);
    if (!byLang) teamCache.set(lexicon, (byLang = new Map()));
    let compiled = byLang.get(lang);
    // Team patterns come from the user's configuration: they run on the linear-time engine.
    if (!compiled) byLang.set(lang, (compiled = compilePhraseLexicon(lexicon, lang, 'team lexicon', { linear: true })));
    out.push(...compiled);
  }
  return out;
}

/** All matches of a rule's lexicon (built-in + team) in the template, for rules that post-process. */
export function findRulePhrases(context: RuleContext<string>, ruleId = context.id, bodyOnly = false): PhraseMatch[] {
  const lang = context.language;
  if (!lang) return [];
  const builtin = builtinPhrases(ruleId, lang);
  const team = teamPhrases(context.lexicons?.[ruleId], lang);
  const entries = team.length === 0 ? builtin : [...builtin, ...team];
  if (entries.length === 0) return [];
  const parts = messageParts(context.doc);
  return (bodyOnly ? parts.slice(0, 1) : parts).flatMap((p) => findPhrases(p.content, entries, lang));
}

export function phraseRule(spec: PhraseRuleSpec): Rule<PhraseMessageIds> {
  const { message, ...meta } = spec.meta;
  return defineRule<PhraseMessageIds>({
    id: spec.id,
    meta: {
      ...meta,
      languages: ['en', 'es', 'pt'],
      hasSuggestions: true,
      messages: {
        found: message ?? '"{{text}}": {{hint}}',
        reword: 'Replace with "{{suggest}}"',
      },
    },
    create(context) {
      if (spec.applies && !spec.applies(context)) return;
      for (const match of findRulePhrases(context, spec.id, spec.bodyOnly)) {
        const verdict = spec.review?.(match, context) ?? {};
        if (verdict.skip) continue;
        const text = context.doc.text.slice(match.range[0], match.range[1]);
        const suggest = match.entry.suggest;
        context.report({
          messageId: 'found',
          data: { text, hint: match.entry.hint ?? spec.meta.description },
          range: match.range,
          ...(verdict.maxSeverity ? { maxSeverity: verdict.maxSeverity } : {}),
          ...(suggest
            ? { suggest: [{ messageId: 'reword', data: { suggest }, fix: { range: match.range, text: suggest } }] }
            : {}),
        });
      }
    },
  });
}
