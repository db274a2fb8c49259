#!/usr/bin/env node
// Last build step: the CLI as one ES module per entry (packages/cli/dist/bundle/), which
// `bin/dunlint.js` loads. Node resolves, reads and compiles some 400 files to start the module tree
// in dist/; one file starts several times faster, and a one-template check is mostly start-up.
// The worker of `--concurrency` is an entry of its own, beside the main one, so that the
// `new URL('./lint-worker.js', import.meta.url)` of the pool finds it in both layouts.
import { build } from 'esbuild';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/cli/dist');
const entryPoints = [{ in: join(dist, 'main.js'), out: 'dunlint' }];
const worker = join(dist, 'workers/lint-worker.js');
if (existsSync(worker)) entryPoints.push({ in: worker, out: 'lint-worker' });

await build({
  entryPoints,
  outdir: join(dist, 'bundle'),
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
