import { realpathSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { builtinRules, ConfigError, didYouMean, VERSION } from '@dunlint/core';
import { runCheck, readStdin } from './check.js';
import { ConfigFileMissing } from './config-finder.js';
import { UsageError } from './errors.js';
import { getFormatter, formatterNames } from './formatters/index.js';
import { explainRule, listRules } from './rules-command.js';
import { renderTemplate, type RenderFlags } from './render-command.js';
import type { InitFlags } from './init.js';
import { addSpeedOptions, speedOptions, type SpeedFlags } from './speed-options.js';
import { writeFileAtomic } from './write-atomic.js';
import type { AuditFlags } from './audit/command.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  readStdin: () => string;
  /** Whether stdin is a terminal (`init` asks questions only when stdin and stdout are). */
  stdinIsTTY?: boolean;
  /** Where `audit` draws its progress bar (drawn only when this is a TTY). */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

const defaultIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: realCwd(),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  readStdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  progressStream: process.stderr,
});

function realCwd(): string {
  try {
    return realpathSync(process.cwd());
  } catch {
    return process.cwd();
  }
}

/** Runs the CLI; returns the exit code (0 clean, 1 lint errors or too many warnings, 2 usage/config/internal error). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const fail = (message: string): number => {
    io.stderr(`dunlint: ${message}\n`);
    return 2;
  };
  const program = new Command('dunlint')
    .description('Lint debt-collection message templates (WhatsApp, SMS, e-mail) in English, Spanish and Portuguese.')
    .version(VERSION, '-v, --version')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  addSpeedOptions(program.command('check', { isDefault: true }))
    .description('lint templates (default: every *.md under the current folder)')
    .argument('[paths...]', 'files, folders or globs')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .option('--quiet', 'report errors only')
    .option('--fix', 'apply safe fixes to the files')
    .option('--fix-dry-run', 'compute fixes without writing them (json output includes "output")')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one')
    .option('--rule <setting>', "set a rule, e.g. --rule 'no-false-urgency: error' (repeatable)", collect, [])
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'the file name to use for standard input (config lookup, output)')
    .option('--max-file-size <bytes>', 'largest file to lint (default 2 MB, or settings.maxFileSize)', parseCount)
    .option('--no-color', 'disable colours')
    .action(async (paths: string[], opts: CheckFlags) => {
      exitCode = await check(paths, opts, io);
    });

  const audit = program
    .command('audit')
    .description('audit templates: a self-contained HTML report with charts, and a CSV or JSON summary')
    .argument('[paths...]', 'files, folders or globs (default: the current folder)')
    .option(
      '-o, --out <file>',
      'write the HTML report here ("-" for stdout; default dunlint-audit.html unless only --summary is given)',
    )
    .option(
      '--summary <file>',
      'also write a summary: .csv (one row per finding) or .json (totals and breakdowns); "-" for stdout',
    )
    .addOption(
      new Option('--summary-format <format>', 'the summary format when the file name does not say').choices([
        'json',
        'csv',
      ]),
    )
    .option('--title <text>', 'the title at the top of the report')
    .option('--fail-on-errors', 'exit with 1 when any template has errors (default: exit 0 once the report is written)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one')
    .option('--rule <setting>', "set a rule, e.g. --rule 'no-false-urgency: error' (repeatable)", collect, [])
    .option('--max-file-size <bytes>', 'largest file to lint (default 2 MB, or settings.maxFileSize)', parseCount)
    .option('--no-progress', 'do not draw the progress bar (it is drawn only when stderr is a terminal)');
  addSpeedOptions(audit).action(async (paths: string[], opts: AuditFlags) => {
    // Loaded on use, like init: a one-file check does not pay for the report's code.
    const { runAudit } = await import('./audit/command.js');
    exitCode = await runAudit(paths, opts, io);
  });

  program
    .command('init')
    .description('set up a project: a commented .dunlintrc.yaml and starter templates (never overwrites a file)')
    .option('--jurisdiction <code>', 'where the debtors live: BR, BR-SP, US, US-TX, MX… or generic')
    .option('--language <language>', 'language of the templates: en, es or pt')
    .option('--channels <list>', 'comma-separated channels: whatsapp,sms,email')
    .option('--dir <folder>', 'the project folder to set up (default: the current folder)')
    .option('-y, --yes', 'do not ask: use the flags given and defaults for the rest')
    .action(async (opts: InitFlags) => {
      const { runInit } = await import('./init.js');
      exitCode = await runInit(opts, {
        stdout: io.stdout,
        cwd: io.cwd,
        interactive: io.isTTY && io.stdinIsTTY === true,
      });
    });

  program
    .command('rules')
    .description('list the rules')
    .addOption(new Option('--format <name>', 'output format').choices(['table', 'json']).default('table'))
    .action((opts: { format: 'table' | 'json' }) => {
      io.stdout(listRules(builtinRules, opts.format));
    });

  program
    .command('explain')
    .description("show a rule's documentation: what it reports, why, its legal basis and examples")
    .argument('<rule>', 'the rule id')
    .action((id: string) => {
      const rule = builtinRules.get(id);
      if (!rule) {
        const guess = didYouMean(id, [...builtinRules.keys()]);
        throw new UsageError(
          `unknown rule "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run "dunlint rules" to list them.`,
        );
      }
      io.stdout(explainRule(rule));
    });

  program
    .command('render')
    .description('print a template as it is sent: placeholders replaced by their samples, with SMS/WhatsApp checks')
    .argument('<file>', 'the template')
    .option('--data <file>', 'a JSON object of placeholder values to use instead of the samples')
    .option('--channel-preview', 'also print the channel facts (SMS segments, WhatsApp lengths, e-mail subject)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((file: string, opts: RenderFlags) => {
      const r = renderTemplate(file, opts, io.cwd);
      io.stdout(r.output);
      exitCode = r.code;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
        ? 0
        : 2;
    }
    if (error instanceof UsageError || error instanceof ConfigFileMissing) return fail(error.message);
    if (error instanceof ConfigError) return fail(`configuration error: ${error.format(io.cwd)}`);
    const e = error as Error;
    io.stderr(`dunlint: internal error: ${e?.message ?? String(error)}\n`);
    if (debug && e?.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('Run again with --debug to see the stack trace, and please report it.\n');
    return 2;
  }
  return exitCode;
}

interface CheckFlags extends SpeedFlags {
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  config?: string;
  rule: string[];
  stdin?: boolean;
  stdinFilename?: string;
  maxFileSize?: number;
  color: boolean;
}

async function check(paths: string[], opts: CheckFlags, io: Io): Promise<number> {
  if (opts.fix && opts.stdin)
    throw new UsageError('--fix cannot be used with --stdin (use --fix-dry-run to get the fixed text)');
  if (opts.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input: do not also give paths');
  const formatter = getFormatter(opts.format);
  // Ctrl-C during --fix stops the run between two files (see CheckOptions.signal); a second one quits at once.
  const interrupt = opts.fix ? new AbortController() : undefined;
  const stop = () => interrupt?.abort();
  if (interrupt) for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, stop);
  const outcome = await runCheck({
    cwd: io.cwd,
    patterns: paths,
    configFile: opts.config,
    rules: opts.rule,
    fix: opts.fix,
    fixDryRun: opts.fixDryRun,
    quiet: opts.quiet,
    ...(opts.stdin ? { stdin: io.readStdin() } : {}),
    stdinFilename: opts.stdinFilename,
    maxFileSize: opts.maxFileSize,
    ...speedOptions(opts),
    ...(interrupt ? { signal: interrupt.signal } : {}),
  }).finally(() => {
    if (interrupt) for (const s of ['SIGINT', 'SIGTERM'] as const) process.removeListener(s, stop);
  });
  if (outcome.interrupted) {
    const { done, total } = outcome.interrupted;
    io.stderr(
      `dunlint: interrupted after ${done} of ${total} files: each file is either unchanged or completely fixed. Run the command again to finish.\n`,
    );
    return 130;
  }
  const color = opts.color && !opts.outputFile && io.isTTY && !('NO_COLOR' in io.env);
  const report = formatter(outcome.results, { cwd: io.cwd, rules: builtinRules, color, version: VERSION });
  if (opts.outputFile)
    writeFileAtomic(opts.outputFile.startsWith('/') ? opts.outputFile : `${io.cwd}/${opts.outputFile}`, report);
  else if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  for (const note of outcome.notes) io.stderr(`dunlint: warning: ${note}\n`);
  for (const line of outcome.fileErrors) io.stderr(`dunlint: error: ${line}\n`);

  const errors = outcome.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = outcome.results.reduce((n, r) => n + r.warningCount, 0);
  if (outcome.fileErrors.length > 0) return 2;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr(`dunlint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`expected a whole number, got "${value}"`);
  return Number(value);
}
