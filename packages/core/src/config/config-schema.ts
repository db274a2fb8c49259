/**
 * JSON Schema of `.dunlintrc.yaml` / `.dunlintrc.json` / `dunlint.config.yaml` (SPEC §3).
 * The single source of `schema/config.schema.json` (generated, drift-checked).
 */
const severity = {
  description: 'off, warn or error (or 0, 1, 2).',
  enum: ['off', 'warn', 'error', 0, 1, 2],
};

const ruleEntry = {
  description: 'A severity, or [severity, options].',
  oneOf: [severity, { type: 'array', items: [severity, { type: 'object' }], minItems: 1, maxItems: 2 }],
};

const rules = {
  type: 'object',
  description:
    'Rule severities and options by rule id, e.g. "no-false-urgency: error" or "no-insult: [error, { extraTerms: { pt: [velhaco] } }]".',
  propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
  additionalProperties: ruleEntry,
};

const defaults = {
  type: 'object',
  description: 'Front matter values used when a template does not set them, e.g. { jurisdiction: BR, locale: pt-BR }.',
  additionalProperties: false,
  properties: {
    jurisdiction: {
      type: 'string',
      pattern: '^([A-Z]{2}(-[A-Z0-9]{1,3})?|generic)$',
      description: 'Default jurisdiction.',
    },
    locale: { type: 'string', description: 'Default locale.' },
    channel: { enum: ['whatsapp', 'sms', 'email'], description: 'Default channel.' },
    recipient: { enum: ['debtor', 'third-party'], description: 'Default recipient.' },
    collector: { type: 'object', description: 'Default collector.' },
    creditor: { type: 'object', description: 'Default creditor.' },
    contact: { type: 'object', description: 'Default contact.' },
    consent: { type: 'object', description: 'Default consent.' },
    send_window: { type: 'object', description: 'Default send window.' },
  },
};

const globs = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: 'Glob patterns relative to this config file.',
};

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://dunlint.dev/schema/config.schema.json',
  title: 'dunlint configuration',
  description:
    'Configuration for dunlint (.dunlintrc.yaml, .dunlintrc.json or dunlint.config.yaml). Data only: no config file executes code.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema this file follows (for editors).' },
    root: { type: 'boolean', description: 'Stop looking for configuration files in parent folders.' },
    extends: {
      description: 'Presets ("recommended", "strict") or relative paths of other config files inside the workspace.',
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    files: { ...globs, description: 'Which Markdown files are templates (default: every *.md file).' },
    ignores: { ...globs, description: 'Files and folders never linted, e.g. ["drafts/**"].' },
    defaults,
    rules,
    lexicons: {
      type: 'object',
      description:
        'Team-owned phrase lists by rule id: relative paths of YAML files inside the workspace, in the format of docs/lexicons.md (schema: @dunlint/core/schema/phrase-lexicon.schema.json), added to the built-in ones.',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: { type: 'string' },
    },
    settings: {
      type: 'object',
      description: 'Settings shared by rules.',
      additionalProperties: false,
      properties: {
        reviewMaxAgeMonths: {
          type: 'integer',
          minimum: 1,
          description: 'How old a legal review may be before review-expiry reports it (default 12).',
        },
        maxFileSize: {
          type: 'integer',
          minimum: 1024,
          description: 'Largest template, in bytes, that is linted (default 2,097,152 = 2 MB).',
        },
      },
    },
    overrides: {
      type: 'array',
      description: 'Settings for some files only.',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: {
          files: { ...globs, minItems: 1 },
          excludedFiles: globs,
          rules,
          defaults,
        },
      },
    },
  },
} as const;
