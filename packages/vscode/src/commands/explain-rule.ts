/**
 * "dunlint: Explain rule": the rule's documentation page (shipped in the extension, the same pages
 * as docs/rules/ in the repository) in VS Code's Markdown preview. Reached from the command palette
 * (a list of rules, the active template's first), a diagnostic's quick fix menu and its hover.
 */
import * as vscode from 'vscode';
import { RULES_METHOD, type RuleSummary } from '@dunlint/language-server/protocol';
import { ruleIdOf, type DunlintServer } from '../language-client.js';

const SEVERITY_LABEL: Record<RuleSummary['severity'], string> = {
  error: 'error',
  warn: 'warning',
  off: 'off by default',
};

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The rule ids reported on the active editor's document, in order of first appearance. */
function activeRuleIds(): string[] {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (!uri) return [];
  const ids = vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'dunlint')
    .flatMap((d) => ruleIdOf(d) ?? []);
  return [...new Set(ids)];
}

async function pickRule(server: DunlintServer): Promise<string | undefined> {
  const rules = await server.sendRequest<RuleSummary[]>(RULES_METHOD, {});
  const inFile = new Set(activeRuleIds());
  type Item = vscode.QuickPickItem & { id?: string };
  const item = (r: RuleSummary): Item => ({
    label: r.id,
    description: `${r.category} · ${SEVERITY_LABEL[r.severity]}`,
    detail: r.description,
    id: r.id,
  });
  const items: Item[] = [];
  const here = rules.filter((r) => inFile.has(r.id));
  if (here.length > 0) {
    items.push({ label: 'Reported in this template', kind: vscode.QuickPickItemKind.Separator });
    items.push(...here.map(item));
    items.push({ label: 'All rules', kind: vscode.QuickPickItemKind.Separator });
  }
  items.push(...rules.filter((r) => !inFile.has(r.id)).map(item));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'dunlint: Explain rule',
    placeHolder: 'Which rule? Type to filter by name or description',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

export async function explainRule(extensionUri: vscode.Uri, server: DunlintServer, arg?: unknown): Promise<void> {
  const given =
    typeof arg === 'string'
      ? arg
      : typeof (arg as { ruleId?: unknown })?.ruleId === 'string'
        ? (arg as { ruleId: string }).ruleId
        : undefined;
  const id = given ?? (await pickRule(server));
  if (!id) return;
  if (!/^[a-z0-9-]+$/.test(id)) {
    void vscode.window.showErrorMessage(`dunlint has no rule named "${id}".`);
    return;
  }
  const page = vscode.Uri.joinPath(extensionUri, 'dist', 'docs', 'rules', `${id}.md`);
  if (!(await exists(page))) {
    void vscode.window.showErrorMessage(
      `dunlint has no documentation for "${id}". Run "dunlint: Explain rule" to pick one of its rules.`,
    );
    return;
  }
  try {
    // Locked: a plain Markdown preview would follow the active editor and show the template instead.
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', page);
  } catch {
    // The built-in Markdown extension is disabled: show the page's source instead.
    await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

/** "Explain rule …" in the quick fix menu of every dunlint diagnostic. */
export class ExplainRuleActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.QuickFix.append('dunlint.explain');

  provideCodeActions(
    _document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const seen = new Set<string>();
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const id = d.source === 'dunlint' ? ruleIdOf(d) : undefined;
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const action = new vscode.CodeAction(`Explain rule "${id}"`, ExplainRuleActions.kind);
      action.command = { command: 'dunlint.explainRule', title: `Explain rule "${id}"`, arguments: [id] };
      action.diagnostics = [d];
      actions.push(action);
    }
    return actions;
  }
}
