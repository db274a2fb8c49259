import type { Rule } from './api.js';
import { invalidDirective, unusedDirective } from './directive-rules.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterSchema from './frontmatter-schema.js';
import placeholderSyntax from './placeholder-syntax.js';
import placeholderUndeclared from './placeholder-undeclared.js';
import placeholderUnused from './placeholder-unused.js';

/** The explicit registry: rule id -> rule. Nothing scans the disk. */
export const builtinRules: ReadonlyMap<string, Rule> = new Map<string, Rule>(
  [
    frontmatterRequired,
    frontmatterSchema,
    placeholderSyntax,
    placeholderUndeclared,
    placeholderUnused,
    invalidDirective,
    unusedDirective,
  ].map((rule) => [rule.id, rule as unknown as Rule]),
);
