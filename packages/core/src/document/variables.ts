import { isMap, isPair, isScalar, type Node as YamlNode } from 'yaml';
import type { OffsetRange } from '../types.js';
import { nodeRange, type TemplateDocument } from './parse.js';

export interface DeclaredVariable {
  name: string;
  type: string | undefined;
  sample: string | undefined;
  /** Range of the variable's key under `variables:`. */
  keyRange: OffsetRange;
  /** Range of the whole declaration line(s), for removal. */
  lineRange: OffsetRange;
}

/** The variables declared under `variables:`, in order, with the ranges of their keys. */
export function declaredVariables(doc: TemplateDocument): DeclaredVariable[] {
  const fm = doc.frontMatter;
  if (!fm?.data) return [];
  const vars = fm.yaml.get('variables', true) as YamlNode | undefined;
  if (!isMap(vars)) return [];
  const out: DeclaredVariable[] = [];
  for (const item of vars.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const keyRange = nodeRange(fm, item.key as YamlNode);
    if (!keyRange) continue;
    const value = item.value as YamlNode | null;
    const js = (value && 'toJSON' in value ? (value as { toJSON(): unknown }).toJSON() : undefined) as
      { type?: unknown; sample?: unknown } | undefined;
    const valueRange = nodeRange(fm, value) ?? keyRange;
    const first = doc.lines.position(keyRange[0]).line;
    const last = doc.lines.position(Math.max(valueRange[1] - 1, keyRange[0])).line;
    out.push({
      name: String(item.key.value),
      type: typeof js?.type === 'string' ? js.type : undefined,
      sample: js?.sample === undefined || js.sample === null ? undefined : String(js.sample),
      keyRange,
      lineRange: [doc.lines.lineStarts[first - 1]!, doc.lines.lineStarts[last] ?? doc.text.length],
    });
  }
  return out;
}
