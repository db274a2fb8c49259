/**
 * Skeleton sentences: what a required-content rule suggests inserting when the requirement is missing.
 * They are data (`skeletons:` in the rule's lexicon, one per language) with slots:
 *
 * - `[[creditor.name|creditor name]]` — `{{creditor.name}}` when the front matter has that value,
 *   otherwise the fallback in square brackets, `[creditor name]`, for the author to fill in;
 * - `[[money|amount]]`, `[[date|…]]`, `[[url|…]]`, `[[phone|…]]`, `[[email|…]]` — the first declared
 *   variable of that type;
 * - `[[person|name]]` — the variable that holds the addressee's name (see `names.ts`);
 * - `[[contact|phone number]]` — the first of contact.phone, contact.whatsapp, contact.email, contact.url
 *   in the front matter, else a declared phone/e-mail variable;
 * - `[[payment|payment link]]` — a declared url variable that is a payment link.
 */
import type { TemplateDocument } from '../document/parse.js';
import { declaredVariables } from '../document/variables.js';
import type { TemplateData } from '../rules/api.js';
import type { Fix, OffsetRange } from '../types.js';
import { personNameVariables } from './names.js';

const SLOT = /\[\[\s*([A-Za-z_.]+)\s*(?:\|([^\]]*))?\]\]/g;
const TYPES = ['money', 'date', 'url', 'phone', 'email', 'number', 'id', 'string'];
const CONTACT_KEYS = ['phone', 'whatsapp', 'email', 'url'];

/** The value at a dotted path of the front matter. */
export function dataAt(data: TemplateData | undefined, path: string): unknown {
  let v: unknown = data;
  for (const seg of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

function present(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
}

/** Fills the slots of a skeleton sentence with the template's own placeholders where they exist. */
export function fillSkeleton(
  template: string,
  doc: TemplateDocument,
  data: TemplateData | undefined,
  isPaymentLink?: (name: string) => boolean,
): string {
  const vars = declaredVariables(doc);
  return template.replace(SLOT, (_whole, key: string, fallback: string | undefined) => {
    const blank = `[${(fallback ?? key).trim()}]`;
    if (key.includes('.')) return present(dataAt(data, key)) ? `{{${key}}}` : blank;
    if (key === 'person') {
      const name = personNameVariables(doc)[0];
      return name ? `{{${name}}}` : blank;
    }
    if (key === 'contact') {
      const k = CONTACT_KEYS.find((c) => present(dataAt(data, `contact.${c}`)));
      if (k) return `{{contact.${k}}}`;
      const v = vars.find((x) => x.type === 'phone' || x.type === 'email');
      return v ? `{{${v.name}}}` : blank;
    }
    if (key === 'payment') {
      const v = vars.find((x) => x.type === 'url' && (!isPaymentLink || isPaymentLink(x.name)));
      return v ? `{{${v.name}}}` : blank;
    }
    if (TYPES.includes(key)) {
      const v = vars.find((x) => x.type === key);
      return v ? `{{${v.name}}}` : blank;
    }
    return blank;
  });
}

/** The range of the body's first line with text (HTML-comment-only lines skipped), trimmed. */
export function firstBodyLine(doc: TemplateDocument): OffsetRange {
  const [from, to] = doc.bodyRange;
  const lines = doc.lines;
  let line = lines.position(from).line;
  while (line <= lines.lineCount) {
    const start = Math.max(from, lines.lineStarts[line - 1]!);
    const next = lines.lineStarts[line] ?? doc.text.length;
    const raw = doc.text.slice(start, Math.min(next, to));
    const inComment = doc.comments.some(
      (c) => c.range[0] <= start + (raw.length - raw.trimStart().length) && c.range[1] >= start + raw.trimEnd().length,
    );
    if (raw.trim() !== '' && !inComment) {
      const lead = raw.length - raw.trimStart().length;
      return [start + lead, start + raw.trimEnd().length];
    }
    if (next >= to) break;
    line++;
  }
  return [from, from];
}

/**
 * A fix that inserts `sentence` into the body: at the `start` (after a salutation line such as
 * "Dear {{debtor_name}}," when the body has one) or at the `end`. Bodies of several paragraphs get a
 * paragraph of their own; a one-paragraph body (an SMS) gets the sentence inline. Uses `doc.eol`.
 */
export function insertionFix(doc: TemplateDocument, sentence: string, position: 'start' | 'end'): Fix {
  const [from, to] = doc.bodyRange;
  const body = doc.text.slice(from, to);
  const eol = doc.eol;
  const paragraphs = body.trim().split(/\r?\n[ \t]*\r?\n/).length;
  const first = firstBodyLine(doc);
  if (first[0] === first[1]) {
    return { range: [from, from], text: `${sentence}${eol}` };
  }
  if (position === 'start') {
    const firstLine = doc.text.slice(first[0], first[1]);
    if (paragraphs > 1) {
      const salutation = firstLine.length <= 60 && /[,:!]$/.test(firstLine);
      if (salutation) return { range: [first[1], first[1]], text: `${eol}${eol}${sentence}` };
      return { range: [first[0], first[0]], text: `${sentence}${eol}${eol}` };
    }
    // One paragraph: after a greeting such as "Hi {{debtor_name}}," or "Olá, {{nome}}!", else at the very start.
    const greeting = /^(?:[\p{L}().]+[ ,]*){0,2}\{\{[^{}]+\}\}[,!:.]\s+/u.exec(firstLine);
    if (greeting)
      return { range: [first[0] + greeting[0].length, first[0] + greeting[0].length], text: `${sentence} ` };
    return { range: [first[0], first[0]], text: `${sentence} ` };
  }
  const trimmedEnd = from + body.trimEnd().length;
  if (paragraphs > 1) return { range: [trimmedEnd, trimmedEnd], text: `${eol}${eol}${sentence}` };
  return { range: [trimmedEnd, trimmedEnd], text: ` ${sentence}` };
}
