/**
 * The public API of @dunlint/core (packages/core/src/index.ts), pinned: adding, removing or
 * renaming an export must be a deliberate change to this list.
 */
import { describe, expect, it } from 'vitest';

const EXPORTS = [
  'BOM',
  'CHANNELS',
  'CONFIG_FILE_NAMES',
  'ConfigError',
  'DEFAULT_MAX_FILE_SIZE',
  'DOCS_BASE_URL',
  'LANGUAGES',
  'LineIndex',
  'PRESET_NAMES',
  'STAGES',
  'VARIABLE_TYPES',
  'VERSION',
  'applyFixes',
  'builtinPhraseLexicon',
  'builtinRules',
  'checkPhraseLexicon',
  'configSchema',
  'declaredVariables',
  'defaultConfig',
  'defineRule',
  'detectEol',
  'didYouMean',
  'duplicateIdDiagnostics',
  'exampleTemplate',
  'findConfigFile',
  'findDirectives',
  'isIgnored',
  'isPlaceholderName',
  'isTemplateFile',
  'languageOf',
  'lint',
  'lintAndFix',
  'lintDocument',
  'loadConfig',
  'matchesGlobs',
  'nodeRange',
  'parseConfigText',
  'parseTemplate',
  'phraseLexiconSchema',
  'presetConfig',
  'profileCodes',
  'profileFor',
  'renderBody',
  'renderFrontMatterText',
  'renderMessage',
  'resolveFileConfig',
  'scanPlaceholders',
  'smsInfo',
  'starterJurisdictions',
  'starterTemplate',
  'stripBom',
  'summarise',
  'templateIdOf',
  'templateSchema',
  'validateFrontMatter',
];

describe('@dunlint/core exports', () => {
  it('are exactly the pinned list', async () => {
    const core = await import('@dunlint/core');
    expect(Object.keys(core).sort()).toEqual(EXPORTS);
  });

  it('have the expected kinds', async () => {
    const core = (await import('@dunlint/core')) as Record<string, unknown>;
    const classes = ['ConfigError', 'LineIndex'];
    const values = [
      'BOM',
      'CHANNELS',
      'CONFIG_FILE_NAMES',
      'DEFAULT_MAX_FILE_SIZE',
      'DOCS_BASE_URL',
      'LANGUAGES',
      'PRESET_NAMES',
      'STAGES',
      'VARIABLE_TYPES',
      'VERSION',
      'builtinRules',
      'configSchema',
      'phraseLexiconSchema',
      'templateSchema',
    ];
    for (const name of EXPORTS) {
      const kind = typeof core[name];
      if (values.includes(name)) expect(kind, name).not.toBe('function');
      else expect(kind, name).toBe('function');
    }
    for (const name of classes) expect(String(core[name]), name).toMatch(/^class /);
    expect(core.builtinRules).toBeInstanceOf(Map);
    expect(core.VERSION).toBe((await import('@dunlint/core/package.json', { with: { type: 'json' } })).default.version);
  });
});
