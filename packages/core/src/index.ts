/** @dunlint/core — the public API (pinned by test/core/exports.test.ts). */
export type * from './types.js';
export { lint, lintDocument, lintAndFix, languageOf, summarise, type LintOptions, type FixResult } from './lint.js';
export {
  parseTemplate,
  nodeRange,
  type TemplateDocument,
  type FrontMatter,
  type HtmlComment,
} from './document/parse.js';
export { LineIndex, stripBom, detectEol, BOM } from './document/line-index.js';
export {
  scanPlaceholders,
  isPlaceholderName,
  type Placeholder,
  type MalformedPlaceholder,
} from './document/placeholders.js';
export { declaredVariables, type DeclaredVariable } from './document/variables.js';
export { applyFixes, type ApplyFixesResult } from './fix/apply-fixes.js';
export {
  defineRule,
  DOCS_BASE_URL,
  LANGUAGES,
  type Rule,
  type RuleMeta,
  type RuleContext,
  type RuleCategory,
  type RuleExample,
  type Language,
  type LegalBasis,
  type ReportDescriptor,
} from './rules/api.js';
export { builtinRules } from './rules/index.js';
export { templateIdOf, duplicateIdDiagnostics, type TemplateId } from './duplicate-ids.js';
export { exampleTemplate } from './rules/example.js';
export { templateSchema, STAGES, CHANNELS, VARIABLE_TYPES } from './schema/template-schema.js';
export { configSchema } from './config/config-schema.js';
export { validateFrontMatter } from './schema/template.js';
export { didYouMean } from './schema/did-you-mean.js';
export { resolveFileConfig, isIgnored, isTemplateFile, matchesGlobs } from './config/resolve.js';
export {
  loadConfig,
  parseConfigText,
  findConfigFile,
  defaultConfig,
  ConfigError,
  CONFIG_FILE_NAMES,
  type ConfigHost,
} from './config/load.js';
export { presetConfig, PRESET_NAMES, type PresetName } from './config/presets.js';
export type { Config, ConfigData, ConfigLayer, FileConfig, EffectiveRule, RuleSetting } from './config/types.js';
export { DEFAULT_MAX_FILE_SIZE } from './config/types.js';
export { findDirectives, type Directive } from './directives/directives.js';
export {
  builtinPhraseLexicon,
  checkPhraseLexicon,
  phraseLexiconSchema,
  type PhraseEntry,
  type PhraseLexicon,
} from './phrases/lexicon.js';
export { renderBody, renderFrontMatterText, type RenderedPart, type RenderOptions } from './render/render.js';
export { smsInfo, type SmsInfo } from './render/sms.js';
export { renderMessage, type RenderedMessage } from './render/message.js';
export { profileFor, profileCodes, type JurisdictionProfile } from './jurisdictions/profile.js';
export { starterTemplate, starterJurisdictions, type StarterOptions } from './starter/starter.js';
export const VERSION = '0.1.0';
