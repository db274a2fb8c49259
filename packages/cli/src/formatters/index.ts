import type { Formatter } from '../types.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Every output format of `dunlint check --format` (SPEC §4, plus GitLab Code Quality). */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, gitlab };
export const formatterNames: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter {
  const formatter = formatters[name];
  if (!formatter) throw new Error(`unknown format "${name}"; use one of ${formatterNames.join(', ')}`);
  return formatter;
}

export { jsonResult } from './json.js';
