/**
 * Protocol-test harness: spawns the built server (`node packages/lsp/bin/dunlint-language-server.js
 * --stdio`) and talks JSON-RPC to it over the child's stdio with vscode-languageserver-protocol's
 * client connection. Waits on notifications and requests from the server; never sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type InitializeResult,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(import.meta.dirname, '../..');
export const SERVER = join(ROOT, 'packages/lsp/bin/dunlint-language-server.js');

/** A clean template (every required-content rule satisfied): the shipped US SMS reminder. */
export const CLEAN = readFileSync(join(ROOT, 'templates/en/us-reminder-sms.md'), 'utf8');

export interface Workspace {
  dir: string;
  uri(path: string): string;
  write(path: string, content: string | Uint8Array): void;
  dispose(): void;
}

/** A temporary workspace folder with real files; removed by `dispose`. */
export function workspace(files: Record<string, string | Uint8Array> = {}): Workspace {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dunlint-lsp-')));
  const write = (path: string, content: string | Uint8Array) => {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  return {
    dir,
    uri: (path) => pathToFileURL(join(dir, path)).href,
    write,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A full-featured client: pull diagnostics with refresh, snippet edits, resolve, dynamic watchers. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, snippetEditSupport: true },
  },
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: {
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    synchronization: { didSave: true },
  },
};

/** An older client: push diagnostics only, plain edits, no settings request. */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

export interface Client {
  connection: ProtocolConnection;
  child: ChildProcess;
  initializeResult: InitializeResult;
  /** Settings the client answers `workspace/configuration` with (`dunlint` section). */
  settings: Record<string, unknown>;
  registrations: Registration[];
  messages: { type: number; message: string }[];
  /** `window/logMessage` notifications (the server's log), from the start. */
  logs: { type: number; message: string }[];
  open(uri: string, text: string, languageId?: string): TextDocument;
  close(uri: string): void;
  /** Incremental change: replaces `search` (first occurrence) with `replacement`. */
  replace(uri: string, search: string, replacement: string): TextDocument;
  change(uri: string, changes: TextDocumentContentChangeEvent[]): TextDocument;
  document(uri: string): TextDocument;
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport>;
  /** Pulls and returns the items of a full report. */
  diagnostics(uri: string): Promise<Diagnostic[]>;
  /** The next `textDocument/publishDiagnostics` for `uri` that satisfies `accept`. */
  pushed(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Resolves on the next `workspace/diagnostic/refresh` request from the server. */
  nextRefresh(): Promise<void>;
  watchedFilesChanged(changes: FileEvent[]): Promise<void>;
  /** Applies a workspace edit to the open document, as an editor would. */
  apply(uri: string, edit: WorkspaceEdit): string;
  dispose(): Promise<void>;
}

export async function startClient(
  options: {
    rootDir?: string;
    capabilities?: ClientCapabilities;
    settings?: Record<string, unknown>;
    /** Extra arguments for node before the server script (e.g. `--import` of a test hook). */
    nodeArgs?: string[];
    /**
     * Run the module tree (packages/lsp/dist, which imports packages/core/dist) instead of the
     * command's bundle: for hooks that patch a module of the core.
     */
    moduleTree?: boolean;
  } = {},
): Promise<Client> {
  const tree = pathToFileURL(join(ROOT, 'packages/lsp/dist/main.js')).href;
  const script = options.moduleTree
    ? ['--input-type=module', '-e', `(await import(${JSON.stringify(tree)})).startServer(['--stdio']);`]
    : [SERVER, '--stdio'];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...script], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(child.stdout!, child.stdin!);
  const docs = new Map<string, TextDocument>();
  const pushedLog: PublishDiagnosticsParams[] = [];
  const pushWaiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve(p: PublishDiagnosticsParams): void;
  }[] = [];
  const refreshWaiters: (() => void)[] = [];
  const client = {
    connection,
    child,
    settings: options.settings ?? {},
    registrations: [] as Registration[],
    messages: [] as { type: number; message: string }[],
    logs: [] as { type: number; message: string }[],
  } as Client;

  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    pushedLog.push(params);
    for (const w of [...pushWaiters]) {
      if (w.uri === params.uri && w.accept(params)) {
        pushWaiters.splice(pushWaiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.onNotification(ShowMessageNotification.type, (params) => void client.messages.push(params));
  connection.onNotification(LogMessageNotification.type, (params) => void client.logs.push(params));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => client.settings));
  connection.onRequest(RegistrationRequest.type, (params) => {
    client.registrations.push(...params.registrations);
  });
  connection.onRequest(DiagnosticRefreshRequest.type, () => {
    for (const resolve of refreshWaiters.splice(0)) resolve();
  });
  connection.listen();

  const capabilities = options.capabilities ?? FULL_CAPABILITIES;
  const rootUri = options.rootDir ? pathToFileURL(options.rootDir).href : null;
  client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    capabilities,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  client.document = (uri) => {
    const doc = docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  };
  client.open = (uri, text, languageId = 'markdown') => {
    const doc = TextDocument.create(uri, languageId, 1, text);
    docs.set(uri, doc);
    void connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return doc;
  };
  client.close = (uri) => {
    docs.delete(uri);
    void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  };
  client.change = (uri, changes) => {
    const doc = TextDocument.update(client.document(uri), changes, client.document(uri).version + 1);
    docs.set(uri, doc);
    void connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: changes,
    });
    return doc;
  };
  client.replace = (uri, search, replacement) => {
    const doc = client.document(uri);
    const at = doc.getText().indexOf(search);
    if (at === -1) throw new Error(`"${search}" not in ${uri}`);
    return client.change(uri, [
      { range: { start: doc.positionAt(at), end: doc.positionAt(at + search.length) }, text: replacement },
    ]);
  };
  client.pull = (uri, previousResultId) =>
    connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });
  client.diagnostics = async (uri) => {
    const report = await client.pull(uri);
    if (report.kind !== 'full') throw new Error('expected a full report');
    return report.items;
  };
  client.pushed = (uri, accept = () => true) => {
    const earlier = pushedLog.filter((p) => p.uri === uri && accept(p)).at(-1);
    if (earlier) {
      pushedLog.splice(pushedLog.indexOf(earlier), 1);
      return Promise.resolve(earlier);
    }
    return new Promise((resolve) => pushWaiters.push({ uri, accept, resolve }));
  };
  client.nextRefresh = () => new Promise((resolve) => refreshWaiters.push(resolve));
  client.watchedFilesChanged = (changes) =>
    connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  client.apply = (uri, edit) => {
    const doc = client.document(uri);
    const edits: TextEdit[] = [];
    for (const change of edit.documentChanges ?? []) {
      if (!('edits' in change) || change.textDocument.uri !== uri) continue;
      if (change.textDocument.version !== null && change.textDocument.version !== doc.version)
        throw new Error('stale edit');
      for (const e of change.edits) {
        edits.push('snippet' in e ? { range: e.range, newText: e.snippet.value } : e);
      }
    }
    edits.push(...(edit.changes?.[uri] ?? []));
    return TextDocument.applyEdits(doc, edits);
  };
  client.dispose = async () => {
    try {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    connection.dispose();
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        setTimeout(() => {
          child.kill();
        }, 2000).unref();
      });
    }
    if (/uncaught|unhandled/i.test(stderr)) throw new Error(`server stderr:\n${stderr}`);
  };
  return client;
}

/** Text with `search` replaced once (for expected texts). */
export function withReplaced(text: string, search: string, replacement: string): string {
  const at = text.indexOf(search);
  if (at === -1) throw new Error(`"${search}" not found`);
  return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/**
 * One server for a whole test file (starting one and warming the core up takes seconds): started
 * in `beforeAll` on a temporary workspace with `files`, warmed up with one lint, stopped in `afterAll`.
 */
export function useServer(
  files: Record<string, string | Uint8Array> = {},
  options: Omit<Parameters<typeof startClient>[0], 'rootDir'> = {},
): { readonly c: Client; readonly w: Workspace } {
  const context = {} as { c: Client; w: Workspace };
  beforeAll(async () => {
    context.w = workspace(files);
    context.c = await startClient({ ...options, rootDir: context.w.dir });
    // The core compiles its lexicons and NLP data lazily: the first lints of a process are slow.
    const warm = 'untitled:warm-up';
    context.c.open(warm, CLEAN);
    const pull = context.c.initializeResult.capabilities.diagnosticProvider !== undefined;
    if (pull) await context.c.pull(warm);
    else await context.c.pushed(warm, (p) => p.version === 1);
    context.c.replace(warm, '{{amount}}', '{{amount}');
    if (pull) await context.c.pull(warm);
    else await context.c.pushed(warm, (p) => p.version === 2);
    context.c.close(warm);
  }, 180_000);
  afterAll(async () => {
    await context.c?.dispose();
    context.w?.dispose();
  }, 60_000);
  return context;
}

/** The server still answers: a hover on a placeholder of a freshly opened (then closed) document. */
export async function stillAnswers(c: Client, uri: string): Promise<void> {
  c.open(uri, CLEAN);
  const line = CLEAN.split('\n').findIndex((l) => l.includes('{{amount}}'));
  const character = CLEAN.split('\n')[line]!.indexOf('{{amount}}') + 3;
  const hover = await c.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri },
    position: { line, character },
  });
  expect((hover?.contents as MarkupContent).value).toContain('money');
  c.close(uri);
}
