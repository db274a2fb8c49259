/**
 * Where the Markdown body holds markup that is not prose: code, inline code, HTML, link reference
 * definitions and images. `no-shouting` and `locale-mismatch` skip these ranges.
 *
 * A full Markdown parse (micromark, via remark-parse) costs more than all the wording rules of a
 * typical template together, and most templates hold none of this markup, so the body is parsed
 * only where it can occur, and in pieces that are cached:
 *
 * - The body is cut into **blocks** at blank lines followed by a line that starts, at column 0, a
 *   new paragraph (a letter, a digit or a placeholder). Nothing of the Markdown before such a line
 *   can continue after it (a paragraph, list, quote or indented code ends there), so each block
 *   parses on its own exactly as it does inside the whole body. What can span such a line: a raw
 *   HTML block (`<!-- … -->`, `<pre>`, `<script>`, `<style>`, `<textarea>`, `<? … ?>`, `<!X … >`,
 *   CDATA), which stops a cut there; a code fence and link reference definitions (which act on
 *   the whole document): a body with a fence marker or `]:` anywhere is not cut at all.
 * - A block without any of `` ` `` `<` `[` `~` and without a line indented by a tab or four
 *   spaces cannot hold any of this markup and is not parsed.
 * - The ranges of a parsed block are cached by its text, so an edit to one paragraph of a long
 *   document in the editor re-parses that paragraph only.
 *
 * The result equals the walk of the whole body's syntax tree (tested on every corpus).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Node as MdNode, Parent } from 'mdast';
import type { OffsetRange } from '../types.js';
import type { TemplateDocument } from './parse.js';

export type MarkupType = 'code' | 'inlineCode' | 'html' | 'definition' | 'image' | 'imageReference';

export interface Markup {
  type: MarkupType;
  /** Offsets in the document's text. */
  range: OffsetRange;
}

const MARKUP_TYPES: ReadonlySet<string> = new Set<MarkupType>([
  'code',
  'inlineCode',
  'html',
  'definition',
  'image',
  'imageReference',
]);

const markdown = unified().use(remarkParse);

/** The markup nodes of a syntax tree, outermost only, with offsets shifted by `base`. */
export function markupOfTree(tree: MdNode, base = 0): Markup[] {
  const out: Markup[] = [];
  const walk = (node: MdNode): void => {
    if (MARKUP_TYPES.has(node.type)) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) out.push({ type: node.type as MarkupType, range: [base + s, base + e] });
      return;
    }
    for (const child of (node as Partial<Parent>).children ?? []) walk(child);
  };
  walk(tree);
  return out;
}

/** A block that may hold markup: one of the characters that open it, or an indented line. */
const MAY_HOLD_MARKUP = /[`<[~]|(?:^|\n)(?:\t| {4})/;
/** A blank line, then a line that starts a paragraph at column 0. */
const CUT = /\n[ \t]*\r?\n(?=[\p{L}\p{N}{])/gu;
/**
 * Raw HTML that runs past blank lines, to its end marker (or to the end of the text), by kind.
 * Any occurrence counts, even inline: a span too many only means fewer cuts. Kinds are searched
 * apart because their spans may overlap ("<pre> <? </pre>" leaves the "<?" open).
 */
const RAW_HTML = [
  /<!--[\s\S]*?(?:-->|$)/g,
  /<\?[\s\S]*?(?:\?>|$)/g,
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g,
  /<![A-Za-z][\s\S]*?(?:>|$)/g,
  /<(?:pre|script|style|textarea)\b[\s\S]*?(?:<\/(?:pre|script|style|textarea)>|$)/gi,
];

/** The raw HTML spans of a body, merged where they overlap, in text order. */
function rawHtmlSpans(body: string): OffsetRange[] {
  if (!body.includes('<')) return [];
  const spans = RAW_HTML.flatMap((re) =>
    [...body.matchAll(re)].map((m): OffsetRange => [m.index, m.index + m[0].length]),
  );
  spans.sort((a, b) => a[0] - b[0]);
  const merged: OffsetRange[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** Start offsets (in `body`) of the blocks that parse on their own; the first is 0. */
function blockStarts(body: string): number[] {
  const starts = [0];
  // Definitions act on the whole document; a fence may open or not depending on the blocks
  // around it (a fence-like line inside an HTML block is text): such bodies are parsed whole.
  if (body.includes(']:') || body.includes('```') || body.includes('~~~')) return starts;
  // Both lists are in text order and the spans do not overlap: one pass over each.
  const spans = rawHtmlSpans(body);
  let i = 0;
  for (const m of body.matchAll(CUT)) {
    const at = m.index + m[0].length;
    while (i < spans.length && spans[i]![1] <= at) i++;
    if (i === spans.length || spans[i]![0] >= at) starts.push(at);
  }
  return starts;
}

const BLOCK_CACHE_LIMIT = 2048;
/** Markup of parsed blocks by their text (offsets relative to the block), least recently used first. */
const blockCache = new Map<string, Markup[]>();

function markupOfBlock(block: string): Markup[] {
  if (!MAY_HOLD_MARKUP.test(block)) return [];
  let found = blockCache.get(block);
  if (found) {
    blockCache.delete(block);
  } else {
    found = markupOfTree(markdown.parse(block));
    if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.delete(blockCache.keys().next().value!);
  }
  blockCache.set(block, found);
  return found;
}

const byDocument = new WeakMap<TemplateDocument, readonly Markup[]>();

/** The non-prose markup of a template's body, in document order (computed once per document). */
export function bodyMarkup(doc: TemplateDocument): readonly Markup[] {
  let found = byDocument.get(doc);
  if (found) return found;
  const [from, to] = doc.bodyRange;
  const body = doc.text.slice(from, to);
  const starts = blockStarts(body);
  found = starts.flatMap((start, i) => {
    const end = starts[i + 1] ?? body.length;
    return markupOfBlock(body.slice(start, end)).map(({ type, range }) => ({
      type,
      range: [from + start + range[0], from + start + range[1]] as OffsetRange,
    }));
  });
  byDocument.set(doc, found);
  return found;
}

/** Ranges that are not prose to read: placeholders, HTML comments and the body's markup (not sorted). */
export function notProseRanges(doc: TemplateDocument): OffsetRange[] {
  return [
    ...doc.placeholders.map((p) => p.range),
    ...doc.comments.map((c) => c.range),
    ...bodyMarkup(doc).map((m) => m.range),
  ];
}
