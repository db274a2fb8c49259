/**
 * A fast path for the front matter most templates have: "key: value" lines, nested mappings,
 * one-line flow mappings and lists (`{ type: money, sample: "£310" }`, `[mon, tue]`), plain and
 * quoted scalars, and comment lines before a top-level key (the header comment of a template).
 * It builds the very nodes the `yaml` library builds (same classes, values, ranges, scalar types
 * and tags), in a single pass and without the library's token streams, which cost a fifth of a
 * batch run. Anything else — other comments, blank lines, block lists, multi-line scalars,
 * escapes, anchors, tags, duplicate keys, anything that could be an error — returns `undefined`,
 * and the caller parses with the library, so messages and edge cases never depend on this file.
 * test/core/simple-yaml.test.ts checks the result against the library's on every template of the
 * corpora and on generated front matter.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar, type DocumentOptions, type ParseOptions } from 'yaml';

type Options = ParseOptions & DocumentOptions;
type ScalarTag = {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
};

/** Thrown to give up; caught in `parseSimpleYaml`. */
const GIVE_UP = Symbol('give up');
const giveUp = (): never => {
  throw GIVE_UP;
};

/**
 * Characters that make the fast path give up wherever they are: tabs, carriage returns, control
 * and special line-break characters, a byte order mark, escapes.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const UNSUPPORTED = /[\0-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff\\]/;
/** A key: a plain word (no quotes, no spaces, nothing YAML could read as more than a string). */
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Characters that may not start a plain scalar here (indicators, quotes, space). */
const NOT_PLAIN_START = /[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Keys longer than this get the library (YAML limits implicit keys to 1,024 characters). */
const MAX_KEY = 1000;

/**
 * The document `parseDocument(source, options)` returns, built directly, or `undefined` when the
 * source uses anything beyond the simple subset. `options` must leave `stringKeys`, `version`,
 * `schema` and custom tags at their defaults.
 */
export function parseSimpleYaml(source: string, options: Options): Document.Parsed | undefined {
  if (source.length === 0 || UNSUPPORTED.test(source)) return undefined;
  const doc = new Document(undefined, options);
  const schema = doc.schema;
  const tags = schema.tags as unknown as ScalarTag[];
  if (schema.compat || options.stringKeys) return undefined;
  const n = source.length;
  let pos = 0;

  const spacesAt = (at: number): number => {
    let i = at;
    while (source.charCodeAt(i) === 32) i++;
    return i - at;
  };

  /** A plain scalar's node, resolved with the schema's tags exactly as the library does. */
  const plain = (value: string, start: number, end: number, nodeEnd: number, atKey: boolean): Scalar => {
    const tag = tags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(value));
    let scalar: Scalar;
    if (tag) {
      if (atKey) giveUp();
      const res = tag.resolve(value, giveUp, doc.options);
      scalar = isScalar(res) ? res : new Scalar(res);
    } else {
      scalar = new Scalar(value);
    }
    scalar.range = [start, end, nodeEnd];
    scalar.source = value;
    scalar.type = Scalar.PLAIN;
    if (tag?.format) scalar.format = tag.format;
    return scalar;
  };

  const key = (keys: Set<string>): Scalar => {
    KEY.lastIndex = pos;
    if (!KEY.test(source)) giveUp();
    const start = pos;
    pos = KEY.lastIndex;
    const name = source.slice(start, pos);
    if (name.length > MAX_KEY || keys.has(name) || source[pos] !== ':') giveUp();
    keys.add(name);
    return plain(name, start, pos, pos, true);
  };

  /** A quoted scalar without escapes at `pos` (the value's end is after the closing quote). */
  const quoted = (): Scalar => {
    const q = source[pos]!;
    const close = source.indexOf(q, pos + 1);
    if (close === -1) giveUp();
    const value = source.slice(pos + 1, close);
    if (value.includes('\n') || (q === "'" && source[close + 1] === "'")) giveUp();
    const scalar = new Scalar(value);
    scalar.range = [pos, close + 1, close + 1];
    scalar.source = value;
    scalar.type = q === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    pos = close + 1;
    return scalar;
  };

  /** Moves past spaces; sets the node's end there (flow context: up to `,` `]` `}`). */
  const endAfterSpaces = (node: { range?: [number, number, number] | null }): void => {
    pos += spacesAt(pos);
    node.range![2] = pos;
  };

  /**
   * A flow collection or quoted scalar at `pos`, with its end set by `finish` (the spaces after it
   * in a flow, the rest of the line in a block); `undefined` when a plain scalar starts here.
   */
  const collectionOrQuoted = (finish: (node: Scalar | YAMLMap | YAMLSeq) => void) => {
    const c = source[pos];
    let node: Scalar | YAMLMap | YAMLSeq;
    if (c === '{' || c === '[') node = flowCollection();
    else if (c === '"' || c === "'") node = quoted();
    else {
      if (c === undefined || NOT_PLAIN_START.test(c)) giveUp();
      return undefined;
    }
    finish(node);
    return node;
  };

  /** A plain scalar from `start` to `stop`, less its trailing spaces; its node ends at `pos`. */
  const plainUpTo = (start: number, stop: number): Scalar => {
    let end = stop;
    while (source.charCodeAt(end - 1) === 32) end--;
    const value = source.slice(start, end);
    // A "#" may start a comment, and ": " a mapping: the library decides.
    if (value.includes('#') || value.includes(': ') || value.endsWith(':')) giveUp();
    return plain(value, start, end, pos, false);
  };

  /** A value inside `[…]` or `{…}`: a quoted or plain scalar or a nested collection. */
  const flowValue = (): Scalar | YAMLMap | YAMLSeq => {
    const node = collectionOrQuoted(endAfterSpaces);
    if (node) return node;
    const start = pos;
    while (pos < n && !',[]{}:\n'.includes(source[pos]!)) pos++;
    if (source[pos] === ':' || source[pos] === '\n' || pos >= n) giveUp();
    return plainUpTo(start, pos);
  };

  /** `[…]` or `{…}` on one line, at `pos`; its end includes the spaces after it. */
  const flowCollection = (): YAMLMap | YAMLSeq => {
    const open = pos;
    const isMap = source[pos] === '{';
    const closer = isMap ? '}' : ']';
    const coll = isMap ? new YAMLMap(schema) : new YAMLSeq(schema);
    coll.flow = true;
    const keys = new Set<string>();
    pos++;
    pos += spacesAt(pos);
    if (source[pos] === closer) giveUp();
    for (;;) {
      if (isMap) {
        const k = key(keys);
        pos++; // ':'
        if (source[pos] !== ' ') giveUp();
        pos += spacesAt(pos);
        (coll as YAMLMap).items.push(new Pair(k, flowValue()));
      } else {
        (coll as YAMLSeq).items.push(flowValue());
      }
      const c = source[pos];
      if (c === ',') {
        pos++;
        pos += spacesAt(pos);
        if (source[pos] === closer) giveUp();
        continue;
      }
      if (c !== closer) giveUp();
      pos++;
      break;
    }
    coll.range = [open, pos, pos];
    endAfterSpaces(coll);
    return coll;
  };

  /** Past the end of a block value's line: its spaces and line break belong to the value's node. */
  const endOfLine = (node: { range?: [number, number, number] | null }): void => {
    pos += spacesAt(pos);
    if (pos < n) {
      if (source[pos] !== '\n') giveUp();
      pos++;
    }
    node.range![2] = pos;
  };

  /** The value after `key: ` in a block mapping. */
  const blockValue = (): Scalar | YAMLMap | YAMLSeq => {
    const node = collectionOrQuoted(endOfLine);
    if (node) return node;
    const start = pos;
    let lineEnd = source.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = n;
    pos = lineEnd < n ? lineEnd + 1 : n;
    return plainUpTo(start, lineEnd);
  };

  /**
   * Comment lines at the start of a line, at `pos`: their texts (after "#") joined by line breaks,
   * as the library gives them to the key that follows.
   */
  const commentLines = (): string => {
    const texts: string[] = [];
    while (source[pos] === '#') {
      const lineEnd = source.indexOf('\n', pos);
      // A comment at the very end belongs to the document, not to a key.
      if (lineEnd === -1) giveUp();
      const text = source.slice(pos + 1, lineEnd);
      if (text.endsWith(' ')) giveUp();
      texts.push(text || ' ');
      pos = lineEnd + 1;
    }
    return texts.join('\n');
  };

  /** A block mapping whose keys are indented by `indent` spaces; `pos` is at the start of its first line. */
  const blockMap = (indent: number): YAMLMap => {
    const map = new YAMLMap(schema);
    const keys = new Set<string>();
    let start = -1;
    /** The previous value was a nested mapping (a comment after it may belong to it). */
    let afterBlock = false;
    while (pos < n) {
      const spaces = spacesAt(pos);
      let comment: string | undefined;
      if (source[pos + spaces] === '#') {
        // Comment lines before a key of the top-level mapping become the key's `commentBefore`.
        if (indent !== 0 || spaces !== 0 || afterBlock) giveUp();
        comment = commentLines();
        if (source[pos] === ' ' || pos >= n) giveUp();
      } else {
        if (spaces < indent) break;
        if (spaces > indent) giveUp();
        pos += spaces;
      }
      if (start === -1) start = pos;
      const k = key(keys);
      if (comment !== undefined) k.commentBefore = comment;
      pos++; // ':'
      let value: Scalar | YAMLMap | YAMLSeq;
      if (source[pos] === '\n') {
        // A nested mapping on the following lines, indented further.
        pos++;
        const inner = spacesAt(pos);
        if (inner <= indent || pos + inner >= n || source[pos + inner] === '#') giveUp();
        value = blockMap(inner);
        afterBlock = true;
      } else {
        if (source[pos] !== ' ') giveUp();
        pos += spacesAt(pos);
        value = blockValue();
        afterBlock = false;
      }
      map.items.push(new Pair(k, value));
    }
    if (map.items.length === 0) giveUp();
    map.range = [start, pos, pos];
    return map;
  };

  try {
    const contents = blockMap(0);
    if (pos !== n) return undefined;
    doc.contents = contents;
    doc.range = [contents.range![0], n, n];
    return doc as Document.Parsed;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/**
 * `doc.toJS()` for a document `parseSimpleYaml` built: its mappings have plain string keys and its
 * scalars resolved values, so the conversion is a plain walk (the library's handles aliases, merge
 * keys, custom tags and key stringification, which cannot occur here). `__proto__` is an own key,
 * as with the library.
 */
export function simpleYamlData(doc: Document.Parsed): Record<string, unknown> {
  return plainValue(doc.contents) as Record<string, unknown>;
}

function plainValue(node: unknown): unknown {
  if (node instanceof YAMLMap) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items as Pair<Scalar<string>, unknown>[]) {
      const key = pair.key.value;
      const value = plainValue(pair.value);
      if (key === '__proto__')
        Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }
  if (node instanceof YAMLSeq) return node.items.map(plainValue);
  return (node as Scalar).value;
}
