/**
 * The bundled dunlint language server and the client that talks to it: started on demand (the
 * first template opened, or a command), restarted when it stops unexpectedly (a few times, then the
 * user is told), with middleware that keeps dunlint to templates and adds "Explain rule" links.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  DiagnosticCollectionSource,
  DocumentDiagnosticRequest,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  WorkspaceDiagnosticRequest,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
  type vsdiag,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, SERVER_NODE_FLAGS } from '@dunlint/language-server/protocol';
import type { TemplateGate } from './gate.js';
import { RestartPolicy } from './restart-policy.js';
import type { ServerState, WorkspaceSummary } from './status-text.js';

const CLIENT_ID = 'dunlint';
const CLIENT_NAME = 'dunlint';
/** Documents the client syncs with the server; the middleware then keeps features to templates. */
const DOCUMENT_SELECTOR = [
  { language: LANGUAGE_ID },
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/** The rule ids of dunlint diagnostics at `position` of `uri`. */
export function ruleIdsAt(uri: vscode.Uri, position: vscode.Position): string[] {
  const ids = new Set<string>();
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== 'dunlint' || !d.range.contains(position)) continue;
    const id = ruleIdOf(d);
    if (id) ids.add(id);
  }
  return [...ids];
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

function explainLinks(ids: readonly string[]): vscode.MarkdownString {
  const links = ids.map((id) => {
    const args = encodeURIComponent(JSON.stringify([id]));
    return `[$(book) Explain \`${id}\`](command:dunlint.explainRule?${args} "Show the documentation of ${id}")`;
  });
  const md = new vscode.MarkdownString(links.join(' · '), true);
  md.isTrusted = { enabledCommands: ['dunlint.explainRule'] };
  return md;
}

/** Whether a document is shown in an editor tab (the client only pulls diagnostics for those). */
function inTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  const shows = (input: unknown): boolean =>
    (input instanceof vscode.TabInputText && input.uri.toString() === key) ||
    (input instanceof vscode.TabInputTextDiff &&
      (input.modified.toString() === key || input.original.toString() === key));
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => shows(tab.input)));
}

export class DunlintServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private currentState: ServerState = 'idle';
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  private readonly policy = new RestartPolicy();
  private pullCollection: vscode.DiagnosticCollection | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Report problems of closed templates too (setting, or turned on by "Lint workspace"). */
  private workspaceMode: boolean;

  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly gate: TemplateGate,
  ) {
    this.workspaceMode = this.workspaceSetting();
    this.disposables.push(
      this.stateEmitter,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dunlint.workspaceDiagnostics')) this.workspaceMode = this.workspaceSetting();
      }),
      // Without workspace diagnostics, a closed file's problems leave the Problems panel with it.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (!this.workspaceMode) this.pullCollection?.delete(doc.uri);
      }),
      gate.onDidChange(() => this.refreshDiagnostics()),
    );
  }

  get state(): ServerState {
    return this.currentState;
  }

  /** The running client, if any. */
  get running(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  private workspaceSetting(): boolean {
    return vscode.workspace.getConfiguration('dunlint').get<boolean>('workspaceDiagnostics', false);
  }

  private setState(state: ServerState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    this.stateEmitter.fire(state);
  }

  /** Starts the server if it is not running (or starting); resolves when it is ready. */
  start(): Promise<LanguageClient> {
    if (this.client?.isRunning()) return Promise.resolve(this.client);
    this.starting ??= this.startClient().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Stops the server (if running) and starts a fresh one. */
  async restart(): Promise<void> {
    this.policy.reset();
    const old = this.client;
    this.client = undefined;
    if (old) {
      this.output.info('Restarting the dunlint language server.');
      try {
        if (old.needsStop()) await old.stop(5000);
      } catch (error) {
        this.output.warn(`Stopping the server failed: ${String(error)}`);
      }
      await old.dispose().catch(() => undefined);
    }
    await this.start();
  }

  /** Sends a custom request, starting the server first when needed. */
  async sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    const client = await this.start();
    return client.sendRequest<R>(method, params, token);
  }

  /** The URI string the server knows a document by. */
  async protocolUri(uri: vscode.Uri): Promise<string> {
    const client = await this.start();
    return client.code2ProtocolConverter.asUri(uri);
  }

  /** Pull diagnostics again for every open template (after the gate changed its mind). */
  refreshDiagnostics(): void {
    this.running?.getFeature(DocumentDiagnosticRequest.method)?.refresh();
  }

  /**
   * "Lint workspace": asks the server for every template of the workspace folders, puts the closed
   * ones' problems in the Problems panel, and keeps them up to date from then on (workspace pull).
   */
  async lintWorkspace(token?: vscode.CancellationToken): Promise<WorkspaceSummary> {
    const client = await this.start();
    this.workspaceMode = true;
    const report = await client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }, token);
    const summary: WorkspaceSummary = { templates: 0, errors: 0, warnings: 0, withProblems: 0 };
    for (const item of report.items) {
      if (item.kind !== 'full') continue;
      const uri = client.protocol2CodeConverter.asUri(item.uri);
      if (!(await this.gate.isTemplateUri(uri))) continue;
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(item.items, token);
      summary.templates++;
      const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
      const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
      summary.errors += errors;
      summary.warnings += warnings;
      if (errors + warnings > 0) summary.withProblems++;
      // An open editor's problems come from its own (newer) text: leave them to the document pull.
      if (!inTab(uri)) this.pullCollection?.set(uri, diagnostics);
    }
    return summary;
  }

  private serverOptions(): ServerOptions {
    const module = this.context.asAbsolutePath('dist/server.cjs');
    return {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
      debug: {
        module,
        transport: TransportKind.ipc,
        options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] },
      },
    };
  }

  private middleware(): Middleware {
    const gate = this.gate;
    const isTemplate = (doc: vscode.TextDocument) => gate.isTemplate(doc);
    const emptyReport = { kind: 'full', items: [] } as unknown as vsdiag.DocumentDiagnosticReport;
    return {
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const uri = document instanceof vscode.Uri ? document : document.uri;
        const template = document instanceof vscode.Uri ? await gate.isTemplateUri(uri) : await isTemplate(document);
        if (!template) return emptyReport;
        // A tab was closed: without workspace diagnostics its problems go with it.
        if (!this.workspaceMode && uri.scheme === 'file' && !inTab(uri)) return emptyReport;
        return next(document, previousResultId, token);
      },
      provideWorkspaceDiagnostics: async (resultIds, token, reporter, next) => {
        if (!this.workspaceMode) return { items: [] };
        const collected: vsdiag.WorkspaceDocumentDiagnosticReport[] = [];
        await next(resultIds, token, (chunk) => {
          if (chunk) collected.push(...chunk.items);
        });
        const kept: vsdiag.WorkspaceDocumentDiagnosticReport[] = [];
        for (const item of collected) {
          // Not a template after all (no configuration, no dunlint front matter): report it clean.
          kept.push(item.kind === 'full' && !(await gate.isTemplateUri(item.uri)) ? { ...item, items: [] } : item);
        }
        if (!token.isCancellationRequested) reporter({ items: kept });
        return { items: [] };
      },
      provideHover: async (document, position, token, next) => {
        if (!(await isTemplate(document))) return undefined;
        const hover = await next(document, position, token);
        const ids = ruleIdsAt(document.uri, position);
        if (ids.length === 0) return hover;
        const links = explainLinks(ids);
        return hover ? new vscode.Hover([...hover.contents, links], hover.range) : new vscode.Hover(links);
      },
      provideCompletionItem: async (document, position, context, token, next) =>
        (await isTemplate(document)) ? next(document, position, context, token) : undefined,
      provideCodeActions: async (document, range, context, token, next) =>
        (await isTemplate(document)) ? next(document, range, context, token) : undefined,
      provideDocumentSymbols: async (document, token, next) =>
        (await isTemplate(document)) ? next(document, token) : undefined,
      provideDefinition: async (document, position, token, next) =>
        (await isTemplate(document)) ? next(document, position, token) : undefined,
      provideReferences: async (document, position, options, token, next) =>
        (await isTemplate(document)) ? next(document, position, options, token) : undefined,
      prepareRename: async (document, position, token, next) =>
        (await isTemplate(document)) ? next(document, position, token) : undefined,
      provideRenameEdits: async (document, position, newName, token, next) =>
        (await isTemplate(document)) ? next(document, position, newName, token) : undefined,
    };
  }

  private clientOptions(): LanguageClientOptions {
    return {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      traceOutputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      diagnosticPullOptions: { onChange: true, onSave: true },
      diagnosticCollectionProvider: {
        create: (name, source) => {
          const collection = vscode.languages.createDiagnosticCollection(name);
          if (source === DiagnosticCollectionSource.pull) this.pullCollection = collection;
          return collection;
        },
        dispose: (collection) => {
          if (collection === this.pullCollection) this.pullCollection = undefined;
          collection.dispose();
        },
      },
      middleware: this.middleware(),
      errorHandler: {
        error: (_error, _message, count) => ({
          action: (count ?? 1) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        }),
        closed: () => {
          if (this.policy.crashed(Date.now())) {
            this.output.warn(
              `The dunlint language server stopped unexpectedly; starting it again (${this.policy.recent(Date.now())} of ${this.policy.maxRestarts} restarts allowed in ${this.policy.windowMs / 60_000} minutes).`,
            );
            return { action: CloseAction.Restart, handled: true };
          }
          const message = this.policy.giveUpMessage();
          this.output.error(message);
          void this.showGiveUp(message);
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
      initializationFailedHandler: (error) => {
        const message = `The dunlint language server could not start: ${error instanceof Error ? error.message : String(error)}`;
        this.output.error(message);
        // While it is being restarted after crashes, the close handler tells the user (once).
        if (this.policy.recent(Date.now()) === 0) void this.showGiveUp(message);
        return false;
      },
    };
  }

  private async showGiveUp(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Show output', 'Restart server');
    if (choice === 'Show output') this.output.show(true);
    else if (choice === 'Restart server') await vscode.commands.executeCommand('dunlint.restartServer');
  }

  private async startClient(): Promise<LanguageClient> {
    this.setState('starting');
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, this.serverOptions(), this.clientOptions());
    this.client = client;
    this.disposables.push(
      client.onDidChangeState((e) => {
        if (this.client !== client) return;
        if (e.newState === State.Running) this.setState('running');
        else if (e.newState === State.Starting) this.setState('starting');
        else if (e.newState === State.Stopped || e.newState === State.StartFailed) this.setState('stopped');
      }),
    );
    try {
      await client.start();
    } catch (error) {
      this.setState('stopped');
      throw error;
    }
    this.setState('running');
    return client;
  }

  dispose(): void {
    const client = this.client;
    this.client = undefined;
    void client?.dispose(2000).catch(() => undefined);
    for (const d of this.disposables) d.dispose();
  }
}
