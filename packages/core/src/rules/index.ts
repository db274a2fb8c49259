import type { Rule } from './api.js';
import { invalidDirective, unusedDirective } from './directive-rules.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterSchema from './frontmatter-schema.js';
import placeholderSyntax from './placeholder-syntax.js';
import placeholderUndeclared from './placeholder-undeclared.js';
import placeholderUnused from './placeholder-unused.js';
import noArrestThreat from './no-arrest-threat.js';
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
    noArrestThreat,
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
    invalidDirective,
    unusedDirective,
  ].map((rule) => [rule.id, rule as unknown as Rule]),
);
