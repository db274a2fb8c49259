/**
 * SPEC §1.1: template ids are unique within a project, and a duplicate is an error of every copy in
 * the CLI and in the language server's workspace lint (under `frontmatter-schema`, at its severity).
 * Both front ends collect each file's `TemplateId` and ask this module for the messages.
 */
import { nodeRange, type TemplateDocument } from './document/parse.js';
import { builtinRules } from './rules/index.js';
import type { Diagnostic, SeverityLevel } from './types.js';

/** A template's `id` and where it is, so duplicates across files can be reported without the document. */
export interface TemplateId {
  id: string;
  /** The file's configured severity of frontmatter-schema (duplicates are reported under it; 0: off). */
  severity: SeverityLevel | 0;
  offset: number;
  endOffset: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The `id` of a parsed template and its position, if it has a string id. */
export function templateIdOf(doc: TemplateDocument, severity: SeverityLevel | 0): TemplateId | undefined {
  const fm = doc.frontMatter;
  const id = fm?.data?.id;
  if (typeof id !== 'string' || !fm) return undefined;
  const range = nodeRange(fm, fm.yaml.get('id', true) as Parameters<typeof nodeRange>[1]);
  if (!range) return undefined;
  const s = doc.lines.position(range[0]);
  const e = doc.lines.position(range[1]);
  return {
    id,
    severity,
    offset: range[0],
    endOffset: range[1],
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
  };
}

/**
 * For each file whose id another file also uses, the diagnostic to add to it ("also used by …",
 * naming the others with `shown`) and those other files, in the order of `ids`. Files are keys of
 * `ids` (paths or URIs); files with frontmatter-schema off get none.
 */
export function duplicateIdDiagnostics<K>(
  ids: ReadonlyMap<K, TemplateId>,
  shown: (file: K) => string,
): Map<K, { diagnostic: Diagnostic; others: K[] }> {
  const byId = new Map<string, K[]>();
  for (const [file, at] of ids) {
    const copies = byId.get(at.id);
    if (copies) copies.push(file);
    else byId.set(at.id, [file]);
  }
  const rule = builtinRules.get('frontmatter-schema')!;
  const out = new Map<K, { diagnostic: Diagnostic; others: K[] }>();
  for (const [id, copies] of byId) {
    if (copies.length < 2) continue;
    for (const file of copies) {
      const at = ids.get(file)!;
      if (at.severity === 0) continue;
      const others = copies.filter((c) => c !== file);
      const diagnostic: Diagnostic = {
        ruleId: rule.id,
        severity: at.severity,
        messageId: 'duplicateId',
        message: `The template id "${id}" is also used by ${others.map(shown).join(', ')}. Give each template its own id.`,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        offset: at.offset,
        endOffset: at.endOffset,
        url: rule.meta.docs.url,
      };
      out.set(file, { diagnostic, others });
    }
  }
  return out;
}
