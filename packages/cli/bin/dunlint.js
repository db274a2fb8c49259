#!/usr/bin/env node
// The one-file build (dist/bundle, made by `npm run build`) starts several times faster than the
// module tree in dist/; the tree is the fallback when only `tsc` has run.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8 settings for a run of a few seconds, set before any code is hot; worker threads share them.
// - Regular expressions are compiled to machine code at once instead of to bytecode first and to
//   machine code on their second use: the phrase lexicons' large expressions are used many times
//   in a run, and compiling them once costs half as much.
// - The optimizing compiler inlines smaller functions only (115 bytes of bytecode instead of 460):
//   its work runs beside the linting threads and, on two cores, competes with them. A 2,000-template
//   check on two threads took ~12 % less time and CPU; one thread and one template are unchanged.
setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--max-inlined-bytecode-size=115');

const bundle = new URL('../dist/bundle/dunlint.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
