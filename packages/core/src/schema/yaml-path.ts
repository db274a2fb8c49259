import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode, type Pair } from 'yaml';

export type YamlPath = (string | number)[];

/** Splits an ajv `instancePath` (JSON Pointer) into segments. */
export function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface YamlLocation {
  /** The value node at the path, when it exists. */
  node: YamlNode | undefined;
  /** The pair whose value is that node (absent for the root or sequence items). */
  pair: Pair<YamlNode, YamlNode> | undefined;
}

/** Walks a YAML document along a path of keys and indexes. */
export function locate(doc: Document, path: readonly string[]): YamlLocation {
  let node = doc.contents as YamlNode | null | undefined;
  let pair: Pair<YamlNode, YamlNode> | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment) as
        Pair<YamlNode, YamlNode> | undefined;
      if (!found) return { node: undefined, pair: undefined };
      pair = found;
      node = found.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as YamlNode | undefined;
      pair = undefined;
      node = item;
    } else {
      return { node: undefined, pair: undefined };
    }
  }
  return { node: node ?? undefined, pair };
}

/** The key node of `key` inside the map at `path`. */
export function locateKey(doc: Document, path: readonly string[], key: string): YamlNode | undefined {
  const { node } = locate(doc, path);
  if (!isMap(node)) return undefined;
  const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  return found?.key as YamlNode | undefined;
}
