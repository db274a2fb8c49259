import { readFileSync } from 'node:fs';
import { CONFIG_FILE_NAMES, VERSION } from '@dunlint/core';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  DiagnosticSeverity,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type TextDocumentIdentifier,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, fixAllEdit, type EditCapabilities, type FixAllData } from './code-actions.js';
import { registerCustomRequests } from './custom-requests.js';
import { complete } from './completion.js';
import { ConfigStore } from './config.js';
import { hover } from './hover.js';
import { Linter, type LintEntry } from './linter.js';
import { definition, documentSymbols, flattenSymbols, prepareRename, references, rename } from './navigation.js';
import { pathToUri, uriToPath } from './paths.js';
import { pointRange } from './positions.js';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SETTINGS_SECTION, type DunlintSettings } from './protocol.js';
import { SettingsStore, type SettingsSource } from './settings.js';
import { WorkspaceTemplates } from './workspace.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The file watchers the server asks for: configs, lexicons (YAML) and templates. */
const WATCHED_GLOBS = [`**/{${CONFIG_FILE_NAMES.join(',')}}`, '**/*.{yaml,yml}', '**/*.md'];

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Checks the part of the params every document request needs; a malformed request gets InvalidParams. */
function documentParams<P extends { textDocument: TextDocumentIdentifier }>(params: P, withPosition = false): P {
  const p = params as unknown as { textDocument?: { uri?: unknown }; position?: Partial<Position> };
  if (typeof p?.textDocument?.uri !== 'string') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'The request has no "textDocument.uri".');
  }
  if (
    withPosition &&
    (!Number.isInteger(p.position?.line) ||
      !Number.isInteger(p.position?.character) ||
      p.position!.line! < 0 ||
      p.position!.character! < 0)
  ) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'The request has no valid "position".');
  }
  return params;
}

/**
 * Wires the dunlint language server onto a connection. Every handler is guarded: an exception
 * answers the request with an error (and is logged) and the server keeps running.
 */
/** How long after a template id changes the client is asked to pull diagnostics again (typing an id). */
const IDS_REFRESH_DELAY_MS = 300;

/** What `dunlint-language-server` (main.ts) needs to open a connection, loaded with the server. */
export { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

export function createServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let caps: ClientCapabilities = {};
  let pull = false;
  let refreshSupport = false;
  let editCaps: EditCapabilities = { documentChanges: false, snippets: false, resolveEdit: false };
  let hierarchicalSymbols = false;

  // A notification, not `showWarningMessage` (a request that a client may not implement).
  const settingsSource: SettingsSource = {
    warn: (message) =>
      void connection
        .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message })
        .catch(() => undefined),
  };
  const settings = new SettingsStore(settingsSource);
  const configs = new ConfigStore(() => folders);
  const linter = new Linter(configs, settings, (message) => connection.console.error(message));
  const workspace = new WorkspaceTemplates(() => folders, configs, linter, settings);
  let publishedConfigProblems = new Set<string>();
  let configProblemsSignature = '[]';
  const pushTimers = new Map<string, NodeJS.Immediate>();

  const log = (message: string) => connection.console.error(message);

  function guard<P, R>(name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log(`dunlint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        throw new ResponseError(LSPErrorCodes.RequestFailed, `dunlint: ${name} failed: ${describe(error)}`);
      }
    };
  }

  function guardNotification<P>(name: string, handler: (params: P) => void | Promise<void>) {
    return (params: P): void => {
      try {
        Promise.resolve(handler(params)).catch((error: unknown) => log(`dunlint: ${name} failed: ${describe(error)}`));
      } catch (error) {
        log(`dunlint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    };
  }

  /** The open document a request is about; `undefined` when it is not open. */
  const openDocument = (params: { textDocument: TextDocumentIdentifier }) => documents.get(params.textDocument.uri);

  /** Open documents by file path (a client may spell a file's URI differently from Node). */
  const openByPath = (): Map<string, TextDocument> =>
    new Map(documents.all().flatMap((d) => (uriToPath(d.uri) ? [[uriToPath(d.uri)!, d] as const] : [])));

  /** Fire and forget a message to the client; a failure (client gone, method refused) is only logged. */
  const send = (message: Promise<unknown>) =>
    void message.catch((error: unknown) => log(`dunlint: a message to the client failed: ${describe(error)}`));

  // --- Diagnostics -------------------------------------------------------------------------------

  /** The lint to report for a document: its current version, or in `onSave` mode the last save's. */
  function entryFor(doc: TextDocument, s: DunlintSettings): LintEntry {
    if (s.run === 'onSave') {
      const last = linter.last(doc.uri);
      if (last && linter.isCurrent(last)) return last;
    }
    return linter.lintNow(doc, s);
  }

  /**
   * What to report for a document: its lint, plus the duplicate-id error when another file of the
   * workspace has its template id (the id is part of the result id, so a change is never "unchanged").
   */
  function reportFor(doc: TextDocument, entry: LintEntry): { resultId: string; diagnostics: Diagnostic[] } {
    const path = uriToPath(doc.uri);
    if (!path) return entry;
    if (workspace.noteId(path, entry.templateId)) idsChanged();
    const duplicate = workspace.duplicateOf(path);
    if (!duplicate) return entry;
    return {
      resultId: `${entry.resultId}|${duplicate.signature}`,
      diagnostics: [...entry.diagnostics, duplicate.diagnostic],
    };
  }

  /** A template id changed: the files that shared it, or share it now, are asked again (soon, once). */
  let idsTimer: NodeJS.Timeout | undefined;
  function idsChanged(): void {
    if (idsTimer) return;
    idsTimer = setTimeout(() => {
      idsTimer = undefined;
      relintAll();
    }, IDS_REFRESH_DELAY_MS);
    idsTimer.unref?.();
  }

  /** Broken configuration files get diagnostics of their own (pushed: the client may not have them open). */
  function syncConfigProblems(): void {
    const problems = configs.problems();
    const signature = JSON.stringify(problems);
    if (signature === configProblemsSignature) return;
    configProblemsSignature = signature;
    const now = new Map<string, Diagnostic[]>();
    for (const problem of problems) {
      let text: string | undefined;
      try {
        text = readFileSync(problem.filePath, 'utf8');
      } catch {
        text = undefined;
      }
      const uri = pathToUri(problem.filePath);
      const list = now.get(uri) ?? [];
      list.push({
        range: pointRange(text, problem.line, problem.column),
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        message: problem.message,
      });
      now.set(uri, list);
    }
    for (const uri of publishedConfigProblems) {
      if (!now.has(uri)) send(connection.sendDiagnostics({ uri, diagnostics: [] }));
    }
    publishedConfigProblems = new Set(now.keys());
    for (const [uri, diagnostics] of now) send(connection.sendDiagnostics({ uri, diagnostics }));
  }

  /** Push mode (clients without pull diagnostics): lint the newest version soon and publish it. */
  function schedulePush(uri: string): void {
    if (pushTimers.has(uri)) return;
    pushTimers.set(
      uri,
      setImmediate(() => {
        pushTimers.delete(uri);
        const doc = documents.get(uri);
        if (!doc) return;
        settings
          .get(uri)
          .then((s) => {
            if (documents.get(uri) !== doc) return;
            const entry = entryFor(doc, s);
            const { diagnostics } = reportFor(doc, entry);
            syncConfigProblems();
            return connection.sendDiagnostics({ uri, version: entry.version, diagnostics });
          })
          .catch((error: unknown) => log(`dunlint: linting ${uri} failed: ${describe(error)}`));
      }),
    );
  }

  /** Configuration or settings changed: every open document is linted again. */
  function relintAll(): void {
    if (pull) {
      if (refreshSupport) send(connection.languages.diagnostics.refresh());
    } else {
      for (const doc of documents.all()) schedulePush(doc.uri);
    }
  }

  // --- Lifecycle ---------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    folders = (params.workspaceFolders ?? []).flatMap((f) => uriToPath(f.uri) ?? []);
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)].flatMap((p) => p ?? []);
    pull = caps.textDocument?.diagnostic !== undefined;
    refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    const workspaceEdit = caps.workspace?.workspaceEdit;
    editCaps = {
      documentChanges: workspaceEdit?.documentChanges === true,
      snippets: workspaceEdit?.snippetEditSupport === true,
      resolveEdit: caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
    };
    hierarchicalSymbols = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    if (caps.workspace?.configuration === true) {
      settingsSource.fetch = (uri) =>
        connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        ...(pull
          ? { diagnosticProvider: { identifier: 'dunlint', interFileDependencies: false, workspaceDiagnostics: true } }
          : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['{', '.', ':', ' ', '[', ','] },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'dunlint-language-server', version: VERSION },
    };
  });

  connection.onInitialized(
    guardNotification('initialized', async () => {
      if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
        });
      }
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      }
      if (caps.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification('workspaceFolders', (event) => {
            const removed = new Set(event.removed.flatMap((f) => uriToPath(f.uri) ?? []));
            folders = [
              ...folders.filter((f) => !removed.has(f)),
              ...event.added.flatMap((f) => uriToPath(f.uri) ?? []),
            ];
            workspace.invalidateList();
          }),
        );
      }
    }),
  );

  // --- Documents ---------------------------------------------------------------------------------

  documents.onDidOpen(
    guardNotification('didOpen', (event) => {
      if (!pull) schedulePush(event.document.uri);
    }),
  );
  documents.onDidChangeContent(
    guardNotification('didChange', async (event) => {
      if (pull) return;
      const s = await settings.get(event.document.uri);
      if (s.run === 'onType') schedulePush(event.document.uri);
    }),
  );
  documents.onDidSave(
    guardNotification('didSave', async (event) => {
      const uri = event.document.uri;
      const s = await settings.get(uri);
      if (s.run !== 'onSave') return;
      linter.drop(uri);
      if (!pull) schedulePush(uri);
      else if (refreshSupport) send(connection.languages.diagnostics.refresh());
    }),
  );
  documents.onDidClose(
    guardNotification('didClose', (event) => {
      const uri = event.document.uri;
      linter.drop(uri);
      settings.drop(uri);
      const timer = pushTimers.get(uri);
      if (timer) clearImmediate(timer);
      pushTimers.delete(uri);
      if (!pull) send(connection.sendDiagnostics({ uri, diagnostics: [] }));
    }),
  );

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', async (params, token): Promise<DocumentDiagnosticReport> => {
      documentParams(params);
      if (!openDocument(params)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `The document ${params.textDocument.uri} is not open.`);
      }
      // Let queued edits and cancellations in first: a request the client gave up on is not linted.
      await nextTurn();
      const s = await settings.get(params.textDocument.uri);
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const doc = openDocument(params);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const report = reportFor(doc, entryFor(doc, s));
      syncConfigProblems();
      if (params.previousResultId === report.resultId) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
      }
      return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.diagnostics };
    }),
  );

  connection.languages.diagnostics.onWorkspace(
    guard('workspace/diagnostic', async (params, token) => {
      const report = await workspace.report(params, token, openByPath);
      syncConfigProblems();
      return report;
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', (params) => {
      const paths = params.changes.flatMap((c) => uriToPath(c.uri) ?? []);
      // A template created or deleted changes the workspace's list of templates.
      if (params.changes.some((c) => c.type !== FileChangeType.Changed && /\.md$/i.test(c.uri))) {
        workspace.invalidateList();
      }
      for (const path of paths) workspace.forget(path);
      if (configs.invalidate(paths)) {
        workspace.invalidateList();
        // Load the configurations of the open documents again now, so broken ones are reported at once.
        for (const doc of documents.all()) configs.forFile(uriToPath(doc.uri));
        syncConfigProblems();
        relintAll();
      }
    }),
  );

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', (params) => {
      settings.changed(params.settings);
      relintAll();
    }),
  );

  // --- Code actions --------------------------------------------------------------------------------

  connection.onCodeAction(
    guard('textDocument/codeAction', async (params) => {
      documentParams(params);
      const doc = openDocument(params);
      if (!doc) return null;
      const entry = linter.cached(doc.uri, doc.version) ?? (await linter.lint(doc));
      return codeActions(doc, linter.document(doc), entry, params, editCaps);
    }),
  );

  connection.onCodeActionResolve(
    guard('codeAction/resolve', async (action) => {
      const data = action.data as Partial<FixAllData> | undefined;
      if (action.kind !== FIX_ALL_KIND || typeof data?.uri !== 'string') return action;
      const doc = documents.get(data.uri);
      if (!doc || doc.version !== data.version) {
        throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; request the action again.');
      }
      const entry = linter.cached(doc.uri, doc.version) ?? (await linter.lint(doc));
      const edit = fixAllEdit(doc, entry, editCaps);
      return edit ? { ...action, edit } : action;
    }),
  );

  // --- Hover, completion, navigation --------------------------------------------------------------

  connection.onHover(
    guard('textDocument/hover', (params) => {
      documentParams(params, true);
      const doc = openDocument(params);
      if (!doc) return null;
      return hover(doc, linter.document(doc), linter.cached(doc.uri, doc.version), params.position);
    }),
  );

  connection.onCompletion(
    guard('textDocument/completion', (params) => {
      documentParams(params, true);
      const doc = openDocument(params);
      if (!doc) return null;
      return complete(doc, linter.document(doc), params.position);
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', (params) => {
      documentParams(params);
      const doc = openDocument(params);
      if (!doc) return null;
      const symbols = documentSymbols(doc, linter.document(doc));
      return hierarchicalSymbols ? symbols : flattenSymbols(doc.uri, symbols);
    }),
  );

  connection.onDefinition(
    guard('textDocument/definition', (params) => {
      documentParams(params, true);
      const doc = openDocument(params);
      return doc ? definition(doc, linter.document(doc), params.position) : null;
    }),
  );

  connection.onReferences(
    guard('textDocument/references', (params) => {
      documentParams(params, true);
      const doc = openDocument(params);
      return doc
        ? references(doc, linter.document(doc), params.position, params.context?.includeDeclaration ?? true)
        : null;
    }),
  );

  connection.onPrepareRename(
    guard('textDocument/prepareRename', (params) => {
      documentParams(params, true);
      const doc = openDocument(params);
      return doc ? prepareRename(doc, linter.document(doc), params.position) : null;
    }),
  );

  connection.onRenameRequest(
    guard('textDocument/rename', (params) => {
      documentParams(params, true);
      if (typeof params.newName !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'No "newName".');
      const doc = openDocument(params);
      return doc ? rename(doc, linter.document(doc), params.position, params.newName) : null;
    }),
  );

  // --- dunlint's own requests (preview, rules, new template) -------------------------------------

  registerCustomRequests(connection, { documents, linter, settings, guard });

  documents.listen(connection);
}
