#!/usr/bin/env node
// The one-file build (dist/bundle, made by `npm run build`) starts several times faster than the
// module tree in dist/; the tree is the fallback when only `tsc` has run.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/dunlint.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
