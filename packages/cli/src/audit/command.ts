/**
 * `dunlint audit [paths...]`: lints the templates like `check`, then writes a self-contained HTML
 * report (`--out`, default `dunlint-audit.html`) and/or a summary (`--summary FILE`: `.csv` one row
 * per finding, `.json` totals and breakdowns; `-` for stdout). A progress bar is drawn on stderr
 * when it is a terminal.
 *
 * Exit codes: 0 when the report was written (whatever it found: the report is the result);
 * 1 with `--fail-on-errors` when any template has errors (as `check` would); 2 for usage or
 * configuration errors, and when some files could not be read (the report is written and lists
 * them, but the audit is incomplete).
 */
import { isAbsolute, resolve } from 'node:path';
import { builtinRules, VERSION } from '@dunlint/core';
import { runCheck, type CheckOptions } from '../check.js';
import { ConfigFinder } from '../config-finder.js';
import { UsageError } from '../errors.js';
import type { Io } from '../main.js';
import { speedOptions, type SpeedFlags } from '../speed-options.js';
import { writeFileAtomic } from '../write-atomic.js';
import { count } from './charts.js';
import { collectAudit } from './collect.js';
import { auditCsv } from './csv.js';
import { auditHtml } from './html.js';
import { auditSummaryJson } from './summary.js';
import { createProgress, type ProgressStream } from './progress.js';

export const DEFAULT_REPORT = 'dunlint-audit.html';
export type SummaryFormat = 'json' | 'csv';

export interface AuditFlags extends SpeedFlags {
  out?: string;
  summary?: string;
  summaryFormat?: SummaryFormat;
  title?: string;
  failOnErrors?: boolean;
  config?: string;
  rule: string[];
  maxFileSize?: number;
  /** `--no-progress` sets this to false. */
  progress: boolean;
}

export interface AuditIo extends Io {
  /** Where the progress bar is drawn (a terminal); none when missing or not a TTY. */
  progressStream?: ProgressStream;
  /** The clock, for reproducible reports in tests. */
  now?: () => Date;
}

/** The summary's format: `--summary-format`, else the file's extension; stdout (`-`) defaults to JSON. */
export function summaryFormat(file: string, explicit: SummaryFormat | undefined): SummaryFormat {
  if (explicit) return explicit;
  if (file === '-') return 'json';
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'csv') return ext;
  throw new UsageError(
    `cannot tell the summary's format from "${file}": name the file .csv or .json, or add --summary-format csv|json`,
  );
}

export async function runAudit(paths: string[], flags: AuditFlags, io: AuditIo): Promise<number> {
  const format = flags.summary !== undefined ? summaryFormat(flags.summary, flags.summaryFormat) : undefined;
  if (flags.summaryFormat && flags.summary === undefined)
    throw new UsageError('--summary-format needs --summary FILE (or --summary - for standard output)');
  const out = flags.out ?? (flags.summary === undefined ? DEFAULT_REPORT : undefined);
  if (out === '-' && flags.summary === '-')
    throw new UsageError('--out - and --summary - cannot both write to standard output');
  const target = (p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));
  if (out && flags.summary && out !== '-' && target(out) === target(flags.summary))
    throw new UsageError('--out and --summary name the same file: give each its own');

  const progress = createProgress({ stream: flags.progress ? io.progressStream : undefined });
  const options: CheckOptions = {
    cwd: io.cwd,
    patterns: paths,
    configFile: flags.config,
    rules: flags.rule,
    maxFileSize: flags.maxFileSize,
    ...speedOptions(flags),
    onProgress: (done, total) => progress.update(done, total),
  };
  let outcome: Awaited<ReturnType<typeof runCheck>>;
  try {
    outcome = await runCheck(options);
  } finally {
    progress.stop();
  }

  const data = collectAudit({
    results: outcome.results,
    fileErrors: outcome.fileErrors,
    cwd: io.cwd,
    paths,
    configs: new ConfigFinder(io.cwd, { configFile: flags.config, rules: flags.rule }),
    configFile: flags.config,
    ruleFlags: flags.rule,
    version: VERSION,
    now: io.now?.() ?? new Date(),
    title: flags.title,
    registry: builtinRules,
  });

  // What the user reads goes to stdout, unless stdout carries the report or summary itself.
  const dataOnStdout = out === '-' || flags.summary === '-';
  const say = (text: string) => (dataOnStdout ? io.stderr : io.stdout)(text);
  const written: string[] = [];
  if (out) {
    const html = auditHtml(data);
    if (out === '-') io.stdout(html);
    else {
      write(target(out), html, out);
      written.push(`Report: ${out}`);
    }
  }
  if (flags.summary !== undefined && format) {
    const text = format === 'csv' ? auditCsv(data) : auditSummaryJson(data);
    if (flags.summary === '-') io.stdout(text);
    else {
      // A BOM so that spreadsheet programs read the CSV as UTF-8 (accents in es/pt templates).
      write(target(flags.summary), format === 'csv' ? `\uFEFF${text}` : text, flags.summary);
      written.push(`Summary (${format.toUpperCase()}): ${flags.summary}`);
    }
  }

  for (const note of outcome.notes) io.stderr(`dunlint: warning: ${note}\n`);
  for (const line of outcome.fileErrors) io.stderr(`dunlint: error: ${line}\n`);
  const t = data.totals;
  say(
    `Audited ${count(t.templates, 'template')}: ${t.templatesWithFindings} with findings ` +
      `(${count(t.errors, 'error')}, ${count(t.warnings, 'warning')}), ${count(t.suppressions, 'suppressed finding')}.\n`,
  );
  for (const line of written) say(`${line}\n`);
  if (outcome.fileErrors.length > 0) {
    io.stderr(
      `dunlint: the audit is incomplete: ${count(outcome.fileErrors.length, 'file')} could not be read (listed in the report).\n`,
    );
    return 2;
  }
  return flags.failOnErrors && t.errors > 0 ? 1 : 0;
}

function write(path: string, content: string, shown: string): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message;
    throw new UsageError(`cannot write "${shown}": ${why}`);
  }
}
