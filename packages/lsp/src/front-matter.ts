/** Reading the front matter's YAML tree and the template JSON Schema by path. */
import { templateSchema, type FrontMatter, type OffsetRange } from '@dunlint/core';
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';

/** The parts of a JSON Schema node the server reads. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  enum?: readonly unknown[];
  default?: unknown;
  required?: readonly string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
}

const root = templateSchema as unknown as SchemaNode;

/** The schema of the value at `path` (keys; array indexes as digits), or `undefined`. */
export function schemaAt(path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.properties?.[segment]) node = node.properties[segment];
    else if (node.items && /^\d+$/.test(segment)) node = node.items;
    else if (typeof node.additionalProperties === 'object') node = node.additionalProperties;
    else return undefined;
  }
  return node;
}

/** A short type label for a schema node ("object", "one of: a, b", "string"). */
export function schemaType(node: SchemaNode): string {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(node.type)) return node.type.join(' | ');
  if (node.type) return node.type === 'array' && node.items?.enum ? `list of ${schemaType(node.items)}` : node.type;
  if (node.properties) return 'object';
  return 'any';
}

export interface KeyAt {
  /** Path from the front matter's root to this key, the key included. */
  path: string[];
  /** Absolute range of the key. */
  keyRange: OffsetRange;
  /** Absolute range of the value, when there is one. */
  valueRange?: OffsetRange;
  /** Whether the offset is on the key (else on its value). */
  onKey: boolean;
}

function absolute(fm: FrontMatter, node: YamlNode | null | undefined): OffsetRange | undefined {
  if (!node?.range) return undefined;
  const base = fm.contentRange[0];
  return [base + node.range[0], base + Math.max(node.range[1], node.range[0])];
}

const within = (range: OffsetRange | undefined, offset: number) =>
  range !== undefined && offset >= range[0] && offset <= range[1];

/** The innermost mapping key whose key or scalar value contains `offset` (works on partly broken YAML). */
export function keyAt(fm: FrontMatter, offset: number): KeyAt | undefined {
  const visit = (node: unknown, path: string[]): KeyAt | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyRange = absolute(fm, pair.key as YamlNode);
        const value = pair.value as YamlNode | null;
        const valueRange = absolute(fm, value);
        if (within(keyRange, offset)) {
          return { path: [...path, key], keyRange: keyRange!, ...(valueRange ? { valueRange } : {}), onKey: true };
        }
        if (within(valueRange, offset)) {
          const inner = visit(value, [...path, key]);
          if (inner) return inner;
          if (isScalar(value)) return { path: [...path, key], keyRange: keyRange!, valueRange, onKey: false };
        }
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i] as YamlNode;
        if (within(absolute(fm, item), offset)) return visit(item, [...path, String(i)]);
      }
    }
    return undefined;
  };
  return visit(fm.yaml.contents, []);
}

/** The key node's absolute range for a path such as `creditor.name` (for go to definition). */
export function keyRangeOf(fm: FrontMatter, path: readonly string[]): OffsetRange | undefined {
  let node: unknown = fm.yaml.contents;
  let found: OffsetRange | undefined;
  for (const segment of path) {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
    if (!pair) return undefined;
    found = absolute(fm, pair.key as YamlNode);
    node = pair.value;
  }
  return found;
}

/** Dotted paths to the scalar values under a front matter namespace (`creditor.name`, `contact.phone`…). */
export function namespacePaths(data: Record<string, unknown> | undefined, namespace: string): [string, string][] {
  const value = data?.[namespace];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(([k, v]) => [`${namespace}.${k}`, String(v)]);
}

/** Namespaces a placeholder may read from the front matter (SPEC §1.2). */
export const NAMESPACES = ['creditor', 'contact', 'collector'] as const;

/** The value of a dotted namespace path in the front matter data, if it is a scalar. */
export function namespaceValue(data: Record<string, unknown> | undefined, path: readonly string[]): string | undefined {
  let value: unknown = data;
  for (const segment of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}
