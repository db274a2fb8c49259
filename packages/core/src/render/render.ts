/**
 * Rendering: the message as the recipient receives it, with each placeholder replaced by its
 * `sample` (or a value from `values`, e.g. `dunlint render --data`). Directive comments are removed.
 * Every rendered character remembers where it came from in the template, so channel rules can point
 * at the template text that causes a problem.
 */
import type { TemplateDocument } from '../document/parse.js';
import { declaredVariables } from '../document/variables.js';
import { dataAt } from '../content/skeleton.js';
import type { TemplateData } from '../rules/api.js';
import type { OffsetRange } from '../types.js';

export interface RenderedPart {
  /** `body`, `email.subject`, `email.preheader`, `whatsapp.header`, `whatsapp.footer`. */
  where: string;
  text: string;
  /** For each character of `text`: its template offset, or -1 when it comes from a substituted value. */
  origin: number[];
  /** The placeholders substituted, with their ranges in `text` and in the template. */
  substitutions: { name: string; value: string; rendered: OffsetRange; source: OffsetRange }[];
  /** Placeholders without a value (no sample, no data): left as written. */
  unresolved: { name: string; source: OffsetRange }[];
}

export interface RenderOptions {
  /** Values by placeholder name (`amount`, `creditor.name`, `1`) that take precedence over samples. */
  values?: Record<string, unknown>;
}

/**
 * The value a placeholder renders as: `values` first, then the declared variable's `sample`, then
 * the front-matter value at its path (`creditor.name`). With `lowerCase`, names are compared in lower
 * case (the content view's tokens are lower-cased). Variables are read once per resolver.
 */
export function placeholderValues(
  doc: TemplateDocument,
  data: TemplateData | undefined,
  options: RenderOptions & { lowerCase?: boolean } = {},
): (name: string) => string | undefined {
  const key = (name: string) => (options.lowerCase ? name.toLowerCase() : name);
  const samples = new Map<string, string | undefined>();
  for (const v of declaredVariables(doc)) if (!samples.has(key(v.name))) samples.set(key(v.name), v.sample);
  return (name) => {
    const own = options.values?.[name];
    if (own !== undefined && own !== null) return String(own);
    const k = key(name);
    if (samples.has(k)) return samples.get(k);
    const v = dataAt(data, name);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
}

/** Renders `doc.text[from, to)` of one part; comments in `skip` are dropped. */
function renderRange(
  doc: TemplateDocument,
  data: TemplateData | undefined,
  where: string,
  from: number,
  to: number,
  skip: readonly OffsetRange[],
  options: RenderOptions,
): RenderedPart {
  const placeholders = doc.placeholders.filter((p) => p.where === where && p.range[0] >= from && p.range[1] <= to);
  const valueOf = placeholderValues(doc, data, options);
  const marks = [
    ...placeholders.map((p) => ({ range: p.range, name: p.name as string | undefined })),
    ...skip.filter((r) => r[0] >= from && r[1] <= to).map((r) => ({ range: r, name: undefined })),
  ].sort((a, b) => a.range[0] - b.range[0]);
  // The text is collected as slices of the template and values, joined once. Where each slice
  // came from is kept as spans; `origin` (one number per UTF-16 unit) is built from them only when
  // read, which channel rules never need on a whole body.
  const pieces: string[] = [];
  const spans: Spans = { at: [], source: [] };
  let length = 0;
  /** The last character written so far. */
  let last = '';
  const substitutions: RenderedPart['substitutions'] = [];
  const unresolved: RenderedPart['unresolved'] = [];
  const copy = (s: number, e: number): void => {
    if (e <= s) return;
    pieces.push(doc.text.slice(s, e));
    spans.at.push(length);
    spans.source.push(s);
    length += e - s;
    last = doc.text[e - 1]!;
  };
  let i = from;
  for (const mark of marks) {
    if (mark.range[0] < i) continue;
    copy(i, mark.range[0]);
    if (mark.name !== undefined) {
      const value = valueOf(mark.name);
      if (value === undefined) {
        unresolved.push({ name: mark.name, source: mark.range });
        copy(mark.range[0], mark.range[1]);
      } else {
        substitutions.push({
          name: mark.name,
          value,
          rendered: [length, length + value.length],
          source: mark.range,
        });
        if (value !== '') {
          pieces.push(value);
          spans.at.push(length);
          spans.source.push(-1);
          length += value.length;
          last = value[value.length - 1]!;
        }
      }
    } else {
      // A comment on a line of its own disappears with its line break.
      if (doc.text[mark.range[1]] === '\n' && (length === 0 || last === '\n')) mark.range[1] += 1;
    }
    i = mark.range[1];
  }
  copy(i, to);
  const text = pieces.join('');
  // Trim surrounding white space (the blank line after the front matter, the final newline).
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  const end = text.length - trail;
  spans.lead = lead;
  spans.length = Math.max(0, end - lead);
  const part: RenderedPart = {
    where,
    text: text.slice(lead, end),
    origin: spans.length <= LAZY_ORIGIN ? originArray(spans) : [],
    substitutions: substitutions
      .filter((s) => s.rendered[0] >= lead && s.rendered[1] <= end)
      .map((s) => (lead === 0 ? s : { ...s, rendered: [s.rendered[0] - lead, s.rendered[1] - lead] as OffsetRange })),
    unresolved,
  };
  if (spans.length <= LAZY_ORIGIN) return part;
  // A long text: `origin` stays an ordinary enumerable property for callers (and JSON), filled on
  // first read; sourceOffset reads the spans.
  let origin: number[] | undefined;
  Object.defineProperty(part, 'origin', {
    enumerable: true,
    configurable: true,
    get: () => (origin ??= originArray(spans)),
    set: (value: number[]) => {
      origin = value;
      renderedSpans.delete(part);
    },
  });
  renderedSpans.set(part, spans);
  return part;
}

/**
 * Where the rendered text comes from, slice by slice: the slice starting at `at[k]` (in the
 * untrimmed text) starts at template offset `source[k]`, or comes from a substituted value (-1).
 * `lead` units were trimmed from the start, and `length` units are left.
 */
interface Spans {
  at: number[];
  source: number[];
  lead?: number;
  length?: number;
}

/** Up to this many UTF-16 units, `origin` is built at once (cheaper than deferring it). */
const LAZY_ORIGIN = 4096;

/** The spans of the long parts made by `renderRange` (not of copies a caller makes). */
const renderedSpans = new WeakMap<RenderedPart, Spans>();

/** The template offset of rendered unit `index` (-1 for a substituted value), `undefined` outside the text. */
function spanOrigin(spans: Spans, index: number): number | undefined {
  if (!(index >= 0 && index < spans.length!) || !Number.isInteger(index)) return undefined;
  const u = index + spans.lead!;
  let lo = 0;
  let hi = spans.at.length - 1;
  // The last span that starts at or before `u`.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans.at[mid]! <= u) lo = mid;
    else hi = mid - 1;
  }
  const source = spans.source[lo]!;
  return source < 0 ? -1 : source + (u - spans.at[lo]!);
}

/** `origin` of a rendered part: one template offset (or -1) per UTF-16 unit of its text. */
function originArray(spans: Spans): number[] {
  const out: number[] = [];
  const from = spans.lead!;
  const to = from + spans.length!;
  for (let k = 0; k < spans.at.length; k++) {
    const s = Math.max(from, spans.at[k]!);
    const e = Math.min(to, k + 1 < spans.at.length ? spans.at[k + 1]! : to);
    const source = spans.source[k]!;
    for (let u = s; u < e; u++) out.push(source < 0 ? -1 : source + (u - spans.at[k]!));
  }
  return out;
}

/** The rendered body of a template. */
export function renderBody(
  doc: TemplateDocument,
  data: TemplateData | undefined,
  options: RenderOptions = {},
): RenderedPart {
  const [from, to] = doc.bodyRange;
  return renderRange(
    doc,
    data,
    'body',
    from,
    to,
    doc.comments.map((c) => [...c.range] as OffsetRange),
    options,
  );
}

/** The rendered front-matter text at `path` (`email.subject`, `whatsapp.header`…), when it is a string. */
export function renderFrontMatterText(
  doc: TemplateDocument,
  data: TemplateData | undefined,
  path: string,
  options: RenderOptions = {},
): RenderedPart | undefined {
  const value = dataAt(data, path);
  if (typeof value !== 'string') return undefined;
  const fm = doc.frontMatter;
  const node = fm?.yaml.getIn(path.split('.'), true) as { range?: [number, number, number] } | undefined;
  if (!fm || !node?.range) return undefined;
  const from = fm.contentRange[0] + node.range[0];
  const to = fm.contentRange[0] + node.range[1];
  // A plain or quoted scalar: render its source, then drop the quotes.
  const part = renderRange(doc, data, path, from, to, [], options);
  const quoted = /^(["']).*\1$/s.test(part.text);
  if (!quoted) return part;
  return {
    ...part,
    text: part.text.slice(1, -1),
    origin: part.origin.slice(1, -1),
    substitutions: part.substitutions.map((s) => ({
      ...s,
      rendered: [s.rendered[0] - 1, s.rendered[1] - 1] as OffsetRange,
    })),
  };
}

/** The template offset behind rendered character `index` (a substituted value maps to its placeholder). */
export function sourceOffset(part: RenderedPart, index: number): OffsetRange | undefined {
  const spans = renderedSpans.get(part);
  const o = spans ? spanOrigin(spans, index) : part.origin[index];
  if (o !== undefined && o >= 0) return [o, o + 1];
  const sub = part.substitutions.find((s) => index >= s.rendered[0] && index < s.rendered[1]);
  return sub?.source;
}
