/**
 * `dunlint/preview`: the template as the recipient receives it (the core's `renderMessage`, the
 * same as `dunlint render`), with each problem's source range mapped onto the rendered text.
 *
 * Mapping: every rendered character knows the template offset it came from (`origin`), or -1 when
 * it belongs to a sample value substituted for a placeholder. A problem covers a rendered character
 * when the character's origin is inside the problem's range, or when the character is part of a
 * sample whose placeholder overlaps the range. Samples longer or shorter than their placeholder
 * shift everything after them; walking `origin` instead of adding offsets keeps the mapping exact.
 * Problems about missing content (the `required` rules) are anchored on the first line of the body
 * only to have a place in the editor: they are listed, not marked.
 */
import {
  builtinRules,
  renderMessage,
  type Diagnostic,
  type OffsetRange,
  type RenderedPart,
  type TemplateDocument,
} from '@dunlint/core';
import type { PreviewHighlight, PreviewPart, PreviewProblem, PreviewResult } from './custom-protocol.js';

/** The rendered ranges `[start, end)` of `part.text` that come from the template range `source`. */
export function renderedRanges(part: RenderedPart, source: OffsetRange): OffsetRange[] {
  const [from, to] = source;
  if (to <= from) return [];
  const overlaps = (range: OffsetRange) => range[0] < to && from < range[1];
  const covered = (i: number): boolean => {
    const origin = part.origin[i]!;
    if (origin >= 0) return origin >= from && origin < to;
    const sub = part.substitutions.find((s) => i >= s.rendered[0] && i < s.rendered[1]);
    return sub !== undefined && overlaps(sub.source);
  };
  const ranges: OffsetRange[] = [];
  let start = -1;
  for (let i = 0; i <= part.text.length; i++) {
    const inside = i < part.text.length && covered(i);
    if (inside && start === -1) start = i;
    else if (!inside && start !== -1) {
      ranges.push([start, i]);
      start = -1;
    }
  }
  return ranges;
}

/** Highlights and the problem list for the rendered parts. */
export function mapProblems(
  parts: readonly RenderedPart[],
  messages: readonly Diagnostic[],
): { highlights: PreviewHighlight[]; problems: PreviewProblem[] } {
  const highlights: PreviewHighlight[] = [];
  const problems: PreviewProblem[] = [];
  for (const m of messages) {
    let shown = false;
    const missing = m.ruleId !== null && builtinRules.get(m.ruleId)?.meta.category === 'required';
    for (const part of missing ? [] : parts) {
      for (const [start, end] of renderedRanges(part, [m.offset, m.endOffset])) {
        shown = true;
        highlights.push({
          where: part.where,
          start,
          end,
          severity: m.severity,
          message: m.message,
          ruleId: m.ruleId,
          line: m.line,
          column: m.column,
        });
      }
    }
    problems.push({
      severity: m.severity,
      message: m.message,
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      shown,
      missing,
    });
  }
  highlights.sort((a, b) => a.where.localeCompare(b.where) || a.start - b.start || a.end - b.end);
  return { highlights, problems };
}

const NO_FRONT_MATTER =
  'Nothing to preview yet: the template needs front matter (between two "---" lines at the top) with its channel and the sample values of its variables.';

function asPart(part: RenderedPart): PreviewPart {
  return {
    where: part.where,
    text: part.text,
    samples: part.substitutions.map((s) => ({ name: s.name, start: s.rendered[0], end: s.rendered[1] })),
    unresolved: [...new Set(part.unresolved.map((u) => u.name))],
  };
}

function whatsappButtons(data: Record<string, unknown>): { type: string; text: string }[] {
  const buttons = (data.whatsapp as { buttons?: unknown } | undefined)?.buttons;
  if (!Array.isArray(buttons)) return [];
  return buttons.flatMap((b: unknown) => {
    const { type, text } = (b ?? {}) as { type?: unknown; text?: unknown };
    return typeof text === 'string' ? [{ type: typeof type === 'string' ? type : 'quick_reply', text }] : [];
  });
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const field = (data: Record<string, unknown>, path: string): string | undefined => {
  let v: unknown = data;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'number' ? String(v) : str(v);
};

/** Who the recipient sees as the sender. */
function senderOf(data: Record<string, unknown>, channel: string | undefined): PreviewResult['sender'] {
  const name = field(data, 'collector.name') ?? field(data, 'creditor.name');
  const address =
    channel === 'email'
      ? field(data, 'contact.email')
      : channel === 'sms'
        ? (field(data, 'sms.sender_id') ?? field(data, 'contact.phone'))
        : channel === 'whatsapp'
          ? (field(data, 'contact.whatsapp') ?? field(data, 'contact.phone'))
          : undefined;
  if (!name && !address) return undefined;
  return { ...(name ? { name } : {}), ...(address ? { address } : {}) };
}

/**
 * The preview of one version of a document: `parsed` is its parse, `messages` the problems the
 * core reported for that same text (none when it was not linted).
 */
export function buildPreview(
  uri: string,
  version: number,
  parsed: TemplateDocument,
  messages: readonly Diagnostic[],
): PreviewResult {
  const empty: PreviewResult = { uri, version, parts: [], text: '', length: 0, highlights: [], problems: [] };
  const data = parsed.frontMatter?.data;
  if (!data) {
    const problems = mapProblems([], messages).problems;
    return { ...empty, notice: NO_FRONT_MATTER, problems };
  }
  const message = renderMessage(parsed, data);
  const { highlights, problems } = mapProblems(message.parts, messages);
  const result: PreviewResult = {
    uri,
    version,
    parts: message.parts.map(asPart),
    text: message.body.text,
    length: message.body.text.length,
    highlights,
    problems,
  };
  const templateId = str(data.id);
  const channel = message.channel;
  const locale = str(data.locale);
  const sender = senderOf(data, channel);
  if (sender) result.sender = sender;
  if (templateId) result.templateId = templateId;
  if (channel) result.channel = channel;
  if (locale) result.locale = locale;
  if (message.sms) {
    const { encoding, units, segments, perSegment, maxSegments, firstUcs2Char, firstUcs2Index } = message.sms;
    result.sms = {
      encoding,
      units,
      segments,
      perSegment,
      maxSegments,
      ...(firstUcs2Char !== undefined ? { firstUcs2Char, firstUcs2Index: firstUcs2Index! } : {}),
    };
  }
  if (message.whatsapp) {
    const wa = data.whatsapp as { category?: unknown; name?: unknown } | undefined;
    const category = str(wa?.category);
    const name = str(wa?.name);
    result.whatsapp = {
      ...message.whatsapp,
      ...(category ? { category } : {}),
      ...(name ? { name } : {}),
      buttons: whatsappButtons(data),
    };
  }
  return result;
}
