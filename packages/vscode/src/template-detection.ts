/**
 * Which Markdown documents are dunlint templates, as far as the extension can tell without the
 * server: pure functions (no `vscode`), so they are unit-tested directly.
 *
 * A Markdown file is handed to the language server when a dunlint configuration file applies to it
 * (the server then decides by the configuration's `files` and `ignores`, as the CLI does), or when
 * its front matter is clearly a dunlint template's. Documents in the `dunlint` language (`*.dun.md`)
 * always are. This keeps dunlint quiet on the README of a project that does not use it.
 */
import { dirname } from 'node:path';

/** The configuration file names, nearest first in each folder (as `@dunlint/core`'s CONFIG_FILE_NAMES). */
export const CONFIG_FILE_NAMES: readonly string[] = [
  '.dunlintrc.yaml',
  '.dunlintrc.yml',
  '.dunlintrc.json',
  'dunlint.config.yaml',
];

/** Front matter keys that only a dunlint template has in combination. */
const TEMPLATE_KEYS = ['channel', 'stage', 'creditor', 'contact', 'jurisdiction', 'locale'];
/** How many of them a front matter needs (one of them `channel` or `stage`). */
const ENOUGH_KEYS = 3;
/** How much of the text is looked at. */
const HEAD = 16 * 1024;

/**
 * Whether `text` starts with YAML front matter that looks like a dunlint template's: at least three
 * of `channel`, `stage`, `creditor`, `contact`, `jurisdiction`, `locale` as top-level keys, one of
 * them `channel` or `stage`. An unclosed front matter counts (the author is still typing it).
 */
export function hasTemplateFrontMatter(text: string): boolean {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const open = /^---[ \t]*\r?\n/.exec(head);
  if (!open) return false;
  const rest = head.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  const block = close ? rest.slice(0, close.index) : rest;
  const keys = new Set<string>();
  for (const m of block.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)) keys.add(m[1]!);
  const found = TEMPLATE_KEYS.filter((k) => keys.has(k));
  return found.length >= ENOUGH_KEYS && (keys.has('channel') || keys.has('stage'));
}

/** Whether a file name is a dunlint configuration file. */
export function isConfigFileName(name: string): boolean {
  return CONFIG_FILE_NAMES.includes(name);
}

/** The folders a configuration file is looked for in, from the file's own folder up to the root. */
export function ancestorFolders(filePath: string): string[] {
  const folders: string[] = [];
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    folders.push(dir);
    if (dirname(dir) === dir) return folders;
  }
}
