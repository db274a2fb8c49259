/**
 * The extension's snippets, generated from the core's lexicons at build time: the "skeleton"
 * sentences that the required-content rules suggest (identity confirmation, the FDCPA collection
 * disclosure, opt-out lines) in English, Spanish and Portuguese. Generated, never hand-written, so
 * a snippet always says what the rule looks for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish', pt: 'Portuguese' };

/** The snippets: rule → skeleton key → name, prefix suffix and description. */
const SNIPPETS = [
  {
    rule: 'require-identity-confirmation',
    key: 'main',
    prefix: 'identity',
    name: 'Identity confirmation',
    description: 'Asks whether the message reached the debtor before it says anything about the debt.',
  },
  {
    rule: 'require-collection-disclosure',
    key: 'initial',
    prefix: 'disclosure',
    name: 'Collection disclosure, first message (FDCPA mini-Miranda)',
    description:
      'The statement a US debt collector makes in its first communication (FDCPA 15 U.S.C. §1692e(11); Reg F 12 CFR 1006.18(e)).',
  },
  {
    rule: 'require-collection-disclosure',
    key: 'collector',
    prefix: 'disclosure-later',
    name: 'Collection disclosure, later messages',
    description: 'The statement every later communication of a US debt collector makes (FDCPA 15 U.S.C. §1692e(11)).',
  },
  {
    rule: 'require-opt-out',
    key: 'sms',
    prefix: 'optout-sms',
    name: 'Opt-out line for SMS',
    description: 'How to stop the texts (Reg F 12 CFR 1006.6(e); carriers require STOP handling).',
  },
  {
    rule: 'require-opt-out',
    key: 'email',
    prefix: 'optout-email',
    name: 'Opt-out line for e-mail',
    description: 'How to stop the e-mails (Reg F 12 CFR 1006.6(e)).',
  },
  {
    rule: 'require-opt-out',
    key: 'whatsapp',
    prefix: 'optout-whatsapp',
    name: 'Opt-out line for WhatsApp',
    description: 'How to stop the WhatsApp messages.',
  },
];

/** The placeholder a slot becomes when the snippet is inserted (its tab stop selects the name). */
const SLOT_DEFAULTS = {
  person: 'debtor_name',
  money: 'amount',
  date: 'due_date',
  url: 'payment_link',
  payment: 'payment_link',
  contact: 'contact.phone',
  phone: 'contact.phone',
  email: 'contact.email',
};

const SLOT = /\[\[\s*([A-Za-z_.]+)\s*(?:\|([^\]]*))?\]\]/g;

/** A skeleton sentence as a snippet body: slots become `{{name}}` placeholders with tab stops. */
export function skeletonToSnippet(skeleton) {
  let stop = 0;
  const escaped = skeleton.replace(/[$\\]/g, (c) => `\\${c}`);
  return escaped.replace(SLOT, (_whole, key) => {
    const name = key.includes('.') ? key : (SLOT_DEFAULTS[key] ?? key);
    if (name.includes('.')) return `{{${name}}}`;
    stop += 1;
    return `{{\${${stop}:${name}}}}`;
  });
}

/** Every snippet, keyed by its display name, in the VS Code snippet file format. */
export function buildSnippets(coreDir) {
  const requireFromCore = createRequire(resolve(coreDir, 'package.json'));
  const { parse } = requireFromCore('yaml');
  const snippets = {};
  for (const language of ['en', 'es', 'pt']) {
    for (const s of SNIPPETS) {
      const file = join(coreDir, 'src', 'lexicons', language, `${s.rule}.yaml`);
      const skeleton = parse(readFileSync(file, 'utf8'))?.skeletons?.[s.key];
      if (typeof skeleton !== 'string') throw new Error(`${file}: no skeleton "${s.key}"`);
      snippets[`${s.name} (${LANGUAGE_NAMES[language]})`] = {
        prefix: `dunlint-${s.prefix}-${language}`,
        body: skeletonToSnippet(skeleton),
        description: `${s.description} Satisfies the rule ${s.rule}.`,
      };
    }
  }
  return snippets;
}
