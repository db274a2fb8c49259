import type { SeverityLevel } from '../types.js';
import type { PhraseLexicon } from '../phrases/lexicon.js';

export type SeveritySetting = 'off' | 'warn' | 'error' | 0 | 1 | 2;
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/** One config file's data, as written (after validation). */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  files?: string[];
  ignores?: string[];
  defaults?: Record<string, unknown>;
  rules?: Record<string, RuleSetting>;
  lexicons?: Record<string, string>;
  settings?: { reviewMaxAgeMonths?: number; maxFileSize?: number };
  overrides?: {
    files: string[];
    excludedFiles?: string[];
    rules?: Record<string, RuleSetting>;
    defaults?: Record<string, unknown>;
  }[];
}

/** A config layer with the folder its globs are relative to (`''` for built-in presets). */
export interface ConfigLayer {
  data: ConfigData;
  /** Absolute folder of the file that declared this layer (posix separators); '' for presets. */
  baseDir: string;
  /** The file it came from, or `preset:<name>`. */
  source: string;
  /** The team lexicons named by `lexicons:`, read and validated when the config was loaded. */
  teamLexicons?: Record<string, PhraseLexicon>;
}

/** The configuration of a whole project: layers in order, later ones win. */
export interface Config {
  layers: ConfigLayer[];
  /** The config file found or given, if any. */
  filePath?: string;
}

export interface EffectiveRule {
  severity: 0 | SeverityLevel;
  options: Record<string, unknown>;
}

/** What applies to one file after presets, extends and overrides. */
export interface FileConfig {
  rules: Record<string, EffectiveRule>;
  defaults: Record<string, unknown>;
  settings: { reviewMaxAgeMonths: number; maxFileSize: number };
  lexicons: Record<string, string>;
  /** Team lexicons by rule id (later layers after earlier ones). */
  teamLexicons: Record<string, PhraseLexicon[]>;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
