import { Option, type Command } from 'commander';
import type { CheckOptions } from './check.js';
import { UsageError } from './errors.js';
import type { Concurrency } from './workers/pool.js';

/** The flags of `--cache`, `--cache-location` and `--concurrency`, as commander parses them. */
export interface SpeedFlags {
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: Concurrency;
}

/** Adds `--cache`, `--cache-location` and `--concurrency` to a command that lints files (check, audit). */
export function addSpeedOptions(command: Command): Command {
  return command
    .option('--cache', 'only lint files that changed since the last --cache run (results are kept in .dunlintcache)')
    .option('--cache-location <path>', 'the cache file, or a folder for .dunlintcache (default: ./.dunlintcache)')
    .addOption(
      new Option('--concurrency <n>', 'threads that lint: a number (1 = no worker threads) or "auto"')
        .default('auto')
        .argParser(parseConcurrency),
    );
}

/** The CheckOptions fields for these flags. */
export function speedOptions(flags: SpeedFlags): Pick<CheckOptions, 'cache' | 'cacheLocation' | 'concurrency'> {
  return { cache: flags.cache, cacheLocation: flags.cacheLocation, concurrency: flags.concurrency ?? 'auto' };
}

export function parseConcurrency(value: string): Concurrency {
  if (value === 'auto') return 'auto';
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new UsageError(`--concurrency takes a number of threads (1 or more) or "auto", not "${value}"`);
}
