import type { OffsetRange } from '../types.js';

/** A well-formed `{{name}}`, `{{ a.b }}` or positional `{{1}}`. */
export interface Placeholder {
  /** The trimmed name, e.g. `creditor.name` or `1`. */
  name: string;
  /** `name` split on dots. */
  path: string[];
  /** Range of the whole `{{…}}`. */
  range: OffsetRange;
  /** Range of the trimmed name inside the braces. */
  nameRange: OffsetRange;
  /** Where the placeholder sits: the Markdown body or a front-matter string such as `email.subject`. */
  where: 'body' | string;
}

export type MalformedKind = 'unclosed' | 'unopened' | 'singleBraces' | 'empty' | 'invalidName';

export interface MalformedPlaceholder {
  kind: MalformedKind;
  range: OffsetRange;
  /** The text as written, e.g. `{{amount}`. */
  raw: string;
  /** What the author most likely meant, e.g. `{{amount}}`; absent when it cannot be guessed. */
  suggestion?: string;
  where: 'body' | string;
}

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*|[0-9]+)$/;
/** Brace groups on one line: `{…}` with 1–3 braces each side, or a lone `{{`/`}}`. */
const BRACES = /(\{{1,3})([^{}\r\n]{0,120}?)(\}{1,3})|\{\{|\}\}/g;
const IDENT_LIKE = /^\s*(?:[A-Za-z_][A-Za-z0-9_.]*|[0-9]+)\s*$/;

export function isPlaceholderName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Finds placeholders and malformed placeholders in `text[start, end)`, skipping the ranges in
 * `skip` (HTML comments, code). Offsets in the result are absolute.
 */
export function scanPlaceholders(
  text: string,
  start: number,
  end: number,
  where: 'body' | string,
  skip: OffsetRange[] = [],
): { placeholders: Placeholder[]; malformed: MalformedPlaceholder[] } {
  const placeholders: Placeholder[] = [];
  const malformed: MalformedPlaceholder[] = [];
  const slice = text.slice(start, end);
  BRACES.lastIndex = 0;
  for (let m = BRACES.exec(slice); m; m = BRACES.exec(slice)) {
    const from = start + m.index;
    const to = from + m[0].length;
    if (skip.some(([s, e]) => from < e && to > s)) continue;
    const open = m[1]?.length ?? 0;
    const close = m[3]?.length ?? 0;
    const inner = m[2] ?? '';
    if (m[1] === undefined) {
      // A lone `{{` or `}}` with nothing that closes or opens it on the line.
      const lone = m[0];
      const rest = lone === '{{' ? slice.slice(m.index + 2).split(/\r?\n|\r/, 1)[0]! : '';
      const word = lone === '{{' ? /^\s*([A-Za-z_][A-Za-z0-9_.]*)/.exec(rest) : null;
      const rangeEnd = word ? to + word[0].length : to;
      malformed.push({
        kind: lone === '{{' ? 'unclosed' : 'unopened',
        range: [from, rangeEnd],
        raw: text.slice(from, rangeEnd),
        ...(word ? { suggestion: `{{${word[1]}}}` } : {}),
        where,
      });
      continue;
    }
    if (open === 2 && close === 2) {
      const name = inner.trim();
      const lead = inner.length - inner.trimStart().length;
      if (name === '') {
        malformed.push({ kind: 'empty', range: [from, to], raw: m[0], where });
      } else if (!NAME.test(name)) {
        const joined = name.replace(/\s+/g, '_');
        malformed.push({
          kind: 'invalidName',
          range: [from, to],
          raw: m[0],
          ...(NAME.test(joined) ? { suggestion: `{{${joined}}}` } : {}),
          where,
        });
      } else {
        const nameStart = from + 2 + lead;
        placeholders.push({
          name,
          path: name.split('.'),
          range: [from, to],
          nameRange: [nameStart, nameStart + name.length],
          where,
        });
      }
      continue;
    }
    // Mismatched braces: `{{amount}`, `{amount}}`, `{amount}`, `{{{amount}}}`.
    if (!IDENT_LIKE.test(inner)) continue; // ordinary braces in prose, e.g. "{see note}" with spaces
    const name = inner.trim();
    const kind: MalformedKind = open === 1 && close === 1 ? 'singleBraces' : open > close ? 'unclosed' : 'unopened';
    malformed.push({
      kind: open === 3 && close === 3 ? 'invalidName' : kind,
      range: [from, to],
      raw: m[0],
      ...(NAME.test(name) ? { suggestion: `{{${name}}}` } : {}),
      where,
    });
  }
  return { placeholders, malformed };
}
