import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  defaultConfig,
  findConfigFile,
  loadConfig,
  parseConfigText,
  type Config,
  type ConfigData,
  type ConfigHost,
} from '@dunlint/core';
import { toPosix } from './paths.js';

const host: ConfigHost = {
  readFile(path) {
    if (!existsSync(path)) return undefined;
    // A named pipe or a device would make the read wait for ever.
    if (!isFile(path)) throw new Error('it is not a regular file');
    return readFileSync(path, 'utf8');
  },
};

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds and loads the configuration for each file: `--config FILE` when given, else the nearest
 * `.dunlintrc.yaml|.dunlintrc.json|dunlint.config.yaml` from the file's folder upward, else
 * `recommended`. Loaded configs are cached per folder. `--rule` settings are applied last.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, Config>();
  private readonly byFile = new Map<string, Config>();
  /** Per loaded config: every config and lexicon file read for it, with its text (for the --cache key). */
  private readonly sources = new WeakMap<Config, string>();
  private readonly explicit: Config | undefined;
  private readonly extra: ConfigData | undefined;

  constructor(
    private readonly cwd: string,
    options: { configFile?: string; rules?: string[] } = {},
  ) {
    this.extra = options.rules?.length ? parseRuleFlags(options.rules) : undefined;
    if (options.configFile) {
      const path = resolve(cwd, options.configFile);
      if (!isFile(path)) throw new ConfigFileMissing(options.configFile);
      this.explicit = this.load(path);
    }
  }

  forFile(filePath: string): Config {
    if (this.explicit) return this.explicit;
    const dir = dirname(filePath);
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const found = findConfigFile(toPosix(dir), { exists: (p) => isFile(p) });
    const config = found ? this.load(found) : this.withExtra(defaultConfig());
    this.byDir.set(dir, config);
    return config;
  }

  private load(path: string): Config {
    const key = toPosix(path);
    const cached = this.byFile.get(key);
    if (cached) return cached;
    const cwd = toPosix(this.cwd);
    const root = key.startsWith(`${cwd}/`) ? cwd : toPosix(dirname(path));
    const read: string[] = [];
    const recording: ConfigHost = {
      readFile(p) {
        const text = host.readFile(p);
        read.push(p, text ?? '');
        return text;
      },
    };
    const config = this.withExtra(loadConfig(key, recording, { workspaceRoot: root }));
    this.sources.set(config, `${this.sources.get(config) ?? ''}${JSON.stringify(read)}`);
    this.byFile.set(key, config);
    return config;
  }

  /** The paths and texts of the config and lexicon files behind `config`, and the --rule flags. */
  sourcesOf(config: Config): string {
    return this.sources.get(config) ?? JSON.stringify(this.extra ?? null);
  }

  private withExtra(config: Config): Config {
    if (!this.extra) return config;
    const extended = { ...config, layers: [...config.layers, { data: this.extra, baseDir: '', source: '--rule' }] };
    this.sources.set(extended, JSON.stringify(this.extra));
    return extended;
  }
}

export class ConfigFileMissing extends Error {
  constructor(readonly path: string) {
    super(`the configuration file "${path}" does not exist`);
  }
}

/** `--rule 'no-false-urgency: error'` (YAML, like ESLint's --rule), validated like a config file. */
function parseRuleFlags(flags: string[]): ConfigData {
  const text = `rules:\n${flags.map((f) => `  ${f.trim().startsWith('{') ? f.trim().slice(1, -1) : f}`).join('\n')}\n`;
  return parseConfigText(text, '--rule');
}
