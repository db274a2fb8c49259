/** Configuration (packages/core/src/config/*): parsing, validation, extends, overrides, ignores, discovery. */
import {
  builtinRules,
  CONFIG_FILE_NAMES,
  ConfigError,
  defaultConfig,
  findConfigFile,
  isIgnored,
  isTemplateFile,
  loadConfig,
  matchesGlobs,
  parseConfigText,
  presetConfig,
  PRESET_NAMES,
  resolveFileConfig,
  type ConfigHost,
} from '@dunlint/core';
import { describe, expect, it } from 'vitest';

const FILE = '/w/.dunlintrc.yaml';

/** The ConfigError thrown by `fn` (fails the test when nothing or something else is thrown). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const parseError = (text: string, file = FILE) => configError(() => parseConfigText(text, file));

function host(files: Record<string, string>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      return files[path];
    },
  };
}

describe('parseConfigText', () => {
  it('accepts a full configuration (SPEC §3) and returns its data', () => {
    const text = [
      'extends: [recommended]',
      'defaults: { jurisdiction: BR, locale: pt-BR }',
      'rules:',
      '  placeholder-unused: error',
      '  require-opt-out: off',
      '  require-debt-amount: [warn]',
      'lexicons:',
      '  require-opt-out: ./lexicons/opt-out.yaml',
      'overrides:',
      '  - files: ["templates/us/**"]',
      '    rules: { require-collection-disclosure: error }',
      'ignores: ["drafts/**"]',
      'settings: { reviewMaxAgeMonths: 6 }',
      '',
    ].join('\n');
    expect(parseConfigText(text, FILE)).toEqual({
      extends: ['recommended'],
      defaults: { jurisdiction: 'BR', locale: 'pt-BR' },
      rules: { 'placeholder-unused': 'error', 'require-opt-out': 'off', 'require-debt-amount': ['warn'] },
      lexicons: { 'require-opt-out': './lexicons/opt-out.yaml' },
      overrides: [{ files: ['templates/us/**'], rules: { 'require-collection-disclosure': 'error' } }],
      ignores: ['drafts/**'],
      settings: { reviewMaxAgeMonths: 6 },
    });
  });

  it('accepts JSON, an empty file and a leading BOM', () => {
    expect(parseConfigText('{"rules": {"placeholder-syntax": 0}}', '/w/.dunlintrc.json')).toEqual({
      rules: { 'placeholder-syntax': 0 },
    });
    expect(parseConfigText('', FILE)).toEqual({});
    expect(parseConfigText('\uFEFFignores: [a]\n', FILE)).toEqual({ ignores: ['a'] });
  });

  it('reports an unknown top-level key with its position and a did-you-mean', () => {
    const e = parseError('ignores: []\nextend: [recommended]\n');
    expect([e.line, e.column]).toEqual([2, 1]);
    expect(e.message).toBe('Unknown key "extend" in the configuration. Did you mean "extends"?');
    expect(e.filePath).toBe(FILE);
    expect(e.format('/w')).toBe(
      '.dunlintrc.yaml:2:1: Unknown key "extend" in the configuration. Did you mean "extends"?',
    );
  });

  it('lists the allowed keys when there is no near match', () => {
    const e = parseError('xyzzy: 1\n');
    expect(e.message).toMatch(/^Unknown key "xyzzy" in the configuration\. Allowed keys: \$schema, root, extends, /);
  });

  it('reports an unknown key in a nested section at that key', () => {
    const e = parseError('settings:\n  reviewMaxAgeMonth: 6\n');
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toBe('Unknown key "reviewMaxAgeMonth" in "settings". Did you mean "reviewMaxAgeMonths"?');
  });

  it('reports an unknown rule id at its key, with a did-you-mean, also inside overrides', () => {
    const e = parseError('rules:\n  placeholder-syntx: error\n');
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toBe('Unknown rule "placeholder-syntx". Did you mean "placeholder-syntax"?');
    const o = parseError('overrides:\n  - files: ["a/**"]\n    rules: { placeholder-unsed: off }\n');
    expect([o.line, o.column]).toEqual([3, 14]);
    expect(o.message).toBe('Unknown rule "placeholder-unsed". Did you mean "placeholder-unused"?');
    expect(parseError('rules: { not-a-rule-at-all: off }\n').message).toBe(
      'Unknown rule "not-a-rule-at-all". Run "dunlint rules" to list them.',
    );
  });

  it('checks rule options against the rule (a rule without a schema takes none)', () => {
    const e = parseError('rules:\n  placeholder-syntax: [error, { max: 1 }]\n');
    expect(e.message).toBe('The rule "placeholder-syntax" takes no options.');
    expect([e.line, e.column]).toEqual([2, 31]);
  });

  it('reports a bad value at the value', () => {
    const e = parseError('settings: { reviewMaxAgeMonths: 0 }\n');
    expect([e.line, e.column]).toEqual([1, 33]);
    expect(e.message).toBe('"settings.reviewMaxAgeMonths" must be at least 1.');
    const d = parseError('defaults:\n  jurisdiction: Brazil\n');
    expect([d.line, d.column]).toEqual([2, 17]);
  });

  it('explains a value that fits none of the allowed shapes, with a did-you-mean', () => {
    const e = parseError('rules:\n  no-false-urgency: warning\n');
    expect([e.line, e.column]).toEqual([2, 21]);
    expect(e.message).toBe(
      '"warning" is not a valid value for "rules.no-false-urgency". Did you mean "warn"? It must be a severity, or [severity, options] (off, warn, error, 0, 1, 2).',
    );
    const x = parseError('extends: 5\n');
    expect(x.message).toBe(
      '5 is not a valid value for "extends". It must be presets ("recommended", "strict") or relative paths of other config files inside the workspace.',
    );
  });

  it('lists every problem, the first one first', () => {
    const e = parseError('rules:\n  xx: off\n  yy: off\n');
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toBe(
      `Unknown rule "xx". Run "dunlint rules" to list them.\n  ${FILE}:3:3: Unknown rule "yy". Run "dunlint rules" to list them.`,
    );
  });

  it('reports YAML and JSON syntax errors with their position', () => {
    const y = parseError('rules:\n  a: off\n  a: off\n');
    expect(y.message).toMatch(/^Invalid YAML: Map keys must be unique/);
    expect([y.line, y.column]).toEqual([3, 3]);
    const j = parseError('{"rules": {"placeholder-syntax": "off",}', '/w/.dunlintrc.json');
    expect(j.message).toMatch(/^Invalid JSON: /);
    expect(j.line).toBe(1);
  });

  it('positions ignore a BOM', () => {
    const e = parseError('\uFEFFignores: []\nfoo: 1\n');
    expect([e.line, e.column]).toEqual([2, 1]);
  });

  it('rejects a configuration that is not a mapping', () => {
    expect(parseError('- a\n- b\n').message).toBe('The configuration must be a mapping of keys to values.');
    expect(parseError('just text\n').message).toBe('The configuration must be a mapping of keys to values.');
  });
});

describe('loadConfig', () => {
  it('builds on recommended when nothing names a preset', () => {
    const c = loadConfig(FILE, host({ [FILE]: 'rules: { placeholder-unused: error }\n' }));
    expect(c.layers.map((l) => l.source)).toEqual(['preset:recommended', FILE]);
    expect(c.layers[0]!.data).toEqual(presetConfig('recommended', builtinRules));
    expect(c.filePath).toBe(FILE);
  });

  it('extends a preset and relative files, parents first; later layers win', () => {
    const files = {
      [FILE]: 'extends: [./base.yaml]\nrules:\n  placeholder-unused: error\n',
      '/w/base.yaml':
        'extends: strict\nrules:\n  placeholder-unused: off\n  require-opt-out: off\ndefaults: { jurisdiction: BR }\n',
    };
    const c = loadConfig(FILE, host(files));
    expect(c.layers.map((l) => [l.source, l.baseDir])).toEqual([
      ['preset:strict', ''],
      ['/w/base.yaml', '/w'],
      [FILE, '/w'],
    ]);
    const fc = resolveFileConfig(c, '/w/t.md');
    expect(fc.rules['placeholder-unused']).toEqual({ severity: 2, options: {} });
    expect(fc.rules['require-opt-out']).toEqual({ severity: 0, options: {} });
    expect(fc.defaults).toEqual({ jurisdiction: 'BR' });
  });

  it('reports an extends cycle, naming the chain', () => {
    const h = host({ '/w/a.yaml': 'extends: [./b.yaml]\n', '/w/b.yaml': 'extends: [./a.yaml]\n' });
    const e = configError(() => loadConfig('/w/a.yaml', h, { workspaceRoot: '/w' }));
    expect(e.message).toBe('"extends" makes a cycle: a.yaml -> b.yaml -> a.yaml.');
    expect(e.filePath).toBe('/w/b.yaml');
    const self = configError(() => loadConfig('/w/s.yaml', host({ '/w/s.yaml': 'extends: ./s.yaml\n' })));
    expect(self.message).toBe('"extends" makes a cycle: s.yaml -> s.yaml.');
  });

  it('accepts a file extended twice from different branches (a diamond is not a cycle)', () => {
    const h = host({
      '/w/top.yaml': 'extends: [./a.yaml, ./b.yaml]\n',
      '/w/a.yaml': 'extends: [./base.yaml]\n',
      '/w/b.yaml': 'extends: [./base.yaml]\n',
      '/w/base.yaml': 'rules: { placeholder-unused: error }\n',
    });
    const c = loadConfig('/w/top.yaml', h);
    expect(c.layers.map((l) => l.source)).toEqual([
      'preset:recommended',
      '/w/base.yaml',
      '/w/a.yaml',
      '/w/base.yaml',
      '/w/b.yaml',
      '/w/top.yaml',
    ]);
  });

  it('refuses package names, absolute paths and paths that leave the workspace', () => {
    const pkg = configError(() => loadConfig(FILE, host({ [FILE]: 'extends: [some-package]\n' })));
    expect(pkg.message).toBe(
      '"extends" accepts "recommended", "strict" or a relative path such as "./base.yaml", not "some-package".',
    );
    const abs = configError(() => loadConfig(FILE, host({ [FILE]: 'extends: [/etc/base.yaml]\n' })));
    expect(abs.message).toMatch(/not "\/etc\/base\.yaml"/);
    const out = configError(() =>
      loadConfig(FILE, host({ [FILE]: 'extends: [../x.yaml]\n', '/x.yaml': 'rules: {}' }), { workspaceRoot: '/w' }),
    );
    expect(out.message).toBe('"extends" may not leave the workspace: "../x.yaml" resolves outside /w.');
  });

  it('reports a missing extended file in the file that names it, and a missing or unreadable config', () => {
    const missing = configError(() => loadConfig(FILE, host({ [FILE]: 'extends: [./nope.yaml]\n' })));
    expect(missing.message).toBe('"extends" names "./nope.yaml", which does not exist.');
    expect(missing.filePath).toBe(FILE);
    expect(configError(() => loadConfig(FILE, host({}))).message).toBe('The configuration file does not exist.');
    const unreadable = configError(() =>
      loadConfig(FILE, {
        readFile() {
          throw new Error('EACCES: permission denied');
        },
      }),
    );
    expect(unreadable.message).toBe('Cannot read the configuration file: EACCES: permission denied');
  });

  it('reports problems of an extended file with that file and position', () => {
    const e = configError(() =>
      loadConfig(FILE, host({ [FILE]: 'extends: [./base.yaml]\n', '/w/base.yaml': 'rules: {}\nignore: [a]\n' })),
    );
    expect(e.filePath).toBe('/w/base.yaml');
    expect([e.line, e.column]).toEqual([2, 1]);
    expect(e.message).toBe('Unknown key "ignore" in the configuration. Did you mean "ignores"?');
  });
});

describe('resolveFileConfig', () => {
  const config = loadConfig(
    FILE,
    host({
      [FILE]: [
        'rules:',
        '  placeholder-unused: error',
        'defaults: { locale: en-US }',
        'overrides:',
        '  - files: ["us/**", "*.dun.md"]',
        '    excludedFiles: ["us/legacy/**"]',
        '    rules: { placeholder-syntax: warn }',
        '    defaults: { jurisdiction: US }',
        '  - files: ["us/tx/**"]',
        '    rules: { placeholder-syntax: off }',
        'ignores: ["drafts/**", "**/*.draft.md"]',
        '',
      ].join('\n'),
    }),
  );

  it('starts from recommended: every registered rule at its default severity', () => {
    const fc = resolveFileConfig(defaultConfig(), undefined);
    expect(Object.keys(fc.rules).sort()).toEqual([...builtinRules.keys()].sort());
    for (const [id, rule] of builtinRules)
      expect(fc.rules[id]!.severity, id).toBe({ off: 0, warn: 1, error: 2 }[rule.meta.severity]);
    expect(fc.settings).toEqual({ reviewMaxAgeMonths: 12, maxFileSize: 2 * 1024 * 1024 });
    expect(resolveFileConfig({ layers: [] }, undefined)).toEqual(fc);
  });

  it('applies overrides whose globs match the path relative to the config file', () => {
    const us = resolveFileConfig(config, '/w/us/a.md');
    expect(us.rules['placeholder-syntax']!.severity).toBe(1);
    expect(us.rules['placeholder-unused']!.severity).toBe(2);
    expect(us.defaults).toEqual({ locale: 'en-US', jurisdiction: 'US' });
    const other = resolveFileConfig(config, '/w/br/a.md');
    expect(other.rules['placeholder-syntax']!.severity).toBe(2);
    expect(other.defaults).toEqual({ locale: 'en-US' });
    expect(resolveFileConfig(config, '/w/x.dun.md').rules['placeholder-syntax']!.severity).toBe(1);
  });

  it('honours excludedFiles, later overrides win, and a path outside the config folder matches nothing', () => {
    expect(resolveFileConfig(config, '/w/us/legacy/a.md').rules['placeholder-syntax']!.severity).toBe(2);
    expect(resolveFileConfig(config, '/w/us/tx/a.md').rules['placeholder-syntax']!.severity).toBe(0);
    expect(resolveFileConfig(config, '/elsewhere/us/a.md').rules['placeholder-syntax']!.severity).toBe(2);
    expect(resolveFileConfig(config, undefined).rules['placeholder-syntax']!.severity).toBe(2);
  });

  it('accepts numeric severities and [severity] arrays', () => {
    const fc = resolveFileConfig(
      {
        layers: [
          { data: { rules: { 'placeholder-syntax': 1, 'placeholder-unused': ['error'] } }, baseDir: '', source: 'x' },
        ],
      },
      undefined,
    );
    expect(fc.rules['placeholder-syntax']!.severity).toBe(1);
    expect(fc.rules['placeholder-unused']!.severity).toBe(2);
  });

  it('a severity-only setting keeps options set by an earlier layer', () => {
    const fc = resolveFileConfig(
      {
        layers: [
          { data: { rules: { 'placeholder-syntax': ['warn', { max: 2 }] } }, baseDir: '', source: 'a' },
          { data: { rules: { 'placeholder-syntax': 'error' } }, baseDir: '', source: 'b' },
        ],
      },
      undefined,
    );
    expect(fc.rules['placeholder-syntax']).toEqual({ severity: 2, options: { max: 2 } });
  });

  it('strict turns every rule on; nothing is weaker than in recommended', () => {
    expect(PRESET_NAMES).toEqual(['recommended', 'strict']);
    const strict = presetConfig('strict', builtinRules).rules!;
    const recommended = presetConfig('recommended', builtinRules).rules!;
    const level = { off: 0, warn: 1, error: 2 } as Record<string, number>;
    for (const id of builtinRules.keys()) {
      expect(strict[id], id).not.toBe('off');
      expect(level[String(strict[id])]!, id).toBeGreaterThanOrEqual(level[String(recommended[id])]!);
    }
  });
});

describe('ignores, template files and discovery', () => {
  const config = loadConfig(FILE, host({ [FILE]: 'ignores: ["drafts/**", "**/*.draft.md", "old"]\n' }));

  it('isIgnored matches globs relative to the config folder, and a folder name covers its content', () => {
    expect(isIgnored(config, '/w/drafts/a.md')).toBe(true);
    expect(isIgnored(config, '/w/drafts')).toBe(true);
    expect(isIgnored(config, '/w/us/x.draft.md')).toBe(true);
    expect(isIgnored(config, '/w/old/a.md')).toBe(true);
    expect(isIgnored(config, '/w/us/a.md')).toBe(false);
    expect(isIgnored(config, '/w/olden/a.md')).toBe(false);
    expect(isIgnored(config, '/other/drafts/a.md')).toBe(false);
    expect(isIgnored(defaultConfig(), '/w/drafts/a.md')).toBe(false);
  });

  it('matchesGlobs: dot files match, no globs match nothing', () => {
    expect(matchesGlobs(['**/*.md'], '/w', '/w/.hidden/a.md')).toBe(true);
    expect(matchesGlobs([], '/w', '/w/a.md')).toBe(false);
    expect(matchesGlobs(undefined, '/w', '/w/a.md')).toBe(false);
    expect(matchesGlobs(['a.md'], '/w', '/x/a.md')).toBe(false);
  });

  it('isTemplateFile: every Markdown file unless `files` says otherwise', () => {
    expect(isTemplateFile(defaultConfig(), '/w/a.md')).toBe(true);
    expect(isTemplateFile(defaultConfig(), '/w/A.MD')).toBe(true);
    expect(isTemplateFile(defaultConfig(), '/w/a.txt')).toBe(false);
    const only = loadConfig(FILE, host({ [FILE]: 'files: ["templates/**/*.dun.md"]\n' }));
    expect(isTemplateFile(only, '/w/templates/x/a.dun.md')).toBe(true);
    expect(isTemplateFile(only, '/w/templates/x/a.md')).toBe(false);
  });

  it('findConfigFile: nearest wins, names in CONFIG_FILE_NAMES order, stops at stopAt', () => {
    expect(CONFIG_FILE_NAMES).toEqual(['.dunlintrc.yaml', '.dunlintrc.yml', '.dunlintrc.json', 'dunlint.config.yaml']);
    const existing = new Set(['/w/.dunlintrc.yaml', '/w/us/dunlint.config.yaml', '/w/us/.dunlintrc.json']);
    const exists = { exists: (p: string) => existing.has(p) };
    expect(findConfigFile('/w/us/deep', exists)).toBe('/w/us/.dunlintrc.json');
    expect(findConfigFile('/w/br', exists)).toBe('/w/.dunlintrc.yaml');
    expect(findConfigFile('/w/br', exists, '/w/br')).toBeUndefined();
    expect(findConfigFile('/elsewhere', exists)).toBeUndefined();
  });
});
