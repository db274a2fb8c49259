/**
 * Builds the extension into dist/ (everything the .vsix needs; no node_modules at run time):
 *   dist/extension.cjs       the client (vscode-languageclient bundled; `vscode` is external)
 *   dist/server.cjs          the language server with @dunlint/core bundled; its language data in
 *                            dist/data/ and rarely needed packages in dist/lazy/ (scripts/node-bundle.mjs)
 *   dist/webview/preview.js  the preview panel's script
 *   dist/schema/             the config JSON Schema, copied from packages/core/schema
 *   dist/docs/               the Markdown pages of docs/ (rule pages and what they link to), for "Explain rule"
 *   dist/snippets/           snippets generated from the core's lexicons
 * Usage: node scripts/build.mjs [--dev] [--watch]   (--dev: no minification, source maps)
 * The server is bundled from packages/lsp/dist and packages/core/dist: run the root `npm run build` first.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildSnippets } from './snippets.mjs';
import { lazyNodePlugins } from '../../../scripts/node-bundle.mjs';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(pkgDir, '..', '..');
const coreDir = join(repo, 'packages', 'core');
const dist = join(pkgDir, 'dist');
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev') || args.has('--watch');
const watch = args.has('--watch');

for (const built of ['packages/lsp/dist/index.js', 'packages/core/dist/index.js']) {
  if (!existsSync(join(repo, built))) {
    console.error(`dunlint-vscode: ${built} is missing; run "npm run build" at the repository root first.`);
    process.exit(1);
  }
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const serverPlugins = await lazyNodePlugins(dist);

const common = {
  bundle: true,
  logLevel: 'warning',
  legalComments: 'none',
  // Whitespace and syntax only: identifiers stay readable in the stack traces of the output channel.
  minifyWhitespace: !dev,
  minifySyntax: !dev,
  sourcemap: dev ? 'linked' : false,
  metafile: true,
};

const targets = [
  {
    ...common,
    entryPoints: [join(pkgDir, 'src/extension.ts')],
    outfile: join(dist, 'extension.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: [join(pkgDir, 'src/server-main.ts')],
    outfile: join(dist, 'server.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // The server reads its version, its data and lazy packages relative to `import.meta.url`; give
    // the CommonJS bundle one.
    define: { 'import.meta.url': '__dunlintImportMetaUrl' },
    plugins: serverPlugins,
    banner: { js: "const __dunlintImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  },
  {
    ...common,
    entryPoints: [join(pkgDir, 'src/webview/preview.ts')],
    outfile: join(dist, 'webview', 'preview.js'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

function copyData() {
  mkdirSync(join(dist, 'schema'), { recursive: true });
  copyFileSync(join(coreDir, 'schema', 'config.schema.json'), join(dist, 'schema', 'config.schema.json'));
  // Every Markdown page of docs/: the rule pages and the pages they link to (../configuration.md,
  // ../jurisdictions/README.md, ../legal-sources.md …), so the links work in the Markdown preview.
  const docs = join(repo, 'docs');
  const copyMarkdown = (from, to) => {
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copyMarkdown(join(from, entry.name), join(to, entry.name));
      else if (entry.name.endsWith('.md')) {
        mkdirSync(to, { recursive: true });
        copyFileSync(join(from, entry.name), join(to, entry.name));
      }
    }
  };
  copyMarkdown(docs, join(dist, 'docs'));
  mkdirSync(join(dist, 'snippets'), { recursive: true });
  writeFileSync(join(dist, 'snippets', 'dunlint.json'), `${JSON.stringify(buildSnippets(coreDir), null, 2)}\n`);
}

function report(results) {
  for (const result of results) {
    for (const [file, { bytes }] of Object.entries(result.metafile?.outputs ?? {})) {
      if (file.endsWith('.map')) continue;
      console.log(
        `  ${relative(pkgDir, join(process.cwd(), file)).padEnd(26)} ${(bytes / 1024).toFixed(0).padStart(6)} KB`,
      );
    }
  }
}

copyData();
if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('dunlint-vscode: watching for changes…');
} else {
  const started = Date.now();
  const results = await Promise.all(targets.map((t) => esbuild.build(t)));
  report(results);
  const size = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (sum, e) => sum + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size),
      0,
    );
  console.log(`dunlint-vscode: dist/ built in ${Date.now() - started} ms (${(size(dist) / 1024).toFixed(0)} KB)`);
}
