import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { duplicateIdDiagnostics, isIgnored, isTemplateFile, resolveFileConfig, type TemplateId } from '@dunlint/core';
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
import { crossFileDiagnostic, documentNotice } from './diagnostics.js';
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
  templateId?: TemplateId;
}

/** One file's report before duplicate ids are added. */
interface Row {
  file: string;
  uri: string;
  version: number | null;
  resultId: string;
  diagnostics: Diagnostic[];
}

/** A file's duplicate-id diagnostic and a signature of it (part of the file's result id). */
export interface Duplicate {
  diagnostic: Diagnostic;
  signature: string;
}

/**
 * `workspace/diagnostic`: every template of the workspace folders. Open documents are reported
 * from their editor text and version; other files from disk, cached by modification time, size
 * and configuration generation, and answered `unchanged` when the client already has that result.
 *
 * It also keeps the template id of every file of the last scan (updated as open documents are
 * linted): SPEC §1.1 makes an id used by two files an error of both in the workspace lint (as in
 * `dunlint check`). Until a client asks for workspace diagnostics, no file is in it.
 */
export class WorkspaceTemplates {
  private files: Promise<string[]> | undefined;
  private readonly cache = new Map<string, Cached>();
  /** Template ids by file path, of the files of the last scan. */
  private readonly ids = new Map<string, TemplateId>();
  /** The files of the last scan. */
  private scanned = new Set<string>();

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

  /**
   * Records the template id of a file of the last scan (an open document was linted); whether the
   * index changed. Other files (untitled documents, files outside the workspace's templates) are
   * not part of the workspace lint.
   */
  noteId(path: string, at: TemplateId | undefined): boolean {
    if (!this.scanned.has(path)) return false;
    const before = this.ids.get(path);
    if (at) this.ids.set(path, at);
    else this.ids.delete(path);
    return before?.id !== at?.id || before?.severity !== at?.severity;
  }

  /** The duplicate-id diagnostic of one file, from the index. */
  duplicateOf(path: string): Duplicate | undefined {
    const at = this.ids.get(path);
    if (!at || at.severity === 0) return undefined;
    const same = new Map([...this.ids].filter(([p, other]) => p === path || other.id === at.id));
    return same.size > 1 ? this.duplicates(same).get(path) : undefined;
  }

  private duplicates(ids: ReadonlyMap<string, TemplateId>): Map<string, Duplicate> {
    const out = new Map<string, Duplicate>();
    for (const [file, { diagnostic, others }] of duplicateIdDiagnostics(ids, (p) => this.shown(p))) {
      const copies = others.map((p) => ({ uri: pathToUri(p), at: ids.get(p)! }));
      out.set(file, {
        diagnostic: crossFileDiagnostic(diagnostic, copies),
        signature: `dup:${others.map((p) => `${p}@${ids.get(p)!.offset}`).join(',')}`,
      });
    }
    return out;
  }

  /** A path as the messages show it: relative to its workspace folder. */
  private shown(path: string): string {
    const folder = this.folders().find((f) => path.startsWith(`${toPosix(f).replace(/\/$/, '')}/`));
    return folder ? relative(folder, path).split('\\').join('/') : path;
  }

  async report(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    openDocuments: () => Map<string, TextDocument>,
  ): Promise<WorkspaceDiagnosticReport> {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const open = openDocuments();
    const files = await (this.files ??= this.list());
    const listed = new Set(files);
    for (const path of this.ids.keys()) if (!listed.has(path)) this.ids.delete(path);
    this.scanned = listed;
    const rows: Row[] = [];
    for (let i = 0; i < files.length; i++) {
      if (i % BATCH === 0) {
        await nextTurn();
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      }
      const file = files[i]!;
      const doc = open.get(file);
      if (doc) {
        const entry = await this.linter.lint(doc);
        this.noteId(file, entry.templateId);
        rows.push({
          file,
          uri: doc.uri,
          version: doc.version,
          resultId: entry.resultId,
          diagnostics: entry.diagnostics,
        });
        continue;
      }
      const uri = pathToUri(file);
      const linted = await this.lintFile(file, uri);
      this.noteId(file, linted?.templateId);
      if (!linted) continue;
      rows.push({ file, uri, version: null, resultId: linted.resultId, diagnostics: linted.diagnostics });
    }

    const duplicates = this.duplicates(this.ids);
    const items = rows.map((row): WorkspaceDocumentDiagnosticReport => {
      const duplicate = duplicates.get(row.file);
      const resultId = duplicate ? `${row.resultId}|${duplicate.signature}` : row.resultId;
      if (previous.get(row.uri) === resultId) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, uri: row.uri, version: row.version, resultId };
      }
      const diagnostics = duplicate ? [...row.diagnostics, duplicate.diagnostic] : row.diagnostics;
      return {
        kind: DocumentDiagnosticReportKind.Full,
        uri: row.uri,
        version: row.version,
        resultId,
        items: diagnostics,
      };
    });
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
      if (typeof text === 'string') {
        const entry = this.linter.lintText(TextDocument.create(uri, 'markdown', 0, text), settings);
        result = {
          resultId,
          diagnostics: entry.diagnostics,
          ...(entry.templateId ? { templateId: entry.templateId } : {}),
        };
      } else {
        result = { resultId, diagnostics: [documentNotice(text.reason)] };
      }
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
