/**
 * The body's non-prose markup (document/markup.ts) is found block by block, skipping blocks that
 * cannot hold any; the result must equal a walk of the whole body's syntax tree — on the shipped
 * templates, both corpora, hand-written edge cases and generated Markdown.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '@dunlint/core';
import { bodyMarkup, markupOfTree } from '../../packages/core/dist/document/markup.js';

/** `npm run fuzz` raises the number of generated bodies. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const root = join(import.meta.dirname, '../..');
const markdown = unified().use(remarkParse);

function wholeBody(text: string): unknown {
  const doc = parseTemplate(text);
  const [from, to] = doc.bodyRange;
  return markupOfTree(markdown.parse(doc.text.slice(from, to)), from);
}

function blockwise(text: string): unknown {
  return bodyMarkup(parseTemplate(text));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.md') ? [p] : [];
  });
}

describe('bodyMarkup', () => {
  it('equals the whole-body parse on the templates and both corpora', () => {
    const all = [...files(join(root, 'templates')), ...files(join(root, '../shared/corpus'))];
    expect(all.length).toBeGreaterThan(100);
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      expect(blockwise(text), f).toEqual(wholeBody(text));
    }
  });

  const cases: [string, string][] = [
    ['a fence with blank lines', 'Hi\n\n```\ncode\n\nStill code\n```\n\nAfter `x`.\n'],
    ['an unclosed fence', 'Hi\n\n~~~js\n\nText in the fence\n'],
    ['a longer closing fence', '````\n```\n\nInside\n````\n\nOut `y`\n'],
    ['a comment over blank lines', 'Hi\n\n<!-- a\n\nStill comment -->\n\nText\n'],
    ['an unclosed comment', 'Hi <!-- open\n\nText [a](b)\n'],
    ['a pre block', '<pre>\n\nKeep\n</pre>\n\nText\n'],
    ['a reference definition used later', 'See ![logo][l].\n\nText\n\n[l]: https://x.example/a.png\n'],
    ['an indented code block', 'Para\n\n    code\n\nText\n'],
    ['a tab-indented block', 'Para\n\n\tcode\n\nText\n'],
    ['a list with a loose item', '- a\n\n  `b`\n\nText\n\n1. one\n\n2. two `c`\n'],
    ['a quote', '> a\n\n> `b`\n\nText\n'],
    ['CRLF line ends', 'Hi\r\n\r\n```\r\ncode\r\n\r\nmore\r\n```\r\n\r\nText `z`\r\n'],
    ['front matter and an image', '---\nid: t\nlocale: en-US\n---\n![alt](x.png) Hi\n\nText <b>bold</b>\n'],
  ];
  it.each(cases)('equals the whole-body parse: %s', (_, text) => {
    expect(blockwise(text)).toEqual(wholeBody(text));
  });

  it('finds the markup it should (not only agrees on nothing)', () => {
    const text = 'Hi\n\n```\ncode\n\nStill code\n```\n\nAfter `x` and <b>y</b>.\n\nText ![i](p.png)\n';
    expect((bodyMarkup(parseTemplate(text)) as { type: string }[]).map((m) => m.type)).toEqual([
      'code',
      'inlineCode',
      'html',
      'html',
      'image',
    ]);
  });

  it(
    'equals the whole-body parse on generated Markdown',
    () => {
      const piece = fc.constantFrom(
        'Text',
        'más',
        '{{name}}',
        '`code`',
        '```',
        '~~~',
        '    indented',
        '\tTab',
        '<!--',
        '-->',
        '<pre>',
        '</pre>',
        '<b>',
        '<?',
        '?>',
        '[a]: /u',
        '[a]',
        '![i](p)',
        '![i][a]',
        '- item',
        '1. item',
        '> quote',
        '# Head',
        '***',
        '---',
        '===',
        '<http://x.example>',
      );
      const sep = fc.constantFrom(' ', '\n', '\n\n', '\n\n\n', '\r\n\r\n', '\n  \n');
      const body = fc.array(fc.tuple(piece, sep), { maxLength: 30 }).map((p) => p.map(([a, b]) => a + b).join(''));
      fc.assert(
        fc.property(body, (b) => {
          const text = `---\nid: t\n---\n${b}`;
          expect(blockwise(text)).toEqual(wholeBody(text));
        }),
        { numRuns: RUNS },
      );
    },
    Math.max(30_000, RUNS * 2),
  );
});
