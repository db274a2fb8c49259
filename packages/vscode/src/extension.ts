/**
 * dunlint for VS Code: the bundled language server (diagnostics, quick fixes, hover, completion,
 * navigation) for debt-collection message templates, plus a preview of the message as the recipient
 * sees it, a status bar summary and commands. No code from the workspace is ever executed: the
 * server reads Markdown templates and YAML/JSON configuration only.
 */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '@dunlint/language-server/protocol';
import { explainRule, ExplainRuleActions } from './commands/explain-rule.js';
import { lintWorkspace } from './commands/lint-workspace.js';
import { newTemplate } from './commands/new-template.js';
import { TemplateGate } from './gate.js';
import { DunlintServer } from './language-client.js';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview/panel.js';
import { StatusBar } from './status-bar.js';
import { CONFIG_FILE_NAMES } from './template-detection.js';

/** What `activate` returns (for tests and other extensions). */
export interface DunlintApi {
  /** Starts the language server if needed; resolves when it is ready. */
  ready(): Promise<void>;
  /** Sends one of the server's requests (e.g. `dunlint/preview`). */
  sendRequest<R>(method: string, params: unknown): Promise<R>;
  /** The document the preview panel shows, if it is open. */
  previewedDocument(): vscode.TextDocument | undefined;
  /** The status bar item's text (`$(error) 1 $(warning) 2 dunlint`), or `undefined` when it is hidden. */
  statusBarText(): string | undefined;
}

let server: DunlintServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<DunlintApi> {
  const output = vscode.window.createOutputChannel('dunlint', { log: true });
  const gate = new TemplateGate();
  server = new DunlintServer(context, output, gate);
  const dunlint = server;
  const preview = new PreviewPanel(context.extensionUri, dunlint, gate, output);
  const status = new StatusBar(dunlint, gate);
  context.subscriptions.push(output, gate, dunlint, preview, status);

  /** Starts the server in the background; a failure is reported by the client and logged. */
  const startInBackground = () =>
    void dunlint.start().catch((error: unknown) => output.error(`Starting the server failed: ${String(error)}`));

  const startFor = async (doc: vscode.TextDocument) => {
    if (dunlint.state === 'idle' && (await gate.isTemplate(doc))) startInBackground();
  };

  const templateDocument = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    return vscode.window.activeTextEditor?.document;
  };

  const guarded =
    (name: string, run: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]) => {
      try {
        await run(...args);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        output.error(`${name} failed: ${reason}`);
        void vscode.window.showErrorMessage(`dunlint: ${name} failed: ${reason}`);
      }
    };

  context.subscriptions.push(
    vscode.commands.registerCommand(
      'dunlint.openPreview',
      guarded('Open Preview', async (arg) => {
        const doc = await templateDocument(arg);
        if (!doc || !(await gate.isTemplate(doc))) {
          void vscode.window.showInformationMessage(
            'Open a dunlint template first: a *.dun.md file, a Markdown file under a dunlint configuration, or one with dunlint front matter.',
          );
          return;
        }
        startInBackground();
        preview.show(doc);
      }),
    ),
    vscode.commands.registerCommand(
      'dunlint.lintWorkspace',
      guarded('Lint workspace', () => lintWorkspace(dunlint)),
    ),
    vscode.commands.registerCommand(
      'dunlint.newTemplate',
      guarded('New template', (arg) => newTemplate(dunlint, arg)),
    ),
    vscode.commands.registerCommand(
      'dunlint.explainRule',
      guarded('Explain rule', (arg) => explainRule(context.extensionUri, dunlint, arg)),
    ),
    vscode.commands.registerCommand(
      'dunlint.restartServer',
      guarded('Restart server', () => dunlint.restart()),
    ),
    vscode.commands.registerCommand('dunlint.showOutput', () => output.show(true)),
    vscode.languages.registerCodeActionsProvider(
      [{ language: LANGUAGE_ID }, { language: 'markdown' }],
      new ExplainRuleActions(),
      { providedCodeActionKinds: [ExplainRuleActions.kind] },
    ),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state) => preview.restore(panel, state),
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => void startFor(doc)),
  );

  // Start now when a template is already open or the workspace is configured for dunlint.
  for (const doc of vscode.workspace.textDocuments) await startFor(doc);
  const workspaceDiagnostics = vscode.workspace.getConfiguration('dunlint').get<boolean>('workspaceDiagnostics', false);
  if (dunlint.state === 'idle' && workspaceDiagnostics) startInBackground();
  if (dunlint.state === 'idle' && vscode.workspace.workspaceFolders?.length) {
    const configs = await vscode.workspace.findFiles(`**/{${CONFIG_FILE_NAMES.join(',')}}`, '**/node_modules/**', 1);
    if (configs.length > 0) startInBackground();
  }

  return {
    ready: async () => {
      await dunlint.start();
    },
    sendRequest: (method, params) => dunlint.sendRequest(method, params),
    previewedDocument: () => preview.shownDocument,
    statusBarText: () => status.text,
  };
}

export async function deactivate(): Promise<void> {
  const running = server?.running;
  server = undefined;
  if (running) await running.stop(2000).catch(() => undefined);
}
