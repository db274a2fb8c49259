import type { Diagnostic, Rule, Suppression } from '@dunlint/core';

/** One linted file, in ESLint's result shape plus dunlint's audit trail. */
export interface FileResult {
  /** Absolute path (or the --stdin-filename / "<stdin>"). */
  filePath: string;
  messages: Diagnostic[];
  suppressed: Suppression[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, when --fix-dry-run changed something (ESLint's `output`). */
  output?: string;
  /** The file's text (formatters may show excerpts); not part of the JSON output. */
  source?: string;
}

export interface FormatterContext {
  /** The working directory, for relative paths in human-readable output. */
  cwd: string;
  /** The rule registry, for metadata (docs URL, legal basis, description). */
  rules: ReadonlyMap<string, Rule>;
  /** Whether ANSI colours may be used. */
  color: boolean;
  /** The dunlint version. */
  version: string;
}

/** Formatters are pure: results in, text out. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;
