/**
 * Decides which documents dunlint reports on (see template-detection.ts for the rule): documents
 * in the `dunlint` language; Markdown files under a dunlint configuration file; Markdown with
 * dunlint front matter. Configuration lookups are cached per folder and dropped when a
 * configuration file is created or deleted.
 */
import { open, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '@dunlint/language-server/protocol';
import { ancestorFolders, CONFIG_FILE_NAMES, hasTemplateFrontMatter } from './template-detection.js';

const HEAD_BYTES = 16 * 1024;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function readHead(path: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

export class TemplateGate implements vscode.Disposable {
  /** Folder → whether it holds a configuration file itself. */
  private readonly folders = new Map<string, Promise<boolean>>();
  private readonly documents = new WeakMap<vscode.TextDocument, { version: number; template: boolean }>();
  private readonly files = new Map<string, { mtime: number; template: boolean }>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** A configuration file was created or deleted: answers may differ now. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`, false, true, false);
    const reset = () => {
      this.folders.clear();
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidCreate(reset), watcher.onDidDelete(reset));
  }

  /** Whether a dunlint configuration file is in the file's folder or any folder above it. */
  async hasConfig(filePath: string): Promise<boolean> {
    for (const folder of ancestorFolders(filePath)) {
      let found = this.folders.get(folder);
      if (!found) {
        found = Promise.all(CONFIG_FILE_NAMES.map((name) => isFile(join(folder, name)))).then((r) => r.includes(true));
        this.folders.set(folder, found);
      }
      if (await found) return true;
    }
    return false;
  }

  /** Whether dunlint reports on this open document. */
  async isTemplate(doc: vscode.TextDocument): Promise<boolean> {
    if (doc.languageId === LANGUAGE_ID) return true;
    if (doc.languageId !== 'markdown') return false;
    if (doc.uri.scheme === 'file' && (await this.hasConfig(doc.uri.fsPath))) return true;
    const cached = this.documents.get(doc);
    if (cached?.version === doc.version) return cached.template;
    const template = hasTemplateFrontMatter(doc.getText(new vscode.Range(0, 0, 400, 0)));
    this.documents.set(doc, { version: doc.version, template });
    return template;
  }

  /** Whether dunlint reports on a file that may not be open (workspace diagnostics). */
  async isTemplateUri(uri: vscode.Uri): Promise<boolean> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) return this.isTemplate(doc);
    if (uri.scheme !== 'file') return false;
    if (basename(uri.fsPath).toLowerCase().endsWith('.dun.md')) return true;
    if (!/\.md$/i.test(uri.fsPath)) return false;
    if (await this.hasConfig(uri.fsPath)) return true;
    let mtime: number;
    try {
      mtime = (await stat(uri.fsPath)).mtimeMs;
    } catch {
      return false;
    }
    const cached = this.files.get(uri.fsPath);
    if (cached?.mtime === mtime) return cached.template;
    const head = await readHead(uri.fsPath);
    const template = head !== undefined && hasTemplateFrontMatter(head);
    this.files.set(uri.fsPath, { mtime, template });
    return template;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
