/** The choices of "dunlint: New template…" and the defaults it proposes. Pure. */
import type { TemplateOptions } from '@dunlint/language-server/protocol';

export const CHANNEL_LABELS: Readonly<Record<string, { label: string; detail: string }>> = {
  whatsapp: { label: 'WhatsApp', detail: 'A WhatsApp Business template (utility category)' },
  sms: { label: 'SMS', detail: 'A text message, counted in GSM-7 or UCS-2 segments' },
  email: { label: 'E-mail', detail: 'An e-mail with a subject line' },
};

export const STAGE_LABELS: Readonly<Record<string, string>> = {
  'pre-due': 'A friendly reminder before the due date',
  'first-contact': 'The first message about an overdue debt',
  reminder: 'A reminder that a payment is due or just missed',
  overdue: 'The payment is overdue',
  'final-notice': 'The last notice before the account moves on (e.g. to an agency)',
  'settlement-offer': 'An offer to settle or pay in instalments',
  'payment-confirmation': 'Thanks: the payment was received',
};

/** Jurisdictions for a language: those where it is usually written first, then the others, `generic` last. */
export function orderJurisdictions(
  jurisdictions: TemplateOptions['jurisdictions'],
  language: string,
): { usual: TemplateOptions['jurisdictions']; other: TemplateOptions['jurisdictions'] } {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const specific = jurisdictions.filter((j) => j.code !== 'generic');
  const generic = jurisdictions.filter((j) => j.code === 'generic');
  const usual = specific.filter((j) => (j.languages as string[]).includes(language)).sort(byName);
  const other = specific.filter((j) => !(j.languages as string[]).includes(language)).sort(byName);
  return { usual: [...usual, ...generic], other };
}

/** A template id from the choices: `us-reminder-sms`. */
export function defaultTemplateId(jurisdiction: string, stage: string, channel: string): string {
  return [jurisdiction, stage, channel]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Why an id is not valid, or `undefined` when it is (the front matter's `id` pattern). */
export function checkTemplateId(id: string): string | undefined {
  if (id === '') return 'Give the template an id, e.g. us-reminder-sms.';
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) {
    return 'Use lower-case letters, digits, "-" and "_", starting with a letter or a digit.';
  }
  return undefined;
}

/** `name.md`, or `name-2.md`, `name-3.md`… when taken. */
export function freeFileName(id: string, taken: (name: string) => boolean): string {
  if (!taken(`${id}.md`)) return `${id}.md`;
  for (let n = 2; ; n++) if (!taken(`${id}-${n}.md`)) return `${id}-${n}.md`;
}
