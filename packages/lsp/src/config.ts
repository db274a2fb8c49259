import { readFileSync, statSync } from 'node:fs';
import { dirname, basename } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  defaultConfig,
  findConfigFile,
  loadConfig,
  type Config,
  type ConfigHost,
} from '@dunlint/core';
import { isInside, toPosix } from './paths.js';

/** A configuration file that could not be loaded, with the position the core reported. */
export interface ConfigProblem {
  /** The file the problem is in (the config, a file it extends, or a lexicon). */
  filePath: string;
  line: number;
  column: number;
  message: string;
  /** The nearest config file whose loading failed. */
  configFile: string;
}

export interface ResolvedConfig {
  config: Config;
  /** The nearest configuration file, if any. */
  configFile?: string;
  /** Set when that file could not be loaded: `config` is then the `recommended` preset. */
  problem?: ConfigProblem;
}

interface Loaded {
  resolved: ResolvedConfig;
  /** Every path read (or looked for) while loading: the config chain and its lexicons. */
  reads: Set<string>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const CONFIG_NAMES: ReadonlySet<string> = new Set(CONFIG_FILE_NAMES);

/**
 * Nearest-config discovery and loading for the server, on the real file system, through the
 * core's `findConfigFile` and `loadConfig`. Cached per folder and per config file; `invalidate`
 * drops what a changed file affects and bumps `generation` (part of every diagnostics result id).
 */
export class ConfigStore {
  private readonly byDir = new Map<string, string | null>();
  private readonly byFile = new Map<string, Loaded>();
  generation = 0;

  constructor(private readonly workspaceRoots: () => readonly string[]) {}

  /** The configuration for a template at `filePath` (absolute), or the default for files outside any folder. */
  forFile(filePath: string | undefined): ResolvedConfig {
    if (!filePath) return { config: defaultConfig() };
    const dir = toPosix(dirname(filePath));
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir, { exists: isFile }) ?? null;
      this.byDir.set(dir, found);
    }
    if (found === null) return { config: defaultConfig() };
    return this.load(found).resolved;
  }

  /** Problems of every configuration loaded so far, by the file they are in. */
  problems(): ConfigProblem[] {
    return [...this.byFile.values()].flatMap((l) => (l.resolved.problem ? [l.resolved.problem] : []));
  }

  /**
   * A file changed on disk. Returns whether any configuration is affected (then every cache is
   * dropped: config files are few and loading them is cheap).
   */
  invalidate(paths: readonly string[]): boolean {
    const affected = paths.some((p) => {
      const posix = toPosix(p);
      if (CONFIG_NAMES.has(basename(posix))) return true;
      for (const loaded of this.byFile.values()) if (loaded.reads.has(posix)) return true;
      return false;
    });
    if (!affected) return false;
    this.byDir.clear();
    this.byFile.clear();
    this.generation++;
    return true;
  }

  private load(configFile: string): Loaded {
    const cached = this.byFile.get(configFile);
    if (cached) return cached;
    const reads = new Set<string>([configFile]);
    const host: ConfigHost = {
      readFile(path) {
        reads.add(toPosix(path));
        return isFile(path) ? readFileSync(path, 'utf8') : undefined;
      },
    };
    const root = this.workspaceRoots().find((r) => isInside(r, configFile)) ?? toPosix(dirname(configFile));
    let resolved: ResolvedConfig;
    try {
      resolved = { config: loadConfig(configFile, host, { workspaceRoot: root }), configFile };
    } catch (error) {
      const e =
        error instanceof ConfigError
          ? error
          : new ConfigError(`Cannot load the configuration: ${(error as Error)?.message ?? String(error)}`, configFile);
      resolved = {
        config: defaultConfig(),
        configFile,
        problem: { filePath: toPosix(e.filePath), line: e.line, column: e.column, message: e.message, configFile },
      };
    }
    const loaded = { resolved, reads };
    this.byFile.set(configFile, loaded);
    return loaded;
  }
}
