#!/usr/bin/env node
// The one-file build (dist/bundle, made by `npm run build`) starts several times faster than the
// module tree in dist/; the tree is the fallback when only `tsc` has run.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Regular expressions are compiled to machine code at once instead of to bytecode first and to
// machine code on their second use: the phrase lexicons' large expressions are used many times in
// a run, and compiling them once costs half as much (bench/RESULTS.md). Set before any is compiled;
// worker threads share the flag.
setFlagsFromString('--no-regexp-tier-up');

const bundle = new URL('../dist/bundle/dunlint.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
