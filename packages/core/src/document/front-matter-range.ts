import type { Node as YamlNode } from 'yaml';
import { locate, locateKey } from '../schema/yaml-path.js';
import type { Fix, OffsetRange } from '../types.js';
import { nodeRange, type TemplateDocument } from './parse.js';

/**
 * Where to report a problem about a front-matter path: the value at `path` (or its key with
 * `part: 'key'`), else the nearest existing ancestor's key, else the opening `---` fence.
 */
export function frontMatterRange(
  doc: TemplateDocument,
  path: readonly string[],
  part: 'key' | 'value' = 'value',
): OffsetRange {
  const fm = doc.frontMatter;
  if (!fm) return [0, 0];
  for (let depth = path.length; depth > 0; depth--) {
    const parent = path.slice(0, depth - 1);
    const key = path[depth - 1]!;
    if (depth === path.length && part === 'value') {
      const { node } = locate(fm.yaml, path);
      const range = nodeRange(fm, node as YamlNode | undefined);
      if (range) return range;
    }
    const range = nodeRange(fm, locateKey(fm.yaml, parent, key));
    if (range) return range;
  }
  return [fm.range[0], fm.range[0] + 3];
}

/** A fix that adds `key: value` as the last line of the front matter; `undefined` without front matter. */
export function addFrontMatterKey(doc: TemplateDocument, key: string, value: string): Fix | undefined {
  const at = doc.frontMatter?.contentRange[1];
  return at === undefined ? undefined : { range: [at, at], text: `${key}: ${value}${doc.eol}` };
}
