/** The status bar item: the active template's dunlint errors and warnings; click to open Problems. */
import * as vscode from 'vscode';
import type { TemplateGate } from './gate.js';
import type { DunlintServer } from './language-client.js';
import { statusView } from './status-text.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dunlint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private generation = 0;
  private shown = false;

  constructor(
    private readonly server: DunlintServer,
    private readonly gate: TemplateGate,
  ) {
    this.item.name = 'dunlint';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) void this.update();
      }),
      server.onDidChangeState(() => void this.update()),
      gate.onDidChange(() => void this.update()),
    );
    void this.update();
  }

  /** Recomputes the item (the latest call wins when several overlap). */
  async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const template = doc ? await this.gate.isTemplate(doc) : false;
    if (generation !== this.generation) return;
    let counts: { errors: number; warnings: number } | undefined;
    if (doc && template) {
      const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'dunlint');
      counts = {
        errors: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
        warnings: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
      };
    }
    void vscode.commands.executeCommand('setContext', 'dunlint.isTemplate', template);
    const view = statusView({ state: this.server.state, ...(counts ? { counts } : {}) });
    if (view.text === undefined) {
      this.item.hide();
      this.shown = false;
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    this.shown = true;
  }

  /** The item's text while it is shown. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
