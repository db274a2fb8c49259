/**
 * The front-matter fast path (document/simple-yaml.ts) must build exactly the document the `yaml`
 * library builds — same node classes, values, ranges, scalar types, formats, comments and errors —
 * or give up. Checked on every front matter of the shipped templates, the fixtures, both corpora and
 * a generated benchmark corpus, on hand-written edge cases, and on generated front matter. The
 * tests also check that it does not simply give up: the usual front matter must take the fast path.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isDocument, isNode, isPair, parseDocument, type Document } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSimpleYaml, simpleYamlData } from '../../packages/core/dist/document/simple-yaml.js';
import { YAML_OPTIONS, parseTemplate } from '../../packages/core/dist/document/parse.js';
import { generateCorpus } from '../../bench/corpus.mjs';

/** `npm run fuzz` raises the number of generated front matters. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const root = join(import.meta.dirname, '../..');

/** Every own enumerable property of every node, with class names: what "the same document" means. */
function dump(x: unknown): unknown {
  if (isDocument(x)) {
    const d = x as Document.Parsed;
    return {
      range: d.range,
      contents: dump(d.contents),
      comment: d.comment,
      commentBefore: d.commentBefore,
      errors: d.errors.map((e) => e.message),
      warnings: d.warnings.map((e) => e.message),
      docStart: d.directives.docStart,
      docEnd: d.directives.docEnd,
      js: d.errors.length === 0 ? d.toJS() : undefined,
    };
  }
  if (isPair(x) || isNode(x)) {
    const out: Record<string, unknown> = { class: x.constructor.name };
    for (const [k, v] of Object.entries(x)) out[k] = Array.isArray(v) && k === 'items' ? v.map(dump) : dump(v);
    return out;
  }
  return x;
}

const library = (source: string) => parseDocument(source, YAML_OPTIONS);

/** The fast path's document for `source` (undefined: it gave up), checked against the library's. */
function check(source: string, label = source): boolean {
  const fast = parseSimpleYaml(source, YAML_OPTIONS);
  if (fast === undefined) return false;
  const lib = library(source);
  expect(dump(fast), label).toEqual(dump(lib));
  // Written back out, it reads the same (nothing uses this yet; a rewrite of front matter would).
  expect(String(fast), label).toBe(String(lib));
  // The plain data, as parse.ts takes it (own keys and prototypes compared too).
  const data = simpleYamlData(fast);
  expect(data, label).toStrictEqual(lib.toJS());
  expect(Object.getOwnPropertyNames(data), label).toEqual(Object.getOwnPropertyNames(lib.toJS()));
  return true;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.md') ? [p] : [];
  });
}

/** The YAML between the fences, as parseTemplate passes it to the parser. */
function frontMatterSource(text: string): string | undefined {
  const doc = parseTemplate(text);
  const fm = doc.frontMatter;
  return fm ? doc.text.slice(fm.contentRange[0], fm.contentRange[1]) : undefined;
}

const temp = mkdtempSync(join(tmpdir(), 'dunlint-simple-yaml-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('parseSimpleYaml', () => {
  it('builds the library’s document for every front matter of the templates, fixtures and corpora', () => {
    const all = [
      ...files(join(root, 'templates')),
      ...files(join(root, 'test/fixtures')),
      ...files(join(root, '../shared/corpus')),
    ];
    let fast = 0;
    let sources = 0;
    for (const f of all) {
      const source = frontMatterSource(readFileSync(f, 'utf8'));
      if (source === undefined) continue;
      sources++;
      if (check(source, f)) fast++;
    }
    expect(sources).toBeGreaterThan(200);
    // Most take the fast path (208 of 228 when this was written; the rest have block lists, blank lines…).
    expect(fast).toBeGreaterThan(sources * 0.8);
  });

  it('builds the library’s document for the benchmark corpus, and takes the fast path for all of it', () => {
    generateCorpus(temp, { count: 300, seed: 7 });
    const all = files(temp);
    expect(all.length).toBe(300);
    for (const f of all) expect(check(frontMatterSource(readFileSync(f, 'utf8'))!, f), f).toBe(true);
  });

  const same: [string, string][] = [
    ['nested mappings', 'id: a-b\ncreditor:\n  name: X Y\n  tax:\n    id: "1"\nlocale: en\n'],
    ['flow collections with spaces', 'a: { x: b , c: "d" , e: [ f , g ] }  \nb:    v w   \nc: [1, x]\n'],
    [
      'numbers, booleans and null',
      'a: 1\nb: 2.50\nc: 0x1F\nd: 0o17\ne: true\nf: FALSE\ng: null\nh: ~\ni: .inf\nj: 1e3\n',
    ],
    ['numbers in flow', 'a: [1, 2.0, true, null, .NaN]\n'],
    ['quotes', `a: "x y"\nb: 'it is'\nc: ""\nd: "50%"\n`],
    ['no final line break', 'a: b'],
    ['no final line break after a flow map', 'a: { b: c }'],
    ['unicode', 'name: Ação — Ñandú 𐀀\nhours: Mon–Fri 9am–6pm\n'],
    ['punctuation in plain scalars', 'a: x, y [z] {w}\nb: http://x.example/a?b=c\nc: a:b\nd: 09:00\n'],
    ['a key with a dash', 'send-window: x\n_a: y\n'],
    ['keys an object has already', '__proto__: x\nconstructor: y\ntoString: z\nn: { __proto__: 1 }\n'],
    ['a header comment', '# Meets: CONC 7.9 (LEGAL.md §3)\n#\n# second line\nid: a\nlocale: en\n'],
    ['comment lines between keys', 'id: a\n# the creditor\ncreditor:\n  name: X\nlocale: en\n# hours\nhours: 9–5\n'],
    ['a hash in quotes', 'a: "Ref #12"\nb: \'#x\'\n'],
  ];
  for (const [name, source] of same) {
    it(`takes the fast path and matches the library: ${name}`, () => expect(check(source)).toBe(true));
  }

  const giveUp: [string, string][] = [
    ['a comment', 'a: b # note\n'],
    ['a comment line inside a nested mapping', 'a:\n  # note\n  b: c\n'],
    ['a comment line after a nested mapping', 'a:\n  b: c\n# note\nd: e\n'],
    ['an indented comment line', 'a: b\n  # note\nc: d\n'],
    ['a comment line at the end', 'a: b\n# note\n'],
    ['a comment line with trailing spaces', '# note  \na: b\n'],
    ['a comment in a flow list', 'a: [b, c] # note\n'],
    ['a hash in a plain value', 'a: C# and F#\n'],
    ['a blank line', 'a: b\n\nc: d\n'],
    ['a block list', 'a:\n  - b\n'],
    ['a list at the same indentation', 'a:\n- b\n'],
    ['a null value', 'a:\nb: c\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a block scalar', 'a: |\n  b\n'],
    ['an escape', 'a: "b\\n"\n'],
    ['a doubled single quote', "a: 'it''s'\n"],
    ['a duplicate key', 'a: b\na: c\n'],
    ['a duplicate key in a flow map', 'a: { b: 1, b: 2 }\n'],
    ['an anchor and an alias', 'a: &x b\nc: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a quoted key', '"a": b\n'],
    ['a boolean key', 'true: b\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF', 'a: b\r\nc: d\r\n'],
    ['a top-level list', '- a\n'],
    ['a top-level scalar', 'hello\n'],
    ['indentation that changes', 'a:\n    b: c\n  d: e\n'],
    ['a flow map over two lines', 'a: { b: c,\n  d: e }\n'],
    ['an empty flow map', 'a: {}\n'],
    ['a trailing comma', 'a: [b, c, ]\n'],
    ['a colon in a plain value', 'a: b: c\n'],
    ['an empty source', ''],
  ];
  for (const [name, source] of giveUp) {
    it(`gives up on ${name}`, () => expect(parseSimpleYaml(source, YAML_OPTIONS)).toBeUndefined());
  }

  it('builds the library’s document or gives up, on generated front matter', () => {
    const word = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/);
    const plainish = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9 .,:%$£€–@/+()?!'"-]{1,20}$/),
      fc.constantFrom('1', '-2.5', '0x1f', 'true', 'False', 'null', '~', '.inf', '1e3', '2.50', '09:00', '0o7', 'yes'),
    );
    const scalar = fc.oneof(
      plainish,
      plainish.map((s) => `"${s.replace(/["\\]/g, '')}"`),
      plainish.map((s) => `'${s.replace(/'/g, '')}'`),
    );
    const flow: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? scalar
        : fc.oneof(
            scalar,
            fc.array(flow(depth - 1), { minLength: 1, maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
            fc
              .uniqueArray(fc.tuple(word, flow(depth - 1)), { minLength: 1, maxLength: 3, selector: ([k]) => k })
              .map((ps) => `{ ${ps.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
          ),
    );
    const block = (indent: string, depth: number): fc.Arbitrary<string> =>
      fc
        .uniqueArray(
          fc.tuple(word, depth > 0 ? fc.oneof(flow(3), fc.constant(null)) : flow(3), fc.constantFrom('', ' ', '  ')),
          { minLength: 1, maxLength: 4, selector: ([k]) => k },
        )
        .chain((pairs) =>
          fc.tuple(
            ...pairs.map(([k, v, pad]) =>
              v === null
                ? block(`${indent}  `, depth - 1).map((inner) => `${indent}${k}:\n${inner}`)
                : fc.constant(`${indent}${k}: ${v}${pad}\n`),
            ),
          ),
        )
        .map((lines) => lines.join(''));
    const comment = fc.constantFrom('#', '# note', '#x', '# two words', '#  indented text', '# trailing ');
    /** Front matter with comment lines put at random line starts, indented or not. */
    const withComments = fc
      .tuple(block('', 2), fc.array(fc.tuple(fc.nat(), comment, fc.constantFrom('', '  ')), { maxLength: 3 }))
      .map(([source, inserts]) => {
        const lines = source.split('\n');
        for (const [at, text, indent] of inserts) lines.splice(at % lines.length, 0, `${indent}${text}`);
        return lines.join('\n');
      });
    const taken = { plain: 0, plainRuns: 0, commented: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          block('', 2).map((source) => ({ source, commented: false })),
          withComments.map((source) => ({ source, commented: true })),
        ),
        ({ source, commented }) => {
          const fast = check(source);
          if (commented) taken.commented += fast ? 1 : 0;
          else {
            taken.plainRuns++;
            taken.plain += fast ? 1 : 0;
          }
        },
      ),
      { numRuns: RUNS },
    );
    // Not a test of giving up: most generated front matter is in the subset, and some with comments.
    expect(taken.plain).toBeGreaterThan(taken.plainRuns / 5);
    expect(taken.commented).toBeGreaterThan(0);
  });
});
