import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '@dunlint/core';
import type { TemplateId } from '@dunlint/core';
import type { FileResult } from './types.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * The `--cache` file: one entry per linted file (by absolute path), valid while the file's content
 * hash and its configuration key are unchanged. The key covers dunlint's version and code, its
 * built-in data, the file's resolved configuration and the text of every config and lexicon file
 * involved (computed by the caller, see `cacheKey`). Files with problems are cached too; a warm
 * run reproduces the cold run's results exactly. A missing, corrupt, truncated or foreign cache
 * file is ignored and rewritten.
 */

export const DEFAULT_CACHE_FILE = '.dunlintcache';
const FORMAT = 1;

/** A result as cached: everything but the path (the entry's key) and the text (read again). */
export type CachedResult = Omit<FileResult, 'filePath' | 'source' | 'output'>;

export interface CacheEntry {
  /** Content hash of the file. */
  hash: string;
  /** The configuration key it was linted under. */
  key: string;
  result: CachedResult;
  templateId?: TemplateId;
}

interface CacheFile {
  dunlint: 'cache';
  format: number;
  version: string;
  entries: Record<string, CacheEntry>;
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold `.dunlintcache`. */
export function cachePath(cwd: string, location: string | undefined): string {
  if (!location) return join(cwd, DEFAULT_CACHE_FILE);
  const abs = resolve(cwd, location);
  if (location.endsWith('/') || location.endsWith(sep)) return join(abs, DEFAULT_CACHE_FILE);
  try {
    if (statSync(abs).isDirectory()) return join(abs, DEFAULT_CACHE_FILE);
  } catch {
    /* not there yet: a file */
  }
  return abs;
}

export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly seen = new Set<string>();
  private dirty: boolean;

  private constructor(
    readonly path: string,
    entries: Map<string, CacheEntry>,
    dirty: boolean,
  ) {
    this.entries = entries;
    this.dirty = dirty;
  }

  /** Loads the cache file; anything unusable (missing, corrupt, another version) gives an empty cache. */
  static load(path: string): LintCache {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return new LintCache(path, new Map(), true);
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile> | null;
      if (
        data &&
        data.dunlint === 'cache' &&
        data.format === FORMAT &&
        data.version === VERSION &&
        typeof data.entries === 'object' &&
        data.entries !== null &&
        !Array.isArray(data.entries)
      ) {
        return new LintCache(path, new Map(Object.entries(data.entries)), false);
      }
    } catch {
      /* corrupt or truncated: start again */
    }
    return new LintCache(path, new Map(), true);
  }

  /** The cached entry for this file when its content and configuration are unchanged. */
  get(file: string, hash: string, key: string): CacheEntry | undefined {
    this.seen.add(file);
    const entry = this.entries.get(file);
    if (!entry || entry.hash !== hash || entry.key !== key || !isCachedResult(entry.result)) return undefined;
    return entry;
  }

  set(file: string, entry: CacheEntry): void {
    this.seen.add(file);
    this.entries.set(file, entry);
    this.dirty = true;
  }

  /** Forgets a file (e.g. it could not be read). */
  delete(file: string): void {
    this.seen.add(file);
    if (this.entries.delete(file)) this.dirty = true;
  }

  /**
   * Writes the cache atomically when it changed. Entries of files this run did not look at are
   * kept while the file exists (so linting one folder does not forget another), and dropped once it
   * is gone, so the cache does not grow with deleted files. Returns a warning when it cannot be written.
   */
  save(): string | undefined {
    for (const file of this.entries.keys()) {
      if (this.seen.has(file)) continue;
      if (!exists(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return undefined;
    const data: CacheFile = { dunlint: 'cache', format: FORMAT, version: VERSION, entries: {} };
    for (const [file, entry] of this.entries) data.entries[file] = entry;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileAtomic(this.path, JSON.stringify(data));
      this.dirty = false;
      return undefined;
    } catch (error) {
      return `could not write the cache file ${this.path} (${(error as Error).message}); the next run will lint every file again`;
    }
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function isCachedResult(r: unknown): r is CachedResult {
  const x = r as CachedResult | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    Array.isArray(x.messages) &&
    Array.isArray(x.suppressed) &&
    typeof x.errorCount === 'number' &&
    typeof x.warningCount === 'number' &&
    typeof x.fixableErrorCount === 'number' &&
    typeof x.fixableWarningCount === 'number'
  );
}

let engine: string | undefined;

/**
 * A fingerprint of the linting engine: dunlint's version plus the files of @dunlint/core and of this
 * CLI (their code and built-in data: phrase lexicons, jurisdiction profiles, inflections), so that a
 * rebuilt or upgraded dunlint never reuses results from another build.
 */
export function engineFingerprint(): string {
  if (engine) return engine;
  const hash = createHash('sha1').update(`dunlint ${VERSION}\0`);
  const dirs = new Set<string>([dirname(fileURLToPath(import.meta.url))]);
  try {
    dirs.add(dirname(fileURLToPath(import.meta.resolve('@dunlint/core'))));
  } catch {
    /* bundled: the core is part of this file */
  }
  // Size and modification time identify a build without reading megabytes on every warm run.
  for (const dir of dirs) {
    for (const file of jsFiles(dir)) {
      const st = statSync(file);
      hash.update(`${file}\0${st.size}\0${st.mtimeMs}\0`);
    }
  }
  engine = hash.digest('base64url');
  return engine;
}

function jsFiles(dir: string): string[] {
  let names: Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names
    .flatMap((d) => {
      const p = join(dir, d.name);
      if (d.isDirectory()) return jsFiles(p);
      return d.name.endsWith('.js') || d.name.endsWith('.mjs') ? [p] : [];
    })
    .sort();
}

/** The cache key of one resolved file configuration (see LintCache). */
export function cacheKey(parts: { configSources: string; fileConfigJson: string; today?: string }): string {
  return createHash('sha1')
    .update(engineFingerprint())
    .update('\0')
    .update(parts.configSources)
    .update('\0')
    .update(parts.fileConfigJson)
    .update('\0')
    .update(parts.today ?? '')
    .digest('base64url');
}
