/**
 * The JSON Schema of a template's front matter (SPEC §1.1). This object is the single source:
 * `schema/template.schema.json` is generated from it (`npm run generate`) and checked for drift.
 * Descriptions are written for legal and communications teams: they appear in editor hovers.
 */
const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const time = {
  type: 'string',
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description: 'A time of day as "HH:MM" (24-hour clock), e.g. "08:00".',
};

export const STAGES = [
  'pre-due',
  'first-contact',
  'reminder',
  'overdue',
  'final-notice',
  'settlement-offer',
  'payment-confirmation',
] as const;
export const CHANNELS = ['whatsapp', 'sms', 'email'] as const;
export const VARIABLE_TYPES = ['string', 'money', 'date', 'phone', 'email', 'url', 'number', 'id'] as const;

export const templateSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://dunlint.dev/schema/template.schema.json',
  title: 'dunlint template front matter',
  description: 'The YAML front matter of a dunlint debt-collection message template.',
  type: 'object',
  required: ['id', 'locale', 'channel', 'jurisdiction', 'stage', 'creditor', 'contact'],
  additionalProperties: false,
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9_-]*$',
      description: 'A unique name for this template: lowercase letters, digits, "-" and "_", e.g. "br-overdue-15d".',
    },
    locale: {
      type: 'string',
      pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      description: 'The language (and region) of the message as a BCP 47 tag: "en", "en-US", "es-PE", "pt-BR"…',
    },
    channel: { enum: [...CHANNELS], description: 'How the message is sent: "whatsapp", "sms" or "email".' },
    jurisdiction: {
      type: 'string',
      pattern: '^([A-Z]{2}(-[A-Z0-9]{1,3})?|generic)$',
      description:
        'Where the debtor lives: an ISO country code with an optional subdivision ("BR", "BR-SP", "US-TX") or "generic". It selects the legal rules that apply.',
    },
    stage: {
      enum: [...STAGES],
      description:
        'Where in the collection process this message is sent: pre-due, first-contact, reminder, overdue, final-notice, settlement-offer or payment-confirmation.',
    },
    recipient: {
      enum: ['debtor', 'third-party'],
      default: 'debtor',
      description:
        'Who receives it: "debtor" (default) or "third-party" (a location-only message to someone who is not the debtor).',
    },
    collector: {
      type: 'object',
      description: 'Who sends the message when it is not the creditor itself.',
      required: ['name', 'kind'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, description: 'The legal name of the collection agency or law firm.' },
        kind: {
          enum: ['first-party', 'agency', 'law-firm'],
          description: '"first-party" (the creditor itself), "agency" (a collection agency) or "law-firm".',
        },
        license: {
          type: 'string',
          description: "The collector's licence or registration number, where the law requires one.",
        },
      },
    },
    creditor: {
      type: 'object',
      description: 'Who is owed the money.',
      required: ['name'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1, description: "The creditor's name as the debtor knows it." },
        tax_id: {
          type: 'string',
          minLength: 1,
          description: "The creditor's tax id (Brazil CNPJ/CPF, Peru RUC…), required in some countries.",
        },
        address: { type: 'string', minLength: 1, description: "The creditor's address." },
      },
    },
    contact: {
      type: 'object',
      description: 'How the debtor can reach the creditor or collector. At least one of phone, email, whatsapp or url.',
      additionalProperties: false,
      anyOf: [{ required: ['phone'] }, { required: ['email'] }, { required: ['whatsapp'] }, { required: ['url'] }],
      properties: {
        phone: { type: 'string', minLength: 3, description: 'A phone number, e.g. "+55 11 4000-0000".' },
        email: { type: 'string', format: 'email', description: 'An e-mail address.' },
        whatsapp: { type: 'string', minLength: 3, description: 'A WhatsApp number.' },
        url: { type: 'string', format: 'uri', description: 'A web page where the debtor can get help or pay.' },
        hours: { type: 'string', description: 'When the contact answers, e.g. "Mon–Fri 8am–8pm".' },
      },
    },
    send_window: {
      type: 'object',
      description: "When the message may be sent, in the debtor's local time.",
      required: ['days', 'start', 'end'],
      additionalProperties: false,
      properties: {
        days: {
          type: 'array',
          items: { enum: [...days] },
          uniqueItems: true,
          minItems: 1,
          description: 'Days of the week: mon, tue, wed, thu, fri, sat, sun.',
        },
        start: time,
        end: time,
      },
    },
    consent: {
      type: 'object',
      description: 'The legal basis for sending this message.',
      required: ['basis'],
      additionalProperties: false,
      properties: {
        basis: {
          enum: ['consent', 'contract', 'legitimate-interest', 'credit-protection'],
          description: 'consent, contract, legitimate-interest or credit-protection.',
        },
        evidence: { type: 'string', description: 'Where the evidence of the basis is kept (e.g. the opt-in record).' },
      },
    },
    legal_action: {
      type: 'object',
      description: 'Declares that a legal step mentioned in the text is real and intended.',
      required: ['intended'],
      additionalProperties: false,
      properties: {
        intended: { type: 'boolean', description: 'true when the legal step is real and intended.' },
        reference: { type: 'string', description: 'The case or approval reference.' },
      },
    },
    variables: {
      type: 'object',
      description: 'The placeholders this template uses, each with a type and a sample value.',
      propertyNames: { pattern: '^([A-Za-z_][A-Za-z0-9_]*|[0-9]+)$' },
      additionalProperties: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: { enum: [...VARIABLE_TYPES], description: 'string, money, date, phone, email, url, number or id.' },
          sample: { type: ['string', 'number'], description: 'A realistic value used in previews and length checks.' },
          pii: { type: 'boolean', description: 'true when the value is personal data.' },
          description: { type: 'string', description: 'What the value is.' },
        },
      },
    },
    whatsapp: {
      type: 'object',
      description: 'WhatsApp template settings (Meta).',
      additionalProperties: false,
      properties: {
        category: {
          enum: ['utility', 'marketing', 'authentication'],
          description: 'Meta\'s template category; collection messages are "utility".',
        },
        name: {
          type: 'string',
          description: 'The template name registered with Meta: lowercase letters, digits and "_".',
        },
        parameter_format: {
          enum: ['named', 'positional'],
          description: '"named" ({{debtor_name}}) or "positional" ({{1}}, {{2}}).',
        },
        language: { type: 'string', description: "Meta's language code, when it differs from locale." },
        header: { type: 'string', description: 'Header text (≤ 60 characters).' },
        footer: { type: 'string', description: 'Footer text (≤ 60 characters).' },
        buttons: {
          type: 'array',
          description: 'Buttons (≤ 10; ≤ 2 URL buttons; ≤ 1 phone button).',
          items: {
            type: 'object',
            required: ['type', 'text'],
            additionalProperties: false,
            properties: {
              type: {
                enum: ['url', 'phone', 'quick_reply', 'copy_code'],
                description: 'url, phone, quick_reply or copy_code.',
              },
              text: { type: 'string', description: 'The button label (≤ 20 characters).' },
              url: { type: 'string', description: 'For url buttons.' },
              phone: { type: 'string', description: 'For phone buttons.' },
            },
          },
        },
      },
    },
    sms: {
      type: 'object',
      description: 'SMS settings.',
      additionalProperties: false,
      properties: {
        max_segments: {
          type: 'integer',
          minimum: 1,
          maximum: 10,
          default: 2,
          description: 'The most SMS segments the rendered message may use (default 2).',
        },
        sender_id: { type: 'string', description: 'The SMS sender id or short code.' },
      },
    },
    email: {
      type: 'object',
      description: 'E-mail settings.',
      additionalProperties: false,
      properties: {
        subject: { type: 'string', minLength: 1, description: 'The e-mail subject line.' },
        preheader: { type: 'string', description: 'The preview text shown after the subject in the inbox.' },
        from_name: { type: 'string', description: 'The sender name shown in the inbox.' },
      },
    },
    review: {
      type: 'object',
      description: 'The legal sign-off of this template.',
      required: ['approved_by', 'approved_at'],
      additionalProperties: false,
      properties: {
        approved_by: { type: 'string', minLength: 1, description: 'Who approved it.' },
        approved_at: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          format: 'date',
          description: 'The approval date as YYYY-MM-DD.',
        },
        ticket: { type: 'string', description: 'The approval ticket.' },
      },
    },
    meta: { type: 'object', description: 'Free-form team metadata (owner, tags, ticket…). dunlint does not check it.' },
  },
} as const;
