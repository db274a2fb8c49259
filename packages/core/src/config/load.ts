import { dirname, isAbsolute, join, normalize, relative } from 'pathe';
import { parseDocument } from 'yaml';
import { LineIndex } from '../document/line-index.js';
import type { Rule } from '../rules/api.js';
import { builtinRules } from '../rules/index.js';
import { compileSchema, validateYaml, type Validator } from '../schema/validate.js';
import { configSchema } from './config-schema.js';
import { isPresetName, presetConfig } from './presets.js';
import type { Config, ConfigData, ConfigLayer } from './types.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { phraseLexiconSchema, phrasePatternProblems, type PhraseLexicon } from '../phrases/lexicon.js';
import { locate, locateKey } from '../schema/yaml-path.js';

/** What config loading needs from the outside world (injected: the core has no `fs`). */
export interface ConfigHost {
  /** The file's text, or `undefined` when it does not exist. May throw for unreadable files. */
  readFile(path: string): string | undefined;
}

export const CONFIG_FILE_NAMES = [
  '.dunlintrc.yaml',
  '.dunlintrc.yml',
  '.dunlintrc.json',
  'dunlint.config.yaml',
] as const;

/** A problem in a config file, with its 1-based position. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly filePath: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
    this.name = 'ConfigError';
  }

  /** `file:line:column: message`, the one line the CLI prints. */
  format(cwd?: string): string {
    const shown = cwd ? relative(cwd, this.filePath) || this.filePath : this.filePath;
    return `${shown}:${this.line}:${this.column}: ${this.message}`;
  }
}

let validator: Validator | undefined;

/**
 * Parses and validates one config file's text. Throws `ConfigError` with the position of the
 * first problem (every problem is listed in the message when there are several).
 */
export function parseConfigText(
  text: string,
  filePath: string,
  registry: ReadonlyMap<string, Rule> = builtinRules,
): ConfigData {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number, message: string) => {
    const p = lines.position(offset);
    return new ConfigError(message, filePath, p.line, p.column);
  };
  const first = doc.errors[0];
  if (first)
    throw at(first.pos[0], `Invalid ${filePath.endsWith('.json') ? 'JSON' : 'YAML'}: ${first.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw at(0, `Invalid configuration: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw at(0, 'The configuration must be a mapping of keys to values.');
  validator ??= compileSchema(configSchema);
  const problems = validateYaml(validator, doc, data, source.length, 'the configuration');
  const config = data as ConfigData;
  // Rule ids must exist: a typo would silently turn nothing off.
  const checkRules = (path: string[], rules: Record<string, unknown> | undefined) => {
    for (const id of Object.keys(rules ?? {})) {
      if (registry.has(id)) continue;
      const key = locateKey(doc, path, id);
      const guess = didYouMean(id, [...registry.keys()]);
      problems.push({
        keyword: 'unknownRule',
        path,
        range: key?.range ? [key.range[0], key.range[1]] : [0, 1],
        message: `Unknown rule "${id}".${guess ? ` Did you mean "${guess}"?` : ' Run "dunlint rules" to list them.'}`,
      });
    }
  };
  checkRules(['rules'], config.rules);
  config.overrides?.forEach((o, i) => checkRules(['overrides', String(i), 'rules'], o.rules));
  // Rule options are checked against each rule's own schema.
  const checkOptions = (path: string[], rules: Record<string, unknown> | undefined) => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      const rule = registry.get(id);
      if (!rule || !Array.isArray(setting) || setting[1] === undefined) continue;
      const schema = rule.meta.schema;
      const where = locate(doc, [...path, id, '1']).node?.range ?? locateKey(doc, path, id)?.range ?? [0, 1];
      if (!schema) {
        problems.push({
          keyword: 'options',
          path,
          range: [where[0], where[1]],
          message: `The rule "${id}" takes no options.`,
        });
        continue;
      }
      const check = compileSchema(schema);
      if (!check(setting[1])) {
        problems.push({
          keyword: 'options',
          path,
          range: [where[0], where[1]],
          message: `Invalid options for "${id}": ${(check.errors ?? []).map((e) => `${e.instancePath || 'options'} ${e.message}`).join('; ')}.`,
        });
      }
    }
  };
  checkOptions(['rules'], config.rules);
  config.overrides?.forEach((o, i) => checkOptions(['overrides', String(i), 'rules'], o.rules));
  if (problems.length > 0) throw positionedError(problems, lines, filePath);
  return config;
}

/** One error for a file's problems: at the first one's position, listing the others with theirs. */
function positionedError(
  problems: readonly { range: readonly [number, number]; message: string }[],
  lines: LineIndex,
  filePath: string,
): ConfigError {
  const sorted = [...problems].sort((a, b) => a.range[0] - b.range[0]);
  const [head, ...rest] = sorted;
  const p = lines.position(head!.range[0]);
  const error = new ConfigError(head!.message, filePath, p.line, p.column);
  if (rest.length > 0) {
    error.message += rest
      .map((r) => {
        const pos = lines.position(r.range[0]);
        return `\n  ${filePath}:${pos.line}:${pos.column}: ${r.message}`;
      })
      .join('');
  }
  return error;
}

/**
 * Loads a config file and everything it extends, in order. `extends` takes only the built-in
 * presets or relative paths that stay inside `workspaceRoot`: no package resolution, no code.
 */
export function loadConfig(
  filePath: string,
  host: ConfigHost,
  options: { workspaceRoot?: string; registry?: ReadonlyMap<string, Rule> } = {},
): Config {
  const registry = options.registry ?? builtinRules;
  const root = normalize(options.workspaceRoot ?? dirname(filePath));
  const layers: ConfigLayer[] = [];
  const visiting: string[] = [];
  const visit = (path: string, from?: { file: string; name: string }) => {
    const abs = normalize(path);
    if (visiting.includes(abs))
      throw new ConfigError(
        `"extends" makes a cycle: ${[...visiting, abs].map((p) => relative(root, p)).join(' -> ')}.`,
        from?.file ?? abs,
      );
    let text: string | undefined;
    try {
      text = host.readFile(abs);
    } catch (error) {
      throw new ConfigError(`Cannot read the configuration file: ${(error as Error).message}`, abs);
    }
    if (text === undefined) {
      throw from
        ? new ConfigError(`"extends" names "${from.name}", which does not exist.`, from.file)
        : new ConfigError('The configuration file does not exist.', abs);
    }
    const data = parseConfigText(text, abs, registry);
    visiting.push(abs);
    const baseDir = dirname(abs);
    const parents = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    for (const name of parents) {
      if (isPresetName(name)) {
        layers.push({ data: presetConfig(name, registry), baseDir: '', source: `preset:${name}` });
        continue;
      }
      if (!/^\.\.?\//.test(name) || isAbsolute(name)) {
        throw new ConfigError(
          `"extends" accepts "recommended", "strict" or a relative path such as "./base.yaml", not "${name}".`,
          abs,
        );
      }
      const target = join(baseDir, name);
      const rel = relative(root, target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        throw new ConfigError(`"extends" may not leave the workspace: "${name}" resolves outside ${root}.`, abs);
      }
      visit(target, { file: abs, name });
    }
    visiting.pop();
    const teamLexicons = loadTeamLexicons(data, text, abs, root, host, registry);
    layers.push({ data, baseDir, source: abs, ...(teamLexicons ? { teamLexicons } : {}) });
  };
  visit(filePath);
  // A chain that names no preset builds on recommended, like the default when no config exists.
  if (!layers.some((l) => l.source.startsWith('preset:'))) {
    layers.unshift({ data: presetConfig('recommended', registry), baseDir: '', source: 'preset:recommended' });
  }
  return { layers, filePath: normalize(filePath) };
}

/**
 * Reads the team lexicons a config names (`lexicons: { rule-id: ./file.yaml }`): YAML data only,
 * paths relative to the config and inside the workspace, each validated as a phrase lexicon. Every
 * problem is reported at its line and column: a problem with the path in the config file, a problem
 * with the lexicon in the lexicon file (at the key, value or pattern concerned).
 */
function loadTeamLexicons(
  data: ConfigData,
  configText: string,
  configFile: string,
  root: string,
  host: ConfigHost,
  registry: ReadonlyMap<string, Rule>,
): Record<string, PhraseLexicon> | undefined {
  if (!data.lexicons) return undefined;
  const configSource = configText.charCodeAt(0) === 0xfeff ? configText.slice(1) : configText;
  const configLines = new LineIndex(configSource);
  let configDoc: ReturnType<typeof parseDocument> | undefined;
  /** A problem with `lexicons.<ruleId>`: at the key (unknown rule) or at the path. */
  const configError = (ruleId: string, message: string, at: 'key' | 'value') => {
    configDoc ??= parseDocument(configSource);
    const range =
      at === 'key'
        ? locateKey(configDoc, ['lexicons'], ruleId)?.range
        : (locate(configDoc, ['lexicons', ruleId]).node?.range ?? locateKey(configDoc, ['lexicons'], ruleId)?.range);
    return positionedError([{ range: range ? [range[0], range[1]] : [0, 1], message }], configLines, configFile);
  };
  const out: Record<string, PhraseLexicon> = {};
  for (const [ruleId, path] of Object.entries(data.lexicons)) {
    if (!registry.has(ruleId)) {
      const guess = didYouMean(ruleId, [...registry.keys()]);
      throw configError(
        ruleId,
        `"lexicons" names an unknown rule "${ruleId}".${guess ? ` Did you mean "${guess}"?` : ' Run "dunlint rules" to list them.'}`,
        'key',
      );
    }
    if (isAbsolute(path) || !/^\.\.?\//.test(path)) {
      throw configError(
        ruleId,
        `"lexicons.${ruleId}" must be a relative path such as "./lexicons/${ruleId}.yaml", not "${path}".`,
        'value',
      );
    }
    const target = join(dirname(configFile), path);
    const rel = relative(root, target);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw configError(
        ruleId,
        `"lexicons.${ruleId}" may not leave the workspace: "${path}" resolves outside ${root}.`,
        'value',
      );
    }
    let text: string | undefined;
    try {
      text = host.readFile(target);
    } catch (error) {
      throw configError(ruleId, `Cannot read the lexicon "${path}": ${(error as Error).message}`, 'value');
    }
    if (text === undefined)
      throw configError(ruleId, `"lexicons.${ruleId}" names "${path}", which does not exist.`, 'value');
    out[ruleId] = parseTeamLexicon(text, target);
  }
  return out;
}

let lexiconValidator: Validator | undefined;

/**
 * Parses and validates one team lexicon file; throws `ConfigError` at the line and column of the
 * first problem (YAML syntax, a key or value the schema refuses, a pattern that does not compile).
 */
export function parseTeamLexicon(text: string, filePath: string): PhraseLexicon {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineIndex(source);
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, strict: true });
  const first = doc.errors[0];
  if (first)
    throw positionedError(
      [{ range: [first.pos[0], first.pos[1]], message: `Invalid YAML: ${first.message.split('\n')[0]}` }],
      lines,
      filePath,
    );
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ConfigError(`Invalid lexicon: ${(error as Error).message}`, filePath);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(
      'A team lexicon must be a mapping with an "entries" list (see the documentation of "lexicons").',
      filePath,
    );
  lexiconValidator ??= compileSchema(phraseLexiconSchema);
  const problems: { range: [number, number]; message: string }[] = validateYaml(
    lexiconValidator,
    doc,
    data,
    source.length,
    'the lexicon',
  );
  if (problems.length === 0) {
    for (const problem of phrasePatternProblems(data as PhraseLexicon)) {
      const range = locate(doc, problem.path).node?.range;
      problems.push({ range: range ? [range[0], range[1]] : [0, 1], message: problem.message });
    }
  }
  if (problems.length > 0) throw positionedError(problems, lines, filePath);
  return data as PhraseLexicon;
}

/** The nearest config file from `startDir` upward (nearest wins), or `undefined`. */
export function findConfigFile(
  startDir: string,
  host: { exists(path: string): boolean },
  stopAt?: string,
): string | undefined {
  let dir = normalize(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (host.exists(candidate)) return candidate;
    }
    if (stopAt && normalize(stopAt) === dir) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The configuration used when no file is found: `recommended`. */
export function defaultConfig(registry: ReadonlyMap<string, Rule> = builtinRules): Config {
  return { layers: [{ data: presetConfig('recommended', registry), baseDir: '', source: 'preset:recommended' }] };
}
