/**
 * What the required-content rules share: the template facts that decide whether a requirement
 * applies (stage, recipient, channel, jurisdiction, collector), the phrase look-up in the rule's
 * lexicon, and the "missing" report with a suggestion that inserts a skeleton sentence.
 */
import type { Language, RuleContext, TemplateData } from '../rules/api.js';
import type { SeverityLevel } from '../types.js';
import { profileFor } from '../jurisdictions/profile.js';
import { contentEntries, contentLexicon, findContent, type ContentMatch } from './patterns.js';
import { dataAt, fillSkeleton, firstBodyLine, insertionFix } from './skeleton.js';
import { bodyContent } from './text.js';

export interface TemplateFacts {
  stage: string | undefined;
  /** `debtor` unless the template says `third-party`. */
  recipient: string;
  channel: string | undefined;
  /** Upper-case jurisdiction code, e.g. `US-TX`, `BR`, `GENERIC`. */
  jurisdiction: string | undefined;
  /** The jurisdiction's country (`US` for `US-TX`); `undefined` for `generic`. */
  country: string | undefined;
  /** `first-party` unless `collector.kind` says otherwise. */
  collectorKind: string;
}

export function templateFacts(data: TemplateData): TemplateFacts {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const jurisdiction = str(data.jurisdiction)?.toUpperCase();
  const country = jurisdiction && /^[A-Z]{2}(?:-|$)/.test(jurisdiction) ? jurisdiction.slice(0, 2) : undefined;
  return {
    stage: str(data.stage),
    recipient: str(data.recipient) ?? 'debtor',
    channel: str(data.channel),
    jurisdiction,
    country,
    collectorKind: str(dataAt(data, 'collector.kind')) ?? 'first-party',
  };
}

/**
 * Whether the template's jurisdiction profile requires the statement that rule `ruleId` enforces
 * (`statements:` in jurisdictions/<CODE>.yaml), for the template's channel.
 */
export function profileRequires(facts: TemplateFacts, ruleId: string): boolean {
  return profileFor(facts.jurisdiction).statements.some(
    (s) => s.rule === ruleId && (!s.channels || (facts.channel !== undefined && s.channels.includes(facts.channel))),
  );
}

/** Whether an agency or a law firm sends the message (not the creditor itself). */
export function isThirdPartyCollector(facts: TemplateFacts): boolean {
  return facts.collectorKind === 'agency' || facts.collectorKind === 'law-firm';
}

/** The first match in the body of the rule's lexicon entries (of one group) for the template's language. */
export function findInBody(context: RuleContext<string>, group = 'main', lang?: Language): ContentMatch | undefined {
  const language = lang ?? context.language;
  if (!language) return undefined;
  return findContent(bodyContent(context.doc), contentEntries(context.id, language, group));
}

/** The skeleton sentence `key` of the rule's lexicon in the template's language, slots filled. */
export function skeleton(
  context: RuleContext<string>,
  key = 'main',
  isPaymentLink?: (name: string) => boolean,
): string | undefined {
  if (!context.language) return undefined;
  const template = contentLexicon(context.id, context.language)?.skeletons?.[key];
  return typeof template === 'string' ? fillSkeleton(template, context.doc, context.data, isPaymentLink) : undefined;
}

export interface MissingReport<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The suggestion's message; it receives `{{text}}`, the sentence to insert. */
  suggestMessageId: M;
  /** The sentence to insert (from `skeleton()`); no suggestion when undefined. */
  sentence: string | undefined;
  position: 'start' | 'end';
  maxSeverity?: SeverityLevel;
}

/** Reports a missing requirement on the body's first line, with an "insert this sentence" suggestion. */
export function reportMissing<M extends string>(context: RuleContext<M>, r: MissingReport<M>): void {
  const range = firstBodyLine(context.doc);
  context.report({
    messageId: r.messageId,
    ...(r.data ? { data: r.data } : {}),
    range,
    ...(r.sentence
      ? {
          suggest: [
            {
              messageId: r.suggestMessageId,
              data: { text: r.sentence },
              fix: insertionFix(context.doc, r.sentence, r.position),
            },
          ],
        }
      : {}),
    ...(r.maxSeverity ? { maxSeverity: r.maxSeverity } : {}),
  });
}
