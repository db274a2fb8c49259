/**
 * What the phrase rules read: everything the recipient sees as words — the Markdown body and the
 * front-matter texts that are sent (e-mail subject and preheader, WhatsApp header and footer) — as
 * content views (content/text.ts). Computed once per document.
 */
import { isScalar, type Node as YamlNode } from 'yaml';
import { RENDERED_FRONT_MATTER_PATHS, type TemplateDocument } from '../document/parse.js';
import { declaredVariables } from '../document/variables.js';
import {
  bodyContent,
  CONTENT_NAMESPACES,
  namespaceToken,
  normalizeContent,
  variableToken,
  type ContentText,
  type ContentToken,
} from '../content/text.js';

export interface MessagePart {
  /** `body`, or the front-matter path (`email.subject`). */
  where: string;
  content: ContentText;
}

const cache = new WeakMap<TemplateDocument, MessagePart[]>();

export function messageParts(doc: TemplateDocument): MessagePart[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const parts: MessagePart[] = [{ where: 'body', content: bodyContent(doc) }];
  const fm = doc.frontMatter;
  if (fm?.data) {
    const types = new Map(declaredVariables(doc).map((v) => [v.name, v.type]));
    for (const path of RENDERED_FRONT_MATTER_PATHS) {
      const node = fm.yaml.getIn(path, true) as YamlNode | undefined;
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) continue;
      const from = fm.contentRange[0] + node.range[0];
      const to = fm.contentRange[0] + node.range[1];
      const where = path.join('.');
      const tokens: ContentToken[] = doc.placeholders
        .filter((p) => p.where === where)
        .map((p) => ({
          range: p.range,
          token:
            p.path.length > 1 && CONTENT_NAMESPACES.includes(p.path[0]!)
              ? namespaceToken(p.name)
              : variableToken(types.get(p.name), p.name),
        }));
      parts.push({ where, content: normalizeContent(doc.text, from, to, tokens) });
    }
  }
  cache.set(doc, parts);
  return parts;
}
