import picomatch from 'picomatch/posix.js';
import { relative } from 'pathe';
import type { Rule } from '../rules/api.js';
import { builtinRules } from '../rules/index.js';
import { presetConfig } from './presets.js';
import type { PhraseLexicon } from '../phrases/lexicon.js';
import {
  DEFAULT_MAX_FILE_SIZE,
  type Config,
  type ConfigLayer,
  type EffectiveRule,
  type FileConfig,
  type RuleSetting,
  type SeveritySetting,
} from './types.js';

const SEVERITY: Record<string, 0 | 1 | 2> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export function severityOf(setting: SeveritySetting): 0 | 1 | 2 {
  return SEVERITY[String(setting)] ?? 0;
}

const matcherCache = new Map<string, (path: string) => boolean>();
function matcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\0');
  const cached = matcherCache.get(key);
  if (cached) return cached;
  const m = picomatch(globs as string[], { dot: true });
  matcherCache.set(key, m);
  return m;
}

/** Whether `filePath` (absolute, posix) matches any glob, relative to `baseDir`. */
export function matchesGlobs(globs: readonly string[] | undefined, baseDir: string, filePath: string): boolean {
  if (!globs || globs.length === 0) return false;
  const rel = baseDir ? relative(baseDir, filePath) : filePath;
  if (rel.startsWith('../')) return false;
  return matcher(globs)(rel) || matcher(globs.map((g) => (g.endsWith('/**') ? g : `${g.replace(/\/$/, '')}/**`)))(rel);
}

function applyRules(
  target: Record<string, EffectiveRule>,
  rules: Record<string, RuleSetting> | undefined,
  registry: ReadonlyMap<string, Rule>,
): void {
  if (!rules) return;
  for (const [id, setting] of Object.entries(rules)) {
    const [sev, opts] = Array.isArray(setting) ? setting : [setting, undefined];
    const previous = target[id];
    const defaults = registry.get(id)?.meta.defaultOptions ?? {};
    target[id] = {
      severity: severityOf(sev),
      // Severity-only settings keep earlier options, like ESLint.
      options: opts ? { ...defaults, ...opts } : (previous?.options ?? { ...defaults }),
    };
  }
}

/** The configuration that applies to one file: presets/extends first, then the file's own settings, then matching overrides. */
export function resolveFileConfig(
  config: Config,
  filePath: string | undefined,
  registry: ReadonlyMap<string, Rule> = builtinRules,
): FileConfig {
  const rules: Record<string, EffectiveRule> = {};
  const layers: ConfigLayer[] =
    config.layers.length > 0
      ? config.layers
      : [{ data: presetConfig('recommended', registry), baseDir: '', source: 'preset:recommended' }];
  let defaults: Record<string, unknown> = {};
  let settings: FileConfig['settings'] = { reviewMaxAgeMonths: 12, maxFileSize: DEFAULT_MAX_FILE_SIZE };
  let lexicons: Record<string, string> = {};
  const teamLexicons: Record<string, PhraseLexicon[]> = {};
  for (const layer of layers) {
    const { data } = layer;
    applyRules(rules, data.rules, registry);
    defaults = { ...defaults, ...data.defaults };
    settings = { ...settings, ...data.settings };
    lexicons = { ...lexicons, ...data.lexicons };
    for (const [ruleId, lexicon] of Object.entries(layer.teamLexicons ?? {}))
      (teamLexicons[ruleId] ??= []).push(lexicon);
    for (const override of data.overrides ?? []) {
      if (!filePath) continue;
      if (!matchesGlobs(override.files, layer.baseDir, filePath)) continue;
      if (matchesGlobs(override.excludedFiles, layer.baseDir, filePath)) continue;
      applyRules(rules, override.rules, registry);
      defaults = { ...defaults, ...override.defaults };
    }
  }
  return { rules, defaults, settings, lexicons, teamLexicons };
}

/** Whether a config's `ignores` exclude the file. */
export function isIgnored(config: Config, filePath: string): boolean {
  return config.layers.some((layer) => matchesGlobs(layer.data.ignores, layer.baseDir, filePath));
}

/** Whether the file is a template by the config's `files` globs (every Markdown file when none are set). */
export function isTemplateFile(config: Config, filePath: string): boolean {
  const withFiles = config.layers.filter((l) => l.data.files && l.data.files.length > 0);
  if (withFiles.length === 0) return /\.md$/i.test(filePath);
  return withFiles.some((l) => matchesGlobs(l.data.files, l.baseDir, filePath));
}
