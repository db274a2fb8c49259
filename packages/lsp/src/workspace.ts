import { readFileSync, statSync } from 'node:fs';
import { isIgnored, isTemplateFile, resolveFileConfig } from '@dunlint/core';
import { glob } from 'tinyglobby';
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigStore } from './config.js';
import { documentNotice } from './diagnostics.js';
import type { Linter } from './linter.js';
import { pathToUri, toPosix } from './paths.js';
import type { SettingsStore } from './settings.js';

/** Folders never searched for templates (as in the CLI). */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Files linted between two turns of the event loop, so that edits and cancellations get through. */
const BATCH = 16;

const decoder = new TextDecoder('utf-8', { fatal: true });
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Cached {
  resultId: string;
  diagnostics: Diagnostic[];
}

/**
 * `workspace/diagnostic`: every template of the workspace folders. Open documents are reported
 * from their editor text and version; other files from disk, cached by modification time, size
 * and configuration generation, and answered `unchanged` when the client already has that result.
 */
export class WorkspaceTemplates {
  private files: Promise<string[]> | undefined;
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly folders: () => readonly string[],
    private readonly configs: ConfigStore,
    private readonly linter: Linter,
    private readonly settings: SettingsStore,
  ) {}

  /** A template was created or deleted, or the folders changed. */
  invalidateList(): void {
    this.files = undefined;
  }

  forget(path: string): void {
    this.cache.delete(path);
  }

  async report(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    openDocuments: () => Map<string, TextDocument>,
  ): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const open = openDocuments();
    const files = await (this.files ??= this.list());
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (let i = 0; i < files.length; i++) {
      if (i % BATCH === 0) {
        await nextTurn();
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      }
      const file = files[i]!;
      const doc = open.get(file);
      if (doc) {
        const entry = await this.linter.lint(doc);
        items.push(
          previous.get(doc.uri) === entry.resultId
            ? {
                kind: DocumentDiagnosticReportKind.Unchanged,
                uri: doc.uri,
                version: doc.version,
                resultId: entry.resultId,
              }
            : {
                kind: DocumentDiagnosticReportKind.Full,
                uri: doc.uri,
                version: doc.version,
                resultId: entry.resultId,
                items: entry.diagnostics,
              },
        );
        continue;
      }
      const uri = pathToUri(file);
      const linted = await this.lintFile(file, uri);
      if (!linted) continue;
      items.push(
        previous.get(uri) === linted.resultId
          ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: linted.resultId }
          : {
              kind: DocumentDiagnosticReportKind.Full,
              uri,
              version: null,
              resultId: linted.resultId,
              items: linted.diagnostics,
            },
      );
    }
    return { items };
  }

  private async lintFile(file: string, uri: string): Promise<Cached | undefined> {
    let size: number;
    let mtime: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return undefined;
      size = stat.size;
      mtime = stat.mtimeMs;
    } catch {
      this.cache.delete(file);
      return undefined;
    }
    const settings = await this.settings.get(uri);
    const resultId = `disk:${mtime}:${size}:${this.configs.generation}:${this.settings.generation}`;
    const cached = this.cache.get(file);
    if (cached?.resultId === resultId) return cached;
    const { config } = this.configs.forFile(file);
    const max = resolveFileConfig(config, file).settings.maxFileSize;
    let result: Cached;
    if (size > max) {
      result = {
        resultId,
        diagnostics: [
          documentNotice(
            `This file is too large for dunlint to lint (${size} bytes; the limit is ${max}). Set "settings.maxFileSize" in the dunlint configuration to change it.`,
          ),
        ],
      };
    } else {
      const text = readText(file);
      result =
        typeof text === 'string'
          ? {
              resultId,
              diagnostics: this.linter.lintText(TextDocument.create(uri, 'markdown', 0, text), settings).diagnostics,
            }
          : { resultId, diagnostics: [documentNotice(text.reason)] };
    }
    this.cache.set(file, result);
    return result;
  }

  private async list(): Promise<string[]> {
    const found = new Set<string>();
    for (const folder of this.folders()) {
      const candidates = await glob(['**/*.md'], {
        cwd: folder,
        absolute: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        dot: false,
      });
      for (const candidate of candidates) {
        const file = toPosix(candidate);
        const { config } = this.configs.forFile(file);
        if (isTemplateFile(config, file) && !isIgnored(config, file)) found.add(file);
      }
    }
    return [...found].sort();
  }
}

/** A file's text, or why it is not a text template (binary, invalid UTF-8, unreadable). */
function readText(file: string): string | { reason: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { reason: `dunlint cannot read this file (${(error as Error).message}).` };
  }
  if (bytes.includes(0)) return { reason: 'This is a binary file, not a text template; dunlint does not lint it.' };
  try {
    return decoder.decode(bytes);
  } catch {
    return { reason: 'This file is not valid UTF-8; save it as UTF-8 so that dunlint can lint it.' };
  }
}
