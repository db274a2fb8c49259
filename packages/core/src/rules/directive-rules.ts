import { defineRule } from './api.js';

/**
 * Inline directives (`<!-- dunlint-disable-next-line rule -- reason -->`) are applied by the engine;
 * these two entries give their problems a rule id, a severity and a docs page like any other rule.
 */
export const invalidDirective = defineRule({
  id: 'invalid-directive',
  meta: {
    category: 'directives',
    description: 'Inline dunlint directives name known rules and give a reason after "--".',
    severity: 'error',
    languages: 'all',
    messages: {
      missingReason:
        'This "{{kind}}" comment has no reason, so it does not silence anything. Add one after "--", e.g. "-- approved by legal, ticket LEG-42".',
      unknownRule: 'This "{{kind}}" comment names "{{rule}}", which is not a dunlint rule.{{hint}}',
      unknownKind:
        '"{{kind}}" is not a dunlint directive. Use dunlint-disable-next-line, dunlint-disable-line, dunlint-disable, dunlint-enable or dunlint-disable-file.',
    },
    rationale:
      'Suppressions are an audit trail: when a template is sent despite a finding, a reviewer must be able to see who allowed it and why. A directive without a reason is reported and has no effect.',
    examples: {
      valid: [
        {
          code: '<!-- dunlint-disable-next-line no-shouting -- the plan name is written in capitals; approved by legal, ticket LEG-42 -->\nHi {{debtor_name}}, this is Ana from Acme, home of the SAVE MORE EVERY DAY plan.',
        },
      ],
      invalid: [
        {
          code: '<!-- dunlint-disable-next-line no-shouting -->\nHi {{debtor_name}}, this is Ana from Acme, home of the SAVE MORE EVERY DAY plan.',
        },
        {
          code: '<!-- dunlint-disable-next-line no-shoutng -- the plan name is written in capitals; approved by legal, ticket LEG-42 -->\nHi {{debtor_name}}, this is Ana from Acme, home of the SAVE MORE EVERY DAY plan.',
        },
      ],
    },
  },
  create() {},
});

export const unusedDirective = defineRule({
  id: 'unused-directive',
  meta: {
    category: 'directives',
    description: 'Inline dunlint directives that silence nothing are reported, so stale suppressions do not pile up.',
    severity: 'warn',
    languages: 'all',
    fixable: 'code',
    messages: {
      unused: 'This "{{kind}}" comment silences nothing{{which}}. Remove it.',
    },
    rationale:
      'A suppression that no longer matches a finding hides the next real problem on that line. Remove it once the text is fixed.',
    examples: {
      valid: [
        {
          code: '<!-- dunlint-disable-next-line no-shouting -- the plan name is written in capitals; approved by legal, ticket LEG-42 -->\nHi {{debtor_name}}, this is Ana from Acme, home of the SAVE MORE EVERY DAY plan.',
        },
      ],
      invalid: [
        {
          code: '<!-- dunlint-disable-next-line no-shouting -- the plan name is written in capitals; approved by legal, ticket LEG-42 -->\nHi {{debtor_name}}, this is Ana from Acme, home of the Save More Every Day plan.',
        },
      ],
    },
  },
  create() {},
});
