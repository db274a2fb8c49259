import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isIgnored, isTemplateFile } from '@dunlint/core';
import type { ConfigFinder } from './config-finder.js';
import { UsageError } from './errors.js';
import { toPosix } from './paths.js';

export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Discovered {
  /** Absolute paths of templates to lint, sorted, unique. */
  files: string[];
  /** Files named explicitly but ignored by the configuration. */
  ignoredExplicit: string[];
}

/**
 * Expands the paths and globs given on the command line into template files. Folders are
 * searched for `*.md` files (not following symbolic links, so link loops cannot trap the
 * search); each file is kept when the nearest configuration's `files` match it and its
 * `ignores` do not. A path that does not exist and is not a glob is a usage error.
 */
export async function discoverFiles(patterns: string[], cwd: string, configs: ConfigFinder): Promise<Discovered> {
  const found = new Set<string>();
  const ignoredExplicit: string[] = [];
  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = resolve(cwd, pattern);
    let kind: 'file' | 'dir' | 'none';
    try {
      const st = statSync(abs);
      kind = st.isDirectory() ? 'dir' : 'file';
    } catch (error) {
      // A path that exists but cannot be examined (a symbolic link loop, no permission) is a file
      // that cannot be read: reported as such, not as "does not exist".
      const code = (error as NodeJS.ErrnoException).code;
      kind = code === 'ENOENT' || code === 'ENOTDIR' ? 'none' : 'file';
    }
    if (kind === 'file') {
      if (isIgnored(configs.forFile(abs), toPosix(abs))) ignoredExplicit.push(abs);
      else found.add(abs);
      continue;
    }
    let candidates: string[];
    if (kind === 'dir') {
      candidates = await glob(['**/*.md'], {
        cwd: abs,
        absolute: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        dot: false,
      });
    } else if (isDynamicPattern(pattern)) {
      candidates = await glob([toPosix(pattern)], {
        cwd,
        absolute: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        dot: false,
      });
      if (candidates.length === 0) throw new UsageError(`no files match the pattern "${pattern}"`);
    } else {
      throw new UsageError(`"${pattern}" does not exist`);
    }
    for (const file of candidates) {
      const config = configs.forFile(file);
      const posix = toPosix(file);
      if (!isTemplateFile(config, posix) || isIgnored(config, posix)) continue;
      found.add(file);
    }
  }
  return { files: [...found].sort(), ignoredExplicit };
}
