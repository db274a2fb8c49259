#!/usr/bin/env node
// Ships the starter-template library with the CLI: copies templates/<lang>/**/*.md into
// packages/cli/templates/, where `dunlint init` finds it in an installed package. Run by the CLI
// package's `prepack` (and `--clean` by `postpack`, so no stale copy stays in the repository, where
// `dunlint init` reads templates/ directly).
//
//   node scripts/pack-templates.mjs [--out DIR]   copy (default DIR: packages/cli/templates)
//   node scripts/pack-templates.mjs --clean [--out DIR]
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = resolve(outFlag !== -1 && args[outFlag + 1] ? args[outFlag + 1] : join(repo, 'packages/cli/templates'));
const source = join(repo, 'templates');

rmSync(out, { recursive: true, force: true });
if (!args.includes('--clean')) {
  let count = 0;
  for (const language of ['en', 'es', 'pt']) {
    const dir = join(source, language);
    if (!existsSync(dir)) continue;
    cpSync(dir, join(out, language), {
      recursive: true,
      filter: (path) => path.endsWith('.md') || statSync(path).isDirectory(),
    });
    count += readdirSync(join(out, language), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  }
  console.log(`pack-templates: ${count} templates copied to ${out}`);
}
