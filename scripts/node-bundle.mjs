// What the Node bundles of dunlint share (the CLI's and the language server's, scripts/bundle.mjs,
// and the VS Code extension's server, packages/vscode/scripts/build.mjs): esbuild plugins that keep
// what a run rarely needs out of the code Node compiles at start-up.
//
// - The core's generated data (lexicons, inflections, precompiled patterns: 1.5 MB, all languages)
//   is inline JavaScript in @dunlint/core, which has no fs so that it runs in a browser. Compiling
//   it was a third of the CLI's start-up, and one run rarely needs every language. In a Node bundle
//   those modules are replaced by getters that read one JSON file per language (and lexicon) from
//   <outdir>/data/ on first use; the core reads them as before.
// - Packages loaded on first use from <outdir>/lazy/<name>.cjs: the Snowball stemmers (0.7 MB,
//   only when a `~word` matched by its stem), ajv's schema compiler (only for a schema the build
//   did not precompile) and tinyld's language model (built when imported; only when
//   locale-mismatch's function-word check is not conclusive). Each stub has the exports the core uses.
//
// - yaml's parser reads `process.env.LOG_TOKENS` (a debugging switch) for every token; Node's
//   environment lookup is slow, and it was a third of parsing a front matter. The bundles read it
//   once, when the module loads (`yamlEnvOnce`).
//
// Both find their files with `import.meta.url`: the bundle's own location (a CommonJS bundle must
// define it, as packages/vscode/scripts/build.mjs does).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'packages/core/dist/generated');

const LAZY_PACKAGES = {
  'tinyld/light': 'export const detectAll = (...a) => load().detectAll(...a);',
  'snowball-stemmers': 'export default { newStemmer: (...a) => load().newStemmer(...a) };',
  ajv: 'export class Ajv { constructor(...a) { return new (load().Ajv)(...a); } }',
  'ajv-formats': 'export default function addFormats(...a) { const m = load(); return (m.default ?? m)(...a); }',
};
const lazyFile = (name) => `./lazy/${name.replace('/', '-')}.cjs`;

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
const read = (file) => `data(${JSON.stringify(file)})`;

/**
 * Writes `<outdir>/data` and `<outdir>/lazy` (run it on an empty `outdir`) and returns the plugins
 * that make the bundle written to `outdir` read them.
 */
export async function lazyNodePlugins(outdir) {
  const load = async (name) => import(pathToFileURL(join(generated, `${name}.js`)).href);
  const { lexiconData } = await load('lexicons');
  const { inflectionData } = await load('inflections');
  const { precompiledPatterns } = await load('patterns');

  mkdirSync(join(outdir, 'data', 'lexicons'), { recursive: true });
  const writeData = (name, value) => writeFileSync(join(outdir, 'data', name), JSON.stringify(value));
  // One file per lexicon and language (locale-mismatch reads one lexicon of every language).
  for (const [id, byLang] of Object.entries(lexiconData))
    for (const [lang, value] of Object.entries(byLang)) writeData(`lexicons/${id}.${lang}.json`, value);
  for (const [lang, table] of Object.entries(inflectionData)) writeData(`inflections.${lang}.json`, table);
  for (const [lang, json] of Object.entries(precompiledPatterns.phrases)) writeData(`patterns.${lang}.json`, json);
  writeData('patterns.content.json', precompiledPatterns.content);

  // The replacement modules, with the same exports and shapes as the generated ones.
  const modules = {
    lexicons: () => {
      const rules = Object.entries(lexiconData).map(([id, byLang]) => {
        const langs = Object.keys(byLang).map((l) => getter(l, read(`lexicons/${id}.${l}.json`)));
        return getter(id, `{ ${langs.join(', ')} }`);
      });
      return `${READER}export const lexiconData = { ${rules.join(',\n')} };\n`;
    },
    inflections: () => {
      const langs = Object.keys(inflectionData).map((l) => getter(l, read(`inflections.${l}.json`)));
      return `${READER}export const inflectionData = { ${langs.join(', ')} };\n`;
    },
    patterns: () => {
      const langs = Object.keys(precompiledPatterns.phrases).map((l) => getter(l, read(`patterns.${l}.json`)));
      return `${READER}export const precompiledPatterns = { phrases: { ${langs.join(', ')} }, ${getter('content', read('patterns.content.json'))} };\n`;
    },
  };
  const lazyData = {
    name: 'lazy-generated-data',
    setup(b) {
      b.onLoad({ filter: /[\\/]core[\\/]dist[\\/]generated[\\/](lexicons|inflections|patterns)\.js$/ }, (args) => {
        const kind = /(lexicons|inflections|patterns)\.js$/.exec(args.path)[1];
        return { contents: modules[kind](), loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };

  for (const name of Object.keys(LAZY_PACKAGES)) {
    await build({
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
      outfile: join(outdir, lazyFile(name)),
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
      const names = Object.keys(LAZY_PACKAGES).map((n) => n.replaceAll('/', '\\/'));
      b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({
        path: args.path,
        namespace: 'lazy-package',
      }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
        contents: `import { createRequire } from 'node:module';
let mod;
const load = () => (mod ??= createRequire(import.meta.url)(${JSON.stringify(lazyFile(args.path))}));
${LAZY_PACKAGES[args.path]}
`,
        loader: 'js',
      }));
    },
  };
  return [lazyData, lazyPackages, yamlEnvOnce];
}

const YAML_TOKEN_LOG = 'if (node_process.env.LOG_TOKENS)';
const yamlEnvOnce = {
  name: 'yaml-env-once',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(YAML_TOKEN_LOG)) {
        return {
          contents: source,
          loader: 'js',
          warnings: [{ text: `yaml-env-once: "${YAML_TOKEN_LOG}" not found; left as is` }],
        };
      }
      const contents = `${source.replaceAll(YAML_TOKEN_LOG, 'if (LOG_TOKENS)')}\nvar LOG_TOKENS = node_process.env.LOG_TOKENS;\n`;
      return { contents, loader: 'js' };
    });
  },
};
