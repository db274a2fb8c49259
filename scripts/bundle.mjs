#!/usr/bin/env node
// Last build step: the CLI and the language server as ES modules (packages/cli/dist/bundle/,
// packages/lsp/dist/bundle/), which their `bin/` scripts load. Node resolves, reads and compiles
// some 400 files to start the module tree in dist/; one bundle starts several times faster, and a
// one-template check is mostly start-up. What a run rarely needs (the core's data of other
// languages, the stemmers, ajv's compiler, the language model) stays out: see node-bundle.mjs.
// The worker of `--concurrency` is an entry of its own, beside the main one, so that the
// `new URL('./lint-worker.js', import.meta.url)` of the pool finds it in both layouts.
import { build } from 'esbuild';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, rmSync } from 'node:fs';
import { lazyNodePlugins } from './node-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(pkg, entries) {
  const dist = join(root, 'packages', pkg, 'dist');
  const outdir = join(dist, 'bundle');
  // Old chunks have content hashes in their names: start from an empty directory.
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: Object.entries(entries)
      .filter(([, file]) => existsSync(join(dist, file)))
      .map(([out, file]) => ({ in: join(dist, file), out })),
    outdir,
    plugins: await lazyNodePlugins(outdir),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Modules loaded with import() (audit, init; the server's core) become chunks of their own, read
    // only when used. Chunks stay beside the entries: the pool's worker URL is relative to the chunk.
    splitting: true,
    chunkNames: '[name]-[hash]',
    // CommonJS dependencies call require() for Node's own modules; give the ES module one.
    banner: {
      js: "import { createRequire as __dunlintRequire } from 'node:module';\nconst require = __dunlintRequire(import.meta.url);",
    },
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

await bundle('cli', { dunlint: 'main.js', 'lint-worker': 'workers/lint-worker.js' });
await bundle('lsp', { server: 'main.js' });
