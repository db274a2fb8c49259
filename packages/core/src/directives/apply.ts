import type { FileConfig } from '../config/types.js';
import type { TemplateDocument } from '../document/parse.js';
import { interpolate, type Rule } from '../rules/api.js';
import type { Diagnostic, OffsetRange, Suppression } from '../types.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { findDirectives, type Directive } from './directives.js';

const INVALID = 'invalid-directive';
const UNUSED = 'unused-directive';

interface Active {
  directive: Directive;
  /** Rule ids it names (empty = all) and whether each silenced something. */
  used: Map<string, boolean>;
  /** Offsets it covers, for block directives. */
  spans?: Map<string, OffsetRange>;
}

/**
 * Applies inline directives: silences what they cover (keeping the reason as an audit trail),
 * reports directives without a reason or with unknown rules, and directives that silence nothing.
 */
export function applyDirectives(
  doc: TemplateDocument,
  messages: Diagnostic[],
  config: FileConfig,
  registry: ReadonlyMap<string, Rule>,
): { kept: Diagnostic[]; suppressed: Suppression[]; directiveMessages: Diagnostic[] } {
  const { directives, malformed } = findDirectives(doc);
  const directiveMessages: Diagnostic[] = [];
  const report = (
    ruleId: string,
    messageId: string,
    data: Record<string, string>,
    range: OffsetRange,
    fix?: Diagnostic['fix'],
  ) => {
    const rule = registry.get(ruleId);
    const severity = config.rules[ruleId]?.severity ?? 0;
    if (!rule || severity === 0) return;
    const s = doc.lines.position(range[0]);
    const e = doc.lines.position(range[1]);
    directiveMessages.push({
      ruleId,
      severity,
      message: interpolate(rule.meta.messages[messageId] ?? messageId, data),
      messageId,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      offset: range[0],
      endOffset: range[1],
      url: rule.meta.docs.url,
      ...(fix ? { fix } : {}),
    });
  };

  for (const m of malformed) report(INVALID, 'unknownKind', { kind: m.kind }, m.range);

  const active: Active[] = [];
  const sorted = [...directives].sort((a, b) => a.range[0] - b.range[0]);
  for (const d of sorted) {
    const known = d.rules.filter((r) => {
      if (registry.has(r.id)) return true;
      const guess = didYouMean(r.id, [...registry.keys()]);
      report(
        INVALID,
        'unknownRule',
        { kind: d.kind, rule: r.id, hint: guess ? ` Did you mean "${guess}"?` : '' },
        r.range,
      );
      return false;
    });
    if (d.kind === 'dunlint-enable') continue;
    if (!d.reason) {
      report(INVALID, 'missingReason', { kind: d.kind }, d.range);
      continue;
    }
    if (d.rules.length > 0 && known.length === 0) continue;
    const entry: Active = {
      directive: d,
      used: new Map((known.length ? known.map((r) => r.id) : ['*']).map((id) => [id, false])),
    };
    if (d.kind === 'dunlint-disable') {
      // Each rule's block ends at the first enable that names it (or names no rule): after
      // "disable a, b" an "enable a" ends the block of a only.
      entry.spans = new Map();
      for (const id of entry.used.keys()) {
        const end = sorted.find(
          (e) =>
            e.kind === 'dunlint-enable' &&
            e.range[0] > d.range[1] &&
            (e.rules.length === 0 || (id !== '*' && e.rules.some((r) => r.id === id))),
        );
        entry.spans.set(id, [d.range[1], end ? end.range[0] : doc.text.length]);
      }
    }
    active.push(entry);
  }

  const covers = (a: Active, m: Diagnostic): boolean => {
    const d = a.directive;
    switch (d.kind) {
      case 'dunlint-disable-file':
        return true;
      case 'dunlint-disable-next-line':
        return m.line === d.endLine + 1;
      case 'dunlint-disable-line':
        return m.line >= d.startLine && m.line <= d.endLine;
      case 'dunlint-disable': {
        const span = a.spans?.get(m.ruleId ?? '*') ?? a.spans?.get('*');
        return span !== undefined && m.offset >= span[0] && m.offset < span[1];
      }
      default:
        return false;
    }
  };

  const kept: Diagnostic[] = [];
  const suppressed: Suppression[] = [];
  for (const m of messages) {
    const by = m.ruleId ? active.find((a) => (a.used.has('*') || a.used.has(m.ruleId!)) && covers(a, m)) : undefined;
    if (!by || !m.ruleId) {
      kept.push(m);
      continue;
    }
    by.used.set(by.used.has('*') ? '*' : m.ruleId, true);
    suppressed.push({
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      reason: by.directive.reason,
      directiveLine: by.directive.startLine,
      message: m.message,
    });
  }

  for (const a of active) {
    const unused = [...a.used].filter(([, used]) => !used).map(([id]) => id);
    if (unused.length === 0) continue;
    const all = unused.length === a.used.size;
    report(
      UNUSED,
      'unused',
      { kind: a.directive.kind, which: unused[0] === '*' ? '' : ` for ${unused.map((id) => `"${id}"`).join(', ')}` },
      a.directive.range,
      all ? removalFix(doc, a.directive.range) : undefined,
    );
  }
  return { kept, suppressed, directiveMessages };
}

/** Removes a comment; when it stands alone on its line(s), the whole line goes. */
function removalFix(doc: TemplateDocument, range: OffsetRange): Diagnostic['fix'] {
  const startLine = doc.lines.position(range[0]).line;
  const endLine = doc.lines.position(range[1]).line;
  const lineStart = doc.lines.lineStarts[startLine - 1]!;
  const lineEnd = doc.lines.lineEnd(endLine);
  const before = doc.text.slice(lineStart, range[0]);
  const after = doc.text.slice(range[1], lineEnd);
  if (before.trim() === '' && after.trim() === '') {
    return { range: [lineStart, doc.lines.lineStarts[endLine] ?? doc.text.length], text: '' };
  }
  return { range, text: '' };
}
