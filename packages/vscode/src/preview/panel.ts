/**
 * The preview panel: one webview beside the editor that shows the active template as the
 * recipient receives it. The server renders it (`dunlint/preview`); the panel asks again, debounced,
 * whenever the text or its problems change, and follows the active editor to other templates.
 */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { PREVIEW_METHOD, type PreviewResult } from '@dunlint/language-server/protocol';
import type { TemplateGate } from '../gate.js';
import type { DunlintServer } from '../language-client.js';
import { newNonce, previewHtml } from './html.js';
import type { FromWebview, ToWebview } from './messages.js';

export const PREVIEW_VIEW_TYPE = 'dunlint.preview';
/** Wait this long after the last keystroke before rendering again. */
const DEBOUNCE_MS = 250;
/** How many times to ask again when the server does not have the document open yet. */
const MAX_MISSES = 20;

function fileName(doc: vscode.TextDocument): string {
  return basename(doc.uri.path) || doc.uri.toString();
}

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;
  /** Consecutive answers "not open on the server" for the current document. */
  private misses = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: DunlintServer,
    private readonly gate: TemplateGate,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0) this.schedule(DEBOUNCE_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = this.document?.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.schedule(DEBOUNCE_MS);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.follow(editor)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document)
          this.post({ type: 'notice', fileName: fileName(doc), message: 'The template was closed.' });
      }),
      server.onDidChangeState((state) => {
        if (state === 'running') this.schedule(0);
        else if (state === 'stopped')
          this.post({ type: 'notice', message: 'The dunlint language server is not running.' });
      }),
    );
  }

  /** The document shown, if the panel is open. */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.panel ? this.document : undefined;
  }

  /** Opens (or reveals) the preview of `document` beside its editor. */
  show(document: vscode.TextDocument): void {
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        this.title(document),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        this.webviewOptions(),
      );
      this.attach(panel);
    }
    this.setDocument(document);
  }

  /** A panel VS Code restored after a reload (webview serializer). */
  async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    panel.webview.options = this.webviewOptions();
    this.panel?.dispose();
    this.attach(panel);
    const uri = (state as { uri?: unknown } | undefined)?.uri;
    if (typeof uri === 'string') {
      try {
        this.setDocument(await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)));
        return;
      } catch {
        // The file is gone: fall through to the notice.
      }
    }
    this.post({ type: 'notice', message: 'Open a dunlint template to preview it.' });
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [
        vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(this.extensionUri, 'media'),
      ],
    };
  }

  private title(document: vscode.TextDocument): string {
    return `Preview ${fileName(document)}`;
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'images', 'icon.png');
    const webview = panel.webview;
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      scriptUri: webview
        .asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview.js'))
        .toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
    });
    this.panelDisposables = [
      webview.onDidReceiveMessage((message: FromWebview) => void this.onMessage(message)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
  }

  private setDocument(document: vscode.TextDocument): void {
    this.document = document;
    this.misses = 0;
    if (this.panel) this.panel.title = this.title(document);
    this.schedule(0);
  }

  /** The active editor changed: preview that template instead (other editors leave the panel alone). */
  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    const doc = editor?.document;
    if (!this.panel || !doc || doc === this.document || doc.uri.scheme === 'output') return;
    if (await this.gate.isTemplate(doc)) this.setDocument(doc);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    if (message?.type === 'ready') this.schedule(0);
    else if (message?.type === 'reveal' && this.document) {
      const doc = this.document;
      const line = Math.max(0, Math.trunc(message.line) - 1);
      const character = Math.max(0, Math.trunc(message.column) - 1);
      const position = doc.validatePosition(new vscode.Position(line, character));
      const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      await vscode.window.showTextDocument(doc, {
        viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
        selection: new vscode.Range(position, position),
      });
    }
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private schedule(delay: number): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delay);
  }

  /** Asks the server for the preview of the current document version and sends it to the webview. */
  private async update(): Promise<void> {
    const doc = this.document;
    if (!doc || !this.panel) return;
    const id = ++this.request;
    if (this.server.state === 'stopped') {
      this.post({ type: 'notice', fileName: fileName(doc), message: 'The dunlint language server is not running.' });
      return;
    }
    let preview: PreviewResult | null;
    try {
      const uri = await this.server.protocolUri(doc.uri);
      preview = await this.server.sendRequest<PreviewResult | null>(PREVIEW_METHOD, { textDocument: { uri } });
    } catch (error) {
      if (id !== this.request) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.output.error(`The preview of ${doc.uri.toString()} failed: ${reason}`);
      this.post({ type: 'notice', fileName: fileName(doc), message: `The preview could not be rendered: ${reason}` });
      return;
    }
    if (id !== this.request || doc !== this.document) return;
    if (!preview) {
      // The server has not been told about the document yet (it was just opened): ask again shortly.
      if (++this.misses <= MAX_MISSES) {
        this.schedule(DEBOUNCE_MS);
      } else {
        this.post({
          type: 'notice',
          fileName: fileName(doc),
          message: 'dunlint does not check this document: only Markdown templates can be previewed.',
        });
      }
      return;
    }
    this.misses = 0;
    this.post({ type: 'render', fileName: fileName(doc), preview });
    // Typed while the server was rendering: render the newer text too.
    if (preview.version !== doc.version) this.schedule(DEBOUNCE_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of [...this.disposables, ...this.panelDisposables]) d.dispose();
  }
}
