import { createHash } from 'node:crypto';
import {
  builtinRules,
  lintAndFix,
  lintDocument,
  parseTemplate,
  templateIdOf,
  type FileConfig,
  type LintResult,
  type TemplateDocument,
  type TemplateId,
} from '@dunlint/core';
import { readTemplate } from './read-template.js';
import type { FileResult } from './types.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * The per-file part of `dunlint check` (read → lint → fix → write), shared by the main thread and
 * the worker threads so that both produce exactly the same results. Everything it returns is plain,
 * structured-clonable data: no parsed documents cross a thread boundary.
 */

/** What `check` was asked to do with each file. */
export interface LintMode {
  fix?: boolean;
  fixDryRun?: boolean;
  /** Compute the content hash of the linted text (for the cache). */
  hash?: boolean;
}

/** One file to lint. */
export interface LintTask {
  /** Absolute path. */
  file: string;
  /** Index into the run's table of distinct file configurations. */
  configId: number;
  /** Files larger than this are refused. */
  maxBytes: number;
  /** The file's text when the main thread already read it (to check the cache); read from disk otherwise. */
  text?: string;
}

export interface LintOutcome {
  file: string;
  /** Absent when the file could not be read. */
  result?: FileResult;
  /** Why the file could not be linted or fixed (shown after the path), if it could not. */
  problem?: string;
  templateId?: TemplateId;
  /** Hash of the text `result` describes (after --fix: the text written), when `mode.hash`; absent when that text is not on disk. */
  contentHash?: string;
}

/** The hash of a file's content: of its bytes, or of a text as UTF-8 (the same for the same file). */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** Lints one text (no file access): the result, the fixed text when --fix/--fix-dry-run changed it, and the template id. */
export function lintSource(
  text: string,
  filePath: string,
  config: FileConfig,
  mode: LintMode,
): { result: FileResult; output?: string; templateId?: TemplateId } {
  const lintOptions = { config, filePath, rules: builtinRules };
  let result: LintResult;
  let output: string | undefined;
  let doc: TemplateDocument;
  if (mode.fix || mode.fixDryRun) {
    const fixed = lintAndFix(text, lintOptions);
    result = fixed.result;
    if (fixed.fixed) output = fixed.output;
    doc = parseTemplate(fixed.output);
  } else {
    doc = parseTemplate(text);
    result = lintDocument(doc, lintOptions);
  }
  const templateId = templateIdOf(doc, config.rules['frontmatter-schema']?.severity ?? 0);
  return {
    result: { filePath, ...result, ...(output !== undefined ? { output } : {}), source: doc.text },
    ...(output !== undefined ? { output } : {}),
    ...(templateId ? { templateId } : {}),
  };
}

/** Reads, lints and (with --fix) fixes one file. Never throws for file problems; a bug in dunlint does throw. */
export function lintFile(task: LintTask, config: FileConfig, mode: LintMode): LintOutcome {
  const { file } = task;
  let text = task.text;
  if (text === undefined) {
    const read = readTemplate(file, task.maxBytes);
    if (!read.ok) return { file, problem: read.reason };
    text = read.text;
  }
  const { result, output, templateId } = lintSource(text, file, config, mode);
  const outcome: LintOutcome = { file, result, ...(templateId ? { templateId } : {}) };
  let onDisk: string | undefined = text;
  if (mode.fix && output !== undefined) {
    // Do not overwrite a file that changed on disk while we were linting it.
    const now = readTemplate(file, Number.MAX_SAFE_INTEGER);
    if (!now.ok || now.text !== text) {
      outcome.problem = 'changed on disk during the run; fixes not written';
      onDisk = undefined;
    } else {
      writeFileAtomic(file, output);
      onDisk = output;
    }
    delete result.output;
  }
  // --fix-dry-run's result describes the fixed text, which is not on disk.
  if (mode.fixDryRun && output !== undefined) onDisk = undefined;
  if (mode.hash && onDisk !== undefined) outcome.contentHash = contentHash(onDisk);
  return outcome;
}
