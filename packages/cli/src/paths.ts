import { relative, sep } from 'node:path';

/** Posix separators, as the core's globs and config paths expect. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A path relative to `cwd` for display (forward slashes), or the path itself outside it. */
export function displayPath(cwd: string, path: string): string {
  if (path.startsWith('<')) return path;
  const rel = relative(cwd, path);
  return toPosix(rel && !rel.startsWith('..') ? rel : path);
}
