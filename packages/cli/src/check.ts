import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  builtinRules,
  lintDocument,
  lintAndFix,
  parseTemplate,
  resolveFileConfig,
  summarise,
  nodeRange,
  type Diagnostic,
  type LintResult,
  type TemplateDocument,
} from '@dunlint/core';
import { ConfigFinder } from './config-finder.js';
import { discoverFiles } from './discover.js';
import { displayPath, toPosix } from './paths.js';
import { readTemplate } from './read-template.js';
import type { FileResult } from './types.js';
import { writeFileAtomic } from './write-atomic.js';

export interface CheckOptions {
  cwd: string;
  patterns: string[];
  configFile?: string;
  rules?: string[];
  fix?: boolean;
  fixDryRun?: boolean;
  quiet?: boolean;
  stdin?: string;
  stdinFilename?: string;
  maxFileSize?: number;
}

export interface CheckOutcome {
  results: FileResult[];
  /** Files that could not be linted (unreadable, binary, too large, changed during --fix): one line each. */
  fileErrors: string[];
  /** Notes for stderr that are not errors (e.g. an explicitly named file is ignored). */
  notes: string[];
}

interface Linted {
  result: FileResult;
  doc: TemplateDocument;
  /** The configured severity of frontmatter-schema for this file (duplicate ids are reported under it). */
  idSeverity: 0 | 1 | 2;
}

/** Lints files (or stdin) and applies fixes; pure of output formatting. */
export async function runCheck(options: CheckOptions): Promise<CheckOutcome> {
  const configs = new ConfigFinder(options.cwd, { configFile: options.configFile, rules: options.rules });
  const fileErrors: string[] = [];
  const notes: string[] = [];
  const linted: Linted[] = [];
  const shown = (p: string) => displayPath(options.cwd, p);

  if (options.stdin !== undefined) {
    const filePath = options.stdinFilename ? resolve(options.cwd, options.stdinFilename) : '<stdin>';
    const config = configs.forFile(options.stdinFilename ? filePath : resolve(options.cwd, 'stdin.md'));
    const fileConfig = resolveFileConfig(config, toPosix(filePath));
    linted.push(lintText(options.stdin, filePath, fileConfig, options));
  } else {
    const { files, ignoredExplicit } = await discoverFiles(options.patterns, options.cwd, configs);
    for (const f of ignoredExplicit) notes.push(`${shown(f)}: ignored by the configuration's "ignores" (not linted)`);
    for (const file of files) {
      const config = configs.forFile(file);
      const fileConfig = resolveFileConfig(config, toPosix(file));
      const read = readTemplate(file, options.maxFileSize ?? fileConfig.settings.maxFileSize);
      if (!read.ok) {
        fileErrors.push(`${shown(file)}: ${read.reason}`);
        continue;
      }
      const item = lintText(read.text, file, fileConfig, options);
      if (options.fix && item.result.output !== undefined) {
        // Do not overwrite a file that changed on disk while we were linting it.
        const now = readTemplate(file, Number.MAX_SAFE_INTEGER);
        if (!now.ok || now.text !== read.text) {
          fileErrors.push(`${shown(file)}: changed on disk during the run; fixes not written`);
        } else {
          writeFileAtomic(file, item.result.output);
        }
        delete item.result.output;
      }
      linted.push(item);
    }
  }
  reportDuplicateIds(linted, shown);
  const results = linted.map(({ result }) => (options.quiet ? onlyErrors(result) : result));
  return { results, fileErrors, notes };
}

function lintText(
  text: string,
  filePath: string,
  config: ReturnType<typeof resolveFileConfig>,
  options: CheckOptions,
): Linted {
  const lintOptions = { config, filePath, rules: builtinRules };
  let result: LintResult;
  let output: string | undefined;
  let doc: TemplateDocument;
  if (options.fix || options.fixDryRun) {
    const fixed = lintAndFix(text, lintOptions);
    result = fixed.result;
    if (fixed.fixed) output = fixed.output;
    doc = parseTemplate(fixed.output);
  } else {
    doc = parseTemplate(text);
    result = lintDocument(doc, lintOptions);
  }
  return {
    doc,
    idSeverity: config.rules['frontmatter-schema']?.severity ?? 0,
    result: { filePath, ...result, ...(output !== undefined ? { output } : {}), source: doc.text },
  };
}

/** SPEC §1.1: template ids are unique within a project. Each copy gets a frontmatter-schema error. */
function reportDuplicateIds(linted: Linted[], shown: (p: string) => string): void {
  const byId = new Map<string, { item: Linted; range: [number, number] }[]>();
  for (const item of linted) {
    const fm = item.doc.frontMatter;
    const id = fm?.data?.id;
    if (typeof id !== 'string' || !fm) continue;
    const range = nodeRange(fm, fm.yaml.get('id', true) as Parameters<typeof nodeRange>[1]);
    if (!range) continue;
    byId.set(id, [...(byId.get(id) ?? []), { item, range }]);
  }
  const rule = builtinRules.get('frontmatter-schema')!;
  for (const [id, copies] of byId) {
    if (copies.length < 2) continue;
    for (const { item, range } of copies) {
      if (item.idSeverity === 0) continue;
      const others = copies.filter((c) => c.item !== item).map((c) => shown(c.item.result.filePath));
      const s = item.doc.lines.position(range[0]);
      const e = item.doc.lines.position(range[1]);
      const diagnostic: Diagnostic = {
        ruleId: rule.id,
        severity: item.idSeverity,
        messageId: 'duplicateId',
        message: `The template id "${id}" is also used by ${others.join(', ')}. Give each template its own id.`,
        line: s.line,
        column: s.column,
        endLine: e.line,
        endColumn: e.column,
        offset: range[0],
        endOffset: range[1],
        url: rule.meta.docs.url,
      };
      const messages = [...item.result.messages, diagnostic].sort((a, b) => a.offset - b.offset);
      const summary = summarise(messages, item.result.suppressed);
      Object.assign(item.result, summary);
    }
  }
}

function onlyErrors(result: FileResult): FileResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, ...summarise(messages, result.suppressed) };
}

export function readStdin(): string {
  return readFileSync(0, 'utf8');
}
