import type { Rule } from './api.js';
import { invalidDirective, unusedDirective } from './directive-rules.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterSchema from './frontmatter-schema.js';
import placeholderSyntax from './placeholder-syntax.js';
import placeholderUndeclared from './placeholder-undeclared.js';
import placeholderUnused from './placeholder-unused.js';
import noArrestThreat from './no-arrest-threat.js';
import noViolenceThreat from './no-violence-threat.js';
import noLegalThreat from './no-legal-threat.js';
import noImpersonation from './no-impersonation.js';
import noPublicShaming from './no-public-shaming.js';
import noInsult from './no-insult.js';
import noFalseUrgency from './no-false-urgency.js';
import noDefaultReasonQuestion from './no-default-reason-question.js';
import noShouting from './no-shouting.js';
import noExcessiveEmoji from './no-excessive-emoji.js';
import noThirdPartyContact from './no-third-party-contact.js';
import noThirdPartyDisclosure from './no-third-party-disclosure.js';
import noPrematureDisclosure from './no-premature-disclosure.js';
import noDebtInPreview from './no-debt-in-preview.js';
import localeMismatch from './locale-mismatch.js';
import sendWindow from './send-window.js';
import consentBasis from './consent-basis.js';
import reviewExpiry from './review-expiry.js';
import emailSubject from './email-subject.js';
import smsLength from './sms-length.js';
import whatsappTemplate from './whatsapp-template.js';
import requireCollectionDisclosure from './require-collection-disclosure.js';
import requireContactInfo from './require-contact-info.js';
import requireCreditorIdentification from './require-creditor-identification.js';
import requireDebtAmount from './require-debt-amount.js';
import requireDueDate from './require-due-date.js';
import requireIdentityConfirmation from './require-identity-confirmation.js';
import requireOptOut from './require-opt-out.js';
import requirePaymentOption from './require-payment-option.js';
import requirePersonalization from './require-personalization.js';
import requireSenderIdentification from './require-sender-identification.js';

/** The explicit registry: rule id -> rule. Nothing scans the disk. */
export const builtinRules: ReadonlyMap<string, Rule> = new Map<string, Rule>(
  [
    frontmatterRequired,
    frontmatterSchema,
    placeholderSyntax,
    placeholderUndeclared,
    placeholderUnused,
    localeMismatch,
    noViolenceThreat,
    noArrestThreat,
    noLegalThreat,
    noImpersonation,
    noPublicShaming,
    noInsult,
    noFalseUrgency,
    noDefaultReasonQuestion,
    noShouting,
    noExcessiveEmoji,
    noThirdPartyContact,
    noThirdPartyDisclosure,
    noPrematureDisclosure,
    noDebtInPreview,
    requireCreditorIdentification,
    requireSenderIdentification,
    requireDebtAmount,
    requireDueDate,
    requireContactInfo,
    requirePaymentOption,
    requireIdentityConfirmation,
    requirePersonalization,
    requireCollectionDisclosure,
    requireOptOut,
    sendWindow,
    consentBasis,
    reviewExpiry,
    whatsappTemplate,
    smsLength,
    emailSubject,
    invalidDirective,
    unusedDirective,
  ].map((rule) => [rule.id, rule as unknown as Rule]),
);
