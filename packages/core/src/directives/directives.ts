import type { TemplateDocument } from '../document/parse.js';
import type { OffsetRange } from '../types.js';

export type DirectiveKind =
  'dunlint-disable-next-line' | 'dunlint-disable-line' | 'dunlint-disable' | 'dunlint-enable' | 'dunlint-disable-file';

const KINDS: readonly string[] = [
  'dunlint-disable-next-line',
  'dunlint-disable-line',
  'dunlint-disable',
  'dunlint-enable',
  'dunlint-disable-file',
];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty = every rule. */
  rules: { id: string; range: OffsetRange }[];
  reason: string;
  /** The whole comment (HTML `<!-- … -->` or YAML `# …`). */
  range: OffsetRange;
  /** 1-based lines of the comment. */
  startLine: number;
  endLine: number;
}

export interface MalformedDirective {
  kind: string;
  range: OffsetRange;
}

/** `dunlint-<kind> [rule, rule…] [-- reason]` inside a comment whose value starts at `valueOffset`. */
const DIRECTIVE = /^(dunlint-[a-z-]+)(?:[ \t]+([^]*?))?\s*$/;

function parseOne(
  value: string,
  valueOffset: number,
  range: OffsetRange,
  doc: TemplateDocument,
): Directive | MalformedDirective | undefined {
  const m = DIRECTIVE.exec(value);
  if (!m) return undefined;
  const kind = m[1]!;
  if (!KINDS.includes(kind)) return { kind, range };
  const argsStart = valueOffset + (m[2] !== undefined ? value.indexOf(m[2], kind.length) : value.length);
  const args = m[2] ?? '';
  const sep = args.search(/(^|\s)--(\s|$)/);
  const list = sep === -1 ? args : args.slice(0, sep);
  const reason =
    sep === -1
      ? ''
      : args
          .slice(sep)
          .replace(/^\s*--/, '')
          .trim();
  const rules: Directive['rules'] = [];
  for (const r of list.matchAll(/[^\s,]+/g)) {
    const start = argsStart + r.index;
    rules.push({ id: r[0], range: [start, start + r[0].length] });
  }
  return {
    kind: kind as DirectiveKind,
    rules,
    reason,
    range,
    startLine: doc.lines.position(range[0]).line,
    endLine: doc.lines.position(range[1]).line,
  };
}

/** Every directive in HTML comments of the body and `#` comments of the front matter. */
export function findDirectives(doc: TemplateDocument): { directives: Directive[]; malformed: MalformedDirective[] } {
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  const push = (d: Directive | MalformedDirective | undefined) => {
    if (!d) return;
    if ('rules' in d) directives.push(d);
    else malformed.push(d);
  };
  for (const c of doc.comments) {
    const inner = doc.text.slice(c.range[0] + 4, c.range[1] - 3);
    const lead = inner.length - inner.trimStart().length;
    push(parseOne(inner.trim(), c.range[0] + 4 + lead, c.range, doc));
  }
  const fm = doc.frontMatter;
  if (fm) {
    const yamlComment = /(^|[ \t])#[ \t]*(dunlint-[^\r\n]*)/gm;
    const source = doc.text.slice(fm.contentRange[0], fm.contentRange[1]);
    for (const m of source.matchAll(yamlComment)) {
      const start = fm.contentRange[0] + m.index + m[1]!.length;
      const valueStart = fm.contentRange[0] + m.index + m[0].length - m[2]!.length;
      push(parseOne(m[2]!, valueStart, [start, fm.contentRange[0] + m.index + m[0].length], doc));
    }
  }
  return { directives, malformed };
}
