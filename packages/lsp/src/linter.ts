import { relative } from 'node:path';
import {
  builtinRules,
  isIgnored,
  isTemplateFile,
  lintDocument,
  parseTemplate,
  resolveFileConfig,
  templateIdOf,
  type Config,
  type FileConfig,
  type LintOptions,
  type LintResult,
  type TemplateDocument,
  type TemplateId,
} from '@dunlint/core';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem, ConfigStore } from './config.js';
import { documentNotice, toLspDiagnostic } from './diagnostics.js';
import { pathToUri, uriToPath } from './paths.js';
import { bomShift, pointRange } from './positions.js';
import { LANGUAGE_ID, type DunlintSettings } from './protocol.js';
import type { SettingsStore } from './settings.js';

/** The lint of one document version: what was published and what code actions are built from. */
export interface LintEntry {
  uri: string;
  version: number;
  /** `version:configGeneration:settingsGeneration`: the pull diagnostics result id. */
  resultId: string;
  /** The core's result, when the document was linted (not when disabled, not a template, or refused). */
  result?: LintResult;
  /** The options it was linted with (for "fix all"). */
  options?: LintOptions;
  diagnostics: Diagnostic[];
  /** The template's `id` and where it is (duplicates across files: workspace.ts). */
  templateId?: TemplateId;
}

/** Why a document is not linted, when it is not. */
type Skip = { skip: 'disabled' | 'not-template' } | { skip: 'refused'; notice: string };

const PARSED_CACHE_SIZE = 8;
/** Resolved per-file configurations kept (cheap to resolve again; bounded so 1,000 open files cost nothing). */
const FILE_CONFIG_CACHE_SIZE = 64;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Lints documents with the core and keeps one result per open document, keyed by version and
 * by the configuration/settings generation; keeps the last few parsed documents for hover,
 * completion and navigation.
 */
export class Linter {
  private readonly entries = new Map<string, LintEntry>();
  private readonly parsed = new Map<string, { version: number; doc: TemplateDocument }>();
  private readonly fileConfigs = new Map<string, FileConfig>();
  private fileConfigsGeneration = '';

  /** Rules whose failure was logged already: a rule that throws is logged once, not on every keystroke. */
  private readonly failedRules = new Set<string>();

  constructor(
    private readonly configs: ConfigStore,
    private readonly settings: SettingsStore,
    /** Where internal errors go (the client's log). */
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** A rule threw: its diagnostic says so in the document; the stack goes to the log, once per rule. */
  private readonly onRuleError = (ruleId: string, error: unknown): void => {
    if (this.failedRules.has(ruleId)) return;
    this.failedRules.add(ruleId);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.log(`dunlint: the rule "${ruleId}" failed (logged once; the other rules still run): ${detail}`);
  };

  /** The cached lint of exactly this version, if any. */
  cached(uri: string, version: number): LintEntry | undefined {
    const entry = this.entries.get(uri);
    return entry?.version === version ? entry : undefined;
  }

  /** The last lint of a document, whatever its version (used by `onSave` mode). */
  last(uri: string): LintEntry | undefined {
    return this.entries.get(uri);
  }

  resultId(version: number): string {
    return `${version}:${this.generation()}`;
  }

  /** Whether an entry was computed with the current configuration and settings. */
  isCurrent(entry: LintEntry): boolean {
    return entry.resultId.endsWith(`:${this.generation()}`);
  }

  private generation(): string {
    return `${this.configs.generation}:${this.settings.generation}`;
  }

  /** Lints the document's current text (or returns the cached result for this version and generation). */
  async lint(doc: TextDocument): Promise<LintEntry> {
    const settings = await this.settings.get(doc.uri);
    return this.lintNow(doc, settings);
  }

  /** Synchronous part of `lint`, once settings are known. */
  lintNow(doc: TextDocument, settings: DunlintSettings): LintEntry {
    const resultId = this.resultId(doc.version);
    const existing = this.entries.get(doc.uri);
    if (existing && existing.resultId === resultId) return existing;
    const entry = this.lintText(doc, settings, resultId, true);
    this.entries.set(doc.uri, entry);
    return entry;
  }

  /**
   * Lints any text (an open document or a file read from disk); does not cache the result. An open
   * document's parse is shared with hover, completion and navigation of the same version.
   */
  lintText(
    doc: TextDocument,
    settings: DunlintSettings,
    resultId = this.resultId(doc.version),
    open = false,
  ): LintEntry {
    const base = { uri: doc.uri, version: doc.version, resultId };
    const filePath = uriToPath(doc.uri);
    const { config, problem } = this.configs.forFile(filePath);
    const skip = this.shouldSkip(doc, filePath, config, settings);
    if (skip) {
      return { ...base, diagnostics: skip.skip === 'refused' ? [documentNotice(skip.notice)] : [] };
    }
    const options: LintOptions = {
      config: this.fileConfig(config, filePath, settings),
      rules: builtinRules,
      ...(filePath ? { filePath } : {}),
      onRuleError: this.onRuleError,
    };
    const text = doc.getText();
    const size = text.length > 1024 ? Buffer.byteLength(text) : text.length;
    const max = options.config!.settings.maxFileSize;
    if (size > max) {
      const notice = `This file is too large for dunlint to lint as you type (${formatBytes(size)}; the limit is ${formatBytes(max)}). Set "settings.maxFileSize" in the dunlint configuration to change it.`;
      return { ...base, diagnostics: [documentNotice(notice)] };
    }
    const parsed = open ? this.document(doc) : parseTemplate(text);
    const result = lintDocument(parsed, options);
    const shift = bomShift(doc);
    const diagnostics = result.messages.map((m, i) => toLspDiagnostic(doc, m, i, doc.version, shift));
    if (problem) diagnostics.unshift(configProblemNotice(problem, filePath));
    const templateId = templateIdOf(parsed, options.config!.rules['frontmatter-schema']?.severity ?? 0);
    return { ...base, result, options, diagnostics, ...(templateId ? { templateId } : {}) };
  }

  /** The parsed form of this version of the document (parsed now when not cached). */
  document(doc: TextDocument): TemplateDocument {
    const hit = this.parsed.get(doc.uri);
    if (hit && hit.version === doc.version) {
      // Keep it most recently used.
      this.parsed.delete(doc.uri);
      this.parsed.set(doc.uri, hit);
      return hit.doc;
    }
    const parsed = parseTemplate(doc.getText());
    this.remember(doc, parsed);
    return parsed;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
    this.parsed.delete(uri);
  }

  private remember(doc: TextDocument, parsed: TemplateDocument): void {
    this.parsed.delete(doc.uri);
    this.parsed.set(doc.uri, { version: doc.version, doc: parsed });
    while (this.parsed.size > PARSED_CACHE_SIZE) this.parsed.delete(this.parsed.keys().next().value!);
  }

  private shouldSkip(
    doc: TextDocument,
    filePath: string | undefined,
    config: Config,
    settings: DunlintSettings,
  ): Skip | undefined {
    if (!settings.enable) return { skip: 'disabled' };
    if (filePath) {
      if (isIgnored(config, filePath)) return { skip: 'not-template' };
      if (doc.languageId !== LANGUAGE_ID && !isTemplateFile(config, filePath)) return { skip: 'not-template' };
    }
    const text = doc.getText();
    const nul = text.indexOf('\u0000');
    if (nul !== -1) {
      const at = doc.positionAt(nul);
      return {
        skip: 'refused',
        notice: `This is a binary file, not a text template (NUL character at line ${at.line + 1}, column ${at.character + 1}); dunlint does not lint it.`,
      };
    }
    return undefined;
  }

  private fileConfig(config: Config, filePath: string | undefined, settings: DunlintSettings): FileConfig {
    const generation = this.generation();
    if (generation !== this.fileConfigsGeneration) {
      this.fileConfigs.clear();
      this.fileConfigsGeneration = generation;
    }
    const rulesLayer = this.settings.rulesLayer(settings.rules);
    const key = `${config.filePath ?? ''}\0${filePath ?? ''}\0${rulesLayer ? JSON.stringify(settings.rules) : ''}`;
    let fileConfig = this.fileConfigs.get(key);
    if (!fileConfig) {
      const effective: Config = rulesLayer
        ? { ...config, layers: [...config.layers, { data: rulesLayer, baseDir: '', source: 'settings:dunlint.rules' }] }
        : config;
      fileConfig = resolveFileConfig(effective, filePath, builtinRules);
    } else {
      this.fileConfigs.delete(key);
    }
    this.fileConfigs.set(key, fileConfig); // most recently used last
    while (this.fileConfigs.size > FILE_CONFIG_CACHE_SIZE)
      this.fileConfigs.delete(this.fileConfigs.keys().next().value!);
    return fileConfig;
  }
}

function configProblemNotice(problem: ConfigProblem, filePath: string | undefined): Diagnostic {
  const shown = filePath
    ? relative(filePath.replace(/\/[^/]*$/, ''), problem.filePath) || problem.filePath
    : problem.filePath;
  const notice = documentNotice(
    `The dunlint configuration ${shown} cannot be used (line ${problem.line}, column ${problem.column}: ${problem.message.split('\n')[0]}). This file is linted with the "recommended" preset until it is fixed.`,
    DiagnosticSeverity.Warning,
  );
  notice.relatedInformation = [
    {
      location: { uri: pathToUri(problem.filePath), range: pointRange(undefined, problem.line, problem.column) },
      message: problem.message.split('\n')[0]!,
    },
  ];
  return notice;
}
