#!/usr/bin/env node
// Last build step: the CLI as one ES module per entry (packages/cli/dist/bundle/), which
// `bin/dunlint.js` loads. Node resolves, reads and compiles some 400 files to start the module tree
// in dist/; one file starts several times faster, and a one-template check is mostly start-up.
// The worker of `--concurrency` is an entry of its own, beside the main one, so that the
// `new URL('./lint-worker.js', import.meta.url)` of the pool finds it in both layouts.
//
// The core's generated data (lexicons, inflections, precompiled patterns: 1.5 MB, all languages)
// is inline JavaScript in @dunlint/core, which has no fs so that it runs in a browser. Compiling it
// is a third of the CLI's start-up, and one run rarely needs every language. In this Node-only
// bundle those modules are replaced (see `lazyData`) by getters that read one JSON file per
// language (and lexicon) from dist/bundle/data/ on first use; the core reads them as before.
import { build } from 'esbuild';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/cli/dist');
const outdir = join(dist, 'bundle');
const generated = join(root, 'packages/core/dist/generated');
const entryPoints = [{ in: join(dist, 'main.js'), out: 'dunlint' }];
const worker = join(dist, 'workers/lint-worker.js');
if (existsSync(worker)) entryPoints.push({ in: worker, out: 'lint-worker' });

const { lexiconData } = await import(pathToFileURL(join(generated, 'lexicons.js')).href);
const { inflectionData } = await import(pathToFileURL(join(generated, 'inflections.js')).href);
const { precompiledPatterns } = await import(pathToFileURL(join(generated, 'patterns.js')).href);

// Old chunks have content hashes in their names: start from an empty directory.
rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, 'data'), { recursive: true });
const writeData = (name, value) => writeFileSync(join(outdir, 'data', name), JSON.stringify(value));

/** One file per lexicon and language (locale-mismatch reads one lexicon of every language). */
mkdirSync(join(outdir, 'data', 'lexicons'));
for (const [id, byLang] of Object.entries(lexiconData))
  for (const [lang, value] of Object.entries(byLang)) writeData(`lexicons/${id}.${lang}.json`, value);
for (const [lang, table] of Object.entries(inflectionData)) writeData(`inflections.${lang}.json`, table);
for (const [lang, json] of Object.entries(precompiledPatterns.phrases)) writeData(`patterns.${lang}.json`, json);
writeData('patterns.content.json', precompiledPatterns.content);

const READER = `import { readFileSync } from 'node:fs';
const loaded = new Map();
function data(name) {
  if (!loaded.has(name)) {
    const file = new URL('./data/' + name, import.meta.url);
    loaded.set(name, JSON.parse(readFileSync(file, 'utf8')));
  }
  return loaded.get(name);
}
`;
const getter = (key, expr) => `get ${JSON.stringify(key)}() { return ${expr}; }`;

/** The replacement modules, with the same exports and shapes as the generated ones. */
const lazyModules = {
  lexicons: () => {
    const rules = Object.entries(lexiconData).map(([id, byLang]) => {
      const langs = Object.keys(byLang).map((l) => getter(l, `data(${JSON.stringify(`lexicons/${id}.${l}.json`)})`));
      return getter(id, `{ ${langs.join(', ')} }`);
    });
    return `${READER}export const lexiconData = { ${rules.join(',\n')} };\n`;
  },
  inflections: () => {
    const langs = Object.keys(inflectionData).map((l) => getter(l, `data(${JSON.stringify(`inflections.${l}.json`)})`));
    return `${READER}export const inflectionData = { ${langs.join(', ')} };\n`;
  },
  patterns: () => {
    const langs = Object.keys(precompiledPatterns.phrases).map((l) =>
      getter(l, `data(${JSON.stringify(`patterns.${l}.json`)})`),
    );
    return `${READER}export const precompiledPatterns = { phrases: { ${langs.join(', ')} }, ${getter('content', 'data("patterns.content.json")')} };\n`;
  },
};

/**
 * Packages the CLI rarely needs, loaded on first use from dist/bundle/lazy/<name>.cjs: the Snowball
 * stemmers (0.7 MB, only when a `~word` matched by its stem), ajv's schema compiler (only for a
 * schema the build did not precompile) and tinyld's language model (built when imported; only when
 * locale-mismatch's function-word check is not conclusive). Each stub has the exports the core uses.
 */
const LAZY_PACKAGES = {
  'tinyld/light': 'export const detectAll = (...a) => load().detectAll(...a);',
  'snowball-stemmers': 'export default { newStemmer: (...a) => load().newStemmer(...a) };',
  ajv: 'export class Ajv { constructor(...a) { return new (load().Ajv)(...a); } }',
  'ajv-formats': 'export default function addFormats(...a) { const m = load(); return (m.default ?? m)(...a); }',
};
for (const name of Object.keys(LAZY_PACKAGES)) {
  await build({
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
    outfile: join(outdir, 'lazy', `${name.replace('/', '-')}.cjs`),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'linked',
    logLevel: 'warning',
  });
}
const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).join('|').replaceAll('/', '\\/')})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
      contents: `import { createRequire } from 'node:module';
let mod;
const load = () => (mod ??= createRequire(import.meta.url)(${JSON.stringify(`./lazy/${args.path.replace('/', '-')}.cjs`)}));
${LAZY_PACKAGES[args.path]}
`,
      loader: 'js',
    }));
  },
};

const lazyData = {
  name: 'lazy-generated-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]dist[\\/]generated[\\/](lexicons|inflections|patterns)\.js$/ }, (args) => {
      const kind = /(lexicons|inflections|patterns)\.js$/.exec(args.path)[1];
      return { contents: lazyModules[kind](), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await build({
  entryPoints,
  outdir,
  plugins: [lazyData, lazyPackages],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Commands loaded with import() (audit, init) become chunks of their own, read only when used.
  // Chunks stay beside the entries: the pool's worker URL is relative to the chunk that holds it.
  splitting: true,
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies call require() for Node's own modules; give the ES module one.
  banner: {
    js: "import { createRequire as __dunlintRequire } from 'node:module';\nconst require = __dunlintRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});
