/** "dunlint: Lint workspace": every template of the workspace folders in the Problems panel. */
import * as vscode from 'vscode';
import type { DunlintServer } from '../language-client.js';
import { summaryMessage, type WorkspaceSummary } from '../status-text.js';

export async function lintWorkspace(server: DunlintServer): Promise<WorkspaceSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(
      'Open a folder first: dunlint lints the templates of the workspace folders.',
    );
    return undefined;
  }
  const summary = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'dunlint: checking every template of the workspace…',
      cancellable: true,
    },
    (_progress, token) => server.lintWorkspace(token),
  );
  const open = summary.errors + summary.warnings > 0 ? 'Open Problems' : undefined;
  void vscode.window.showInformationMessage(summaryMessage(summary), ...(open ? [open] : [])).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}
