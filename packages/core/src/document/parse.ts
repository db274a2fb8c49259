import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { parseDocument, isMap, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import type { Root } from 'mdast';
import type { OffsetRange } from '../types.js';
import { LineIndex, detectEol, stripBom } from './line-index.js';
import { parseSimpleYaml, simpleYamlData } from './simple-yaml.js';
import { scanPlaceholders, type MalformedPlaceholder, type Placeholder } from './placeholders.js';

export interface YamlProblem {
  message: string;
  range: OffsetRange;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  range: OffsetRange;
  /** The YAML source between the fences. */
  contentRange: OffsetRange;
  /** The parsed YAML document; node ranges are relative to `contentRange[0]` (use `nodeRange`). */
  yaml: Document.Parsed;
  /** Plain data, or `undefined` when the YAML has errors or is not a mapping. */
  data: Record<string, unknown> | undefined;
  errors: YamlProblem[];
  /** The closing fence is missing: the block runs to the end of the file. */
  unterminated: boolean;
}

export interface HtmlComment {
  range: OffsetRange;
  /** The text between `<!--` and `-->`, trimmed. */
  value: string;
}

export interface TemplateDocument {
  /** The text with any leading BOM removed; every offset refers to it. */
  readonly text: string;
  readonly bom: boolean;
  readonly eol: '\r\n' | '\n';
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  /** The Markdown body (everything after the front matter). */
  readonly bodyRange: OffsetRange;
  /**
   * The mdast tree of the whole file; positions are absolute offsets into `text`. Built on first
   * read: no built-in rule needs it (they read `bodyMarkup`, document/markup.ts).
   */
  readonly mdast: Root;
  readonly placeholders: Placeholder[];
  readonly malformedPlaceholders: MalformedPlaceholder[];
  readonly comments: HtmlComment[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** How front matter is parsed (simple-yaml.ts builds the same documents for the usual subset). */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false } as const;
const OPEN_FENCE = /^---[ \t]*(?:\r\n|\n|\r)/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*$/m;
const COMMENT = /<!--([\s\S]*?)-->/g;

/** Front-matter strings that are sent to the recipient and may hold placeholders. */
export const RENDERED_FRONT_MATTER_PATHS: readonly (readonly string[])[] = [
  ['email', 'subject'],
  ['email', 'preheader'],
  ['whatsapp', 'header'],
  ['whatsapp', 'footer'],
];

/** Parse a template once; every rule reads this. Never throws. */
export function parseTemplate(source: string): TemplateDocument {
  const { text, bom } = stripBom(source);
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.range[1] : 0;
  const comments = findComments(text, bodyStart);
  const skip = comments.map((c) => c.range);
  const body = scanPlaceholders(text, bodyStart, text.length, 'body', skip);
  const placeholders = [...body.placeholders];
  const malformed = [...body.malformed];
  if (frontMatter?.data) {
    for (const path of RENDERED_FRONT_MATTER_PATHS) {
      const node = frontMatter.yaml.getIn(path, true) as YamlNode | undefined;
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
      const base = frontMatter.contentRange[0];
      const found = scanPlaceholders(text, base + node.range[0], base + node.range[1], path.join('.'));
      placeholders.push(...found.placeholders);
      malformed.push(...found.malformed);
    }
  }
  let mdast: Root | undefined;
  return {
    text,
    bom,
    eol: detectEol(text),
    lines,
    frontMatter,
    bodyRange: [bodyStart, text.length],
    get mdast() {
      return (mdast ??= processor.parse(text));
    },
    placeholders,
    malformedPlaceholders: malformed,
    comments,
  };
}

function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN_FENCE.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  CLOSE_FENCE.lastIndex = 0;
  const rest = text.slice(contentStart);
  const close = CLOSE_FENCE.exec(rest);
  const unterminated = !close;
  const contentEnd = close ? contentStart + close.index : text.length;
  let blockEnd = text.length;
  if (close) {
    blockEnd = contentStart + close.index + close[0].length;
    // Include the closing fence's line break in the block.
    if (text.startsWith('\r\n', blockEnd)) blockEnd += 2;
    else if (text[blockEnd] === '\n' || text[blockEnd] === '\r') blockEnd += 1;
  }
  const source = text.slice(contentStart, contentEnd);
  // Hostile nesting ("[[[[…") is refused before the YAML parser, which needs seconds per 100 KB of it.
  const tooDeep = flowNestingBeyond(source, MAX_FLOW_NESTING);
  const simple = tooDeep === undefined ? parseSimpleYaml(source, YAML_OPTIONS) : undefined;
  const yaml = simple ?? parseDocument(tooDeep === undefined ? source : '', YAML_OPTIONS);
  const errors: YamlProblem[] = yaml.errors.map((e) => ({
    message: plainYamlError(e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')),
    range: wholeCharacters(text, [contentStart + e.pos[0], contentStart + Math.max(e.pos[1], e.pos[0] + 1)]),
  }));
  if (tooDeep !== undefined) {
    errors.push({
      message: `it nests lists or mappings in brackets more than ${MAX_FLOW_NESTING} levels deep`,
      range: [contentStart + tooDeep, contentStart + tooDeep + 1],
    });
  }
  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    if (yaml.contents === null) {
      data = {};
    } else if (isMap(yaml.contents)) {
      try {
        data = simple ? simpleYamlData(simple) : (yaml.toJS({ maxAliasCount: 100 }) as Record<string, unknown>);
      } catch (error) {
        errors.push({ message: plainYamlError((error as Error).message), range: [contentStart, contentEnd] });
      }
    } else {
      const r = yaml.contents.range ?? [0, source.length];
      errors.push({
        message: isSeq(yaml.contents)
          ? 'The front matter must be a set of "key: value" lines, not a list'
          : 'The front matter must be a set of "key: value" lines',
        range: wholeCharacters(text, [contentStart + r[0], contentStart + Math.max(r[1], r[0] + 1)]),
      });
    }
  }
  return {
    range: [0, blockEnd],
    contentRange: [contentStart, contentEnd],
    yaml,
    data,
    errors,
    unterminated,
  };
}

/**
 * A range widened so that it does not split a surrogate pair (the YAML parser may point one code
 * unit into a character such as "𐀀"), so editors and formatters never get half a character.
 */
function wholeCharacters(text: string, [start, end]: [number, number]): [number, number] {
  const low = (i: number) =>
    i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]!) && /[\ud800-\udbff]/.test(text[i - 1]!);
  return [low(start) ? start - 1 : start, low(end) ? end + 1 : end];
}

/** How deep `[` and `{` may nest in front matter (real front matter needs three or four levels). */
export const MAX_FLOW_NESTING = 64;

/**
 * The offset of the first `[` or `{` that opens more than `limit` levels, or `undefined`. Quoted
 * strings and comments are skipped; brackets inside plain words count, which can only over-count.
 */
function flowNestingBeyond(source: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(source[i - 1]!))) {
      // A quoted scalar: skip to its closing quote ("\"" escapes in double quotes, '' in single).
      for (i++; i < source.length; i++) {
        if (c === '"' && source[i] === '\\') i++;
        else if (source[i] === c) {
          if (c === "'" && source[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      while (i < source.length && source[i] !== '\n') i++;
    }
  }
  return undefined;
}

/** The YAML library's messages for resource limits, as a person would say them. */
function plainYamlError(message: string): string {
  if (/excessive alias count/i.test(message))
    return 'it repeats anchored values (*aliases) too many times; write the values out instead';
  if (/maximum call stack/i.test(message)) return 'it nests lists or mappings too deeply';
  return message;
}

function findComments(text: string, from: number): HtmlComment[] {
  const out: HtmlComment[] = [];
  COMMENT.lastIndex = from;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    out.push({ range: [m.index, m.index + m[0].length], value: m[1]!.trim() });
  }
  return out;
}

/** The absolute range of a YAML node of the front matter (value range, without trailing comments). */
export function nodeRange(fm: FrontMatter, node: YamlNode | null | undefined): OffsetRange | undefined {
  if (!node?.range) return undefined;
  const base = fm.contentRange[0];
  return [base + node.range[0], base + Math.max(node.range[1], node.range[0])];
}
