import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  duplicateIdDiagnostics,
  resolveFileConfig,
  stripBom,
  summarise,
  type Config,
  type FileConfig,
  type TemplateId,
} from '@dunlint/core';
import { cacheKey, cachePath, LintCache, type CacheEntry } from './cache.js';
import { ConfigFinder } from './config-finder.js';
import { discoverFiles } from './discover.js';
import { contentHash, lintFile, lintSource, type LintMode, type LintOutcome, type LintTask } from './lint-file.js';
import { displayPath, toPosix } from './paths.js';
import { decodeTemplate, readTemplateBytes } from './read-template.js';
import type { FileResult } from './types.js';
import { lintInParallel, threadCount, type Concurrency } from './workers/pool.js';
import { removeTempFiles } from './write-atomic.js';

export interface CheckOptions {
  cwd: string;
  patterns: string[];
  configFile?: string;
  rules?: string[];
  fix?: boolean;
  fixDryRun?: boolean;
  quiet?: boolean;
  stdin?: string;
  stdinFilename?: string;
  maxFileSize?: number;
  /** Called with (files finished, files in total): once with 0 before the first file, then after each file. */
  onProgress?: (done: number, total: number) => void;
  /** --cache: reuse the results of files whose content and configuration did not change. */
  cache?: boolean;
  /** --cache-location: the cache file, or a folder to hold `.dunlintcache` (default: `.dunlintcache` in cwd). */
  cacheLocation?: string;
  /** --concurrency: how many threads lint (1 = only the main thread), or `auto` (the default). */
  concurrency?: Concurrency;
  /**
   * Stops the run between two files (Ctrl-C during --fix): files being linted are finished, so each
   * file is left either unchanged or completely fixed, and no temporary file is left behind.
   */
  signal?: AbortSignal;
}

export interface CheckOutcome {
  results: FileResult[];
  /** Files that could not be linted (unreadable, binary, too large, changed during --fix): one line each. */
  fileErrors: string[];
  /** Notes for stderr that are not errors (e.g. an explicitly named file is ignored). */
  notes: string[];
  /** Set when `signal` stopped the run: how many of the files were finished. */
  interrupted?: { done: number; total: number };
}

interface Linted {
  result: FileResult;
  templateId?: TemplateId;
}

/** Lints files (or stdin) and applies fixes; pure of output formatting. */
export async function runCheck(options: CheckOptions): Promise<CheckOutcome> {
  const configs = new ConfigFinder(options.cwd, { configFile: options.configFile, rules: options.rules });
  const fileErrors: string[] = [];
  const notes: string[] = [];
  let linted: Linted[];
  let interrupted: CheckOutcome['interrupted'];
  const shown = (p: string) => displayPath(options.cwd, p);

  if (options.stdin !== undefined) {
    const filePath = options.stdinFilename ? resolve(options.cwd, options.stdinFilename) : '<stdin>';
    const config = configs.forFile(options.stdinFilename ? filePath : resolve(options.cwd, 'stdin.md'));
    const fileConfig = resolveFileConfig(config, toPosix(filePath));
    linted = [lintSource(options.stdin, filePath, fileConfig, options)];
  } else {
    const { files, ignoredExplicit } = await discoverFiles(options.patterns, options.cwd, configs);
    for (const f of ignoredExplicit) notes.push(`${shown(f)}: ignored by the configuration's "ignores" (not linted)`);
    const outcomes = await lintFiles(files, configs, options, notes);
    linted = [];
    if (options.signal?.aborted) {
      interrupted = { done: outcomes.filter(Boolean).length, total: files.length };
      // Worker threads finish their files before they stop; this only catches a thread that could not.
      removeTempFiles(files.map((f) => dirname(f)));
    }
    for (const outcome of outcomes) {
      if (!outcome) continue; // not reached: the run was interrupted
      if (outcome.problem) fileErrors.push(`${shown(outcome.file)}: ${outcome.problem}`);
      if (outcome.result) linted.push({ result: outcome.result, templateId: outcome.templateId });
    }
  }
  reportDuplicateIds(linted, shown);
  const results = linted.map(({ result }) => (options.quiet ? onlyErrors(result) : result));
  return { results, fileErrors, notes, ...(interrupted ? { interrupted } : {}) };
}

/**
 * Lints the files, in the main thread or on worker threads (`--concurrency`), reusing cached
 * results (`--cache`). Outcomes come back in the order of `files`, whatever the threads' timing.
 */
async function lintFiles(
  files: readonly string[],
  configs: ConfigFinder,
  options: CheckOptions,
  notes: string[],
): Promise<LintOutcome[]> {
  const mode: LintMode = { fix: options.fix, fixDryRun: options.fixDryRun, hash: Boolean(options.cache) };
  const cache = options.cache ? LintCache.load(cachePath(options.cwd, options.cacheLocation)) : undefined;
  const table = new ConfigTable(configs, cache !== undefined);
  const outcomes: LintOutcome[] = new Array<LintOutcome>(files.length);
  const total = files.length;
  let done = 0;
  const finish = (index: number, outcome: LintOutcome) => {
    outcomes[index] = outcome;
    options.onProgress?.(++done, total);
  };
  options.onProgress?.(0, total);

  // Files to lint (by index into `files`), after the cache has answered for the unchanged ones.
  const todo: { index: number; task: LintTask; key?: string }[] = [];
  for (const [index, file] of files.entries()) {
    const { id, config, key } = table.forFile(file);
    const task: LintTask = { file, configId: id, maxBytes: options.maxFileSize ?? config.settings.maxFileSize };
    if (cache && key !== undefined) {
      // The hash is of the bytes: an unchanged file is not even decoded again.
      const bytes = readTemplateBytes(file, task.maxBytes);
      if (!bytes.ok) {
        cache.delete(file);
        finish(index, { file, problem: bytes.reason });
        continue;
      }
      const hit = cache.get(file, contentHash(bytes.bytes), key);
      // With --fix/--fix-dry-run, a file with fixable problems is linted again to fix it.
      const fixable = hit && hit.result.fixableErrorCount + hit.result.fixableWarningCount > 0;
      if (hit && !((options.fix || options.fixDryRun) && fixable)) {
        finish(index, fromCache(file, bytes.bytes.toString('utf8'), hit));
        continue;
      }
      const decoded = decodeTemplate(bytes.bytes);
      if (!decoded.ok) {
        cache.delete(file);
        finish(index, { file, problem: decoded.reason });
        continue;
      }
      task.text = decoded.text;
    }
    todo.push({ index, task, key });
  }

  const threads = threadCount(options.concurrency ?? 'auto', todo.length);
  if (threads <= 1) {
    for (const { index, task } of todo) {
      if (options.signal?.aborted) break;
      finish(index, lintFile(task, table.configs[task.configId]!, mode));
      // A turn of the event loop between files lets Ctrl-C stop the run there (never inside a write).
      if (options.signal) await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    await lintInParallel(
      todo.map((t) => t.task),
      {
        threads,
        mode,
        configs: table.configs,
        onOutcome: (i, outcome) => finish(todo[i]!.index, outcome),
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
  }

  if (cache) {
    for (const { index, key } of todo) {
      if (!outcomes[index]) continue; // not reached: the run was interrupted
      const { file, result, contentHash: hash, templateId } = outcomes[index]!;
      if (result && hash !== undefined && key !== undefined) cache.set(file, toEntry(hash, key, result, templateId));
      // No result: the file is unreadable. No hash: the result is of text that is not on disk
      // (--fix-dry-run, or a file that changed during --fix); the entry, if any, stays as it was.
      else if (!result) cache.delete(file);
    }
    const warning = cache.save();
    if (warning) notes.push(warning);
  }
  return outcomes;
}

/**
 * The run's distinct file configurations (numbered, so worker threads get each once) and, with
 * --cache, the cache key of each: the engine, the config and lexicon files behind it, the resolved
 * configuration, and today's date when review-expiry depends on it.
 */
class ConfigTable {
  readonly configs: FileConfig[] = [];
  private readonly ids = new Map<string, number>();
  private readonly keys = new Map<Config, Map<string, string>>();

  constructor(
    private readonly finder: ConfigFinder,
    private readonly withKeys: boolean,
  ) {}

  /** Configs without `overrides` resolve the same for every file: resolved once. */
  private readonly uniform = new Map<Config, { id: number; config: FileConfig; key?: string }>();

  forFile(file: string): { id: number; config: FileConfig; key?: string } {
    const projectConfig = this.finder.forFile(file);
    const known = this.uniform.get(projectConfig);
    if (known) return known;
    const resolved = resolveFileConfig(projectConfig, toPosix(file));
    const json = JSON.stringify(resolved);
    let id = this.ids.get(json);
    if (id === undefined) {
      id = this.configs.push(resolved) - 1;
      this.ids.set(json, id);
    }
    const config = this.configs[id]!;
    const entry = { id, config, ...(this.withKeys ? { key: this.key(projectConfig, config, json) } : {}) };
    if (!projectConfig.layers.some((l) => l.data.overrides?.length)) this.uniform.set(projectConfig, entry);
    return entry;
  }

  private key(projectConfig: Config, config: FileConfig, json: string): string {
    let byJson = this.keys.get(projectConfig);
    if (!byJson) this.keys.set(projectConfig, (byJson = new Map()));
    let key = byJson.get(json);
    if (key === undefined) {
      const review = config.rules['review-expiry'];
      const today =
        review && review.severity > 0 && typeof review.options.today !== 'string'
          ? new Date().toISOString().slice(0, 10)
          : undefined;
      key = cacheKey({ configSources: this.finder.sourcesOf(projectConfig), fileConfigJson: json, today });
      byJson.set(json, key);
    }
    return key;
  }
}

function toEntry(hash: string, key: string, r: FileResult, templateId: TemplateId | undefined): CacheEntry {
  return {
    hash,
    key,
    result: {
      messages: r.messages,
      suppressed: r.suppressed,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
    },
    ...(templateId ? { templateId } : {}),
  };
}

function fromCache(file: string, text: string, entry: CacheEntry): LintOutcome {
  return {
    file,
    result: { filePath: file, ...entry.result, source: stripBom(text).text },
    ...(entry.templateId ? { templateId: entry.templateId } : {}),
  };
}

/** SPEC §1.1: template ids are unique within a project. Each copy gets a frontmatter-schema error. */
function reportDuplicateIds(linted: Linted[], shown: (p: string) => string): void {
  const ids = new Map(linted.flatMap((item) => (item.templateId ? [[item, item.templateId] as const] : [])));
  for (const [item, { diagnostic }] of duplicateIdDiagnostics(ids, (c) => shown(c.result.filePath))) {
    const messages = [...item.result.messages, diagnostic].sort((a, b) => a.offset - b.offset);
    // A new object: the result may also be held by the cache.
    item.result = { ...item.result, ...summarise(messages, item.result.suppressed) };
  }
}

function onlyErrors(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, ...summarise(messages, result.suppressed) };
}

export function readStdin(): string {
  return readFileSync(0, 'utf8');
}
