/**
 * Plain, JSON-serialisable data shared by every layer.
 * Positions: `line`/`column` are 1-based, `offset` is a 0-based UTF-16 index into the
 * document text with any leading BOM removed. LSP's 0-based form lives only in the LSP package.
 */

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint-compatible numeric severity: 1 = warning, 2 = error. */
export type SeverityLevel = 1 | 2;

export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** A half-open `[start, end)` range of UTF-16 offsets. */
export type OffsetRange = [number, number];

export interface Fix {
  range: OffsetRange;
  text: string;
}

export interface Suggestion {
  messageId?: string;
  desc: string;
  fix: Fix;
}

export interface RelatedLocation {
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic {
  /** Rule id; `null` for a fatal problem that no rule owns (ESLint's convention). */
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** The rule's documentation page. */
  url?: string;
  /** Short legal basis, e.g. "FDCPA 15 U.S.C. §1692e(4)". */
  legal?: string[];
  related?: RelatedLocation[];
  fatal?: boolean;
}

export interface Suppression {
  ruleId: string;
  line: number;
  column: number;
  reason: string;
  /** 1-based line of the directive comment. */
  directiveLine: number;
  message: string;
}

export interface LintResult {
  messages: Diagnostic[];
  /** Diagnostics silenced by inline directives, with their reasons (the audit trail). */
  suppressed: Suppression[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}
