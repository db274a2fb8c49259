/**
 * What a notification shows: the first characters of the message as the recipient receives it —
 * placeholders replaced by their `sample` values (front-matter paths such as `{{creditor.name}}` by
 * their front-matter values), white space collapsed, Markdown emphasis and heading marks hidden.
 * The positions are measured on the content view of a message part (content/text.ts), so that a
 * match of the phrase engine can be placed in the rendered text.
 */
import type { TemplateData } from '../rules/api.js';
import type { TemplateDocument } from '../document/parse.js';
import { placeholderValues } from '../render/render.js';
import type { ContentText } from '../content/text.js';

/** Characters that Markdown / WhatsApp formatting hides (`*bold*`, `_italic_`, `# heading`, `> quote`). */
const HIDDEN = new Set(['*', '_', '#', '>', '`', '~']);
const TOKEN = /^\{\{(var:[a-z]+:([^{}]*)|ns:([^{}]*))\}\}/;

/** Resolves a content-view token (`{{var:money:amount}}`, `{{ns:creditor.name}}`) to its rendered text. */
export type TokenRenderer = (token: string) => string | undefined;

export function tokenRenderer(doc: TemplateDocument, data: TemplateData | undefined): TokenRenderer {
  const valueOf = placeholderValues(doc, data, { lowerCase: true });
  return (token) => {
    const m = TOKEN.exec(token);
    return m ? valueOf(m[2] ?? m[3]!) : undefined;
  };
}

/**
 * For every index of `content.text` (and one past the end), how many rendered characters come
 * before it. Leading white space and hidden formatting marks count 0; a placeholder counts as its
 * sample (as written when it has none).
 */
export function renderedOffsets(content: ContentText, render: TokenRenderer): number[] {
  const text = content.text;
  const out: number[] = new Array<number>(text.length + 1);
  let count = 0;
  let i = 0;
  while (i < text.length) {
    out[i] = count;
    const end = text.startsWith('{{', i) ? text.indexOf('}}', i) : -1;
    if (end !== -1 && TOKEN.test(text.slice(i, end + 2))) {
      const value = render(text.slice(i, end + 2));
      // Every character of a token maps to the whole placeholder as written.
      const width = value !== undefined ? [...value].length : content.ends[i]! - content.starts[i]!;
      for (let k = i + 1; k < end + 2; k++) out[k] = count;
      count += width;
      i = end + 2;
      continue;
    }
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      if (count > 0) count += 1;
    } else if (!HIDDEN.has(ch)) {
      // A surrogate pair (emoji) is one character on screen.
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) {
        out[i + 1] = count;
        count += 1;
        i += 2;
        continue;
      }
      count += 1;
    }
    i++;
  }
  out[text.length] = count;
  return out;
}

/** The rendered length of a content view (e.g. a WhatsApp header shown above the body). */
export function renderedLength(content: ContentText, render: TokenRenderer): number {
  return renderedOffsets(content, render)[content.text.length]!;
}
