// What scripts/build-data.mjs (placeholders) and scripts/precompile.mjs (the real output) agree on:
// the generated modules, their empty values, and the format line, which changes with the shape of
// the data (build-data replaces an output of another format, which would not compile).
export const PRECOMPILED_FORMAT = '// precompiled format 2';

/** Each generated module: its export, its TypeScript type (and the import the type needs), its empty value. */
export const PRECOMPILED_MODULES = {
  validators: {
    name: 'precompiledValidators',
    type: '[string, unknown][]',
    typeImport: '',
    empty: '[]',
  },
  patterns: {
    name: 'precompiledPatterns',
    type: 'PrecompiledPatterns',
    typeImport: "import type { PrecompiledPatterns } from '../content/precompiled.js';\n",
    empty: "{ phrases: {}, content: '' }",
  },
};
