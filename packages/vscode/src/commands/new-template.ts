/**
 * "dunlint: New template…": language, channel, jurisdiction and stage from quick picks, then a
 * starter template from the server (the core's `starterTemplate`: it lints clean) in a new editor,
 * named after its id in the chosen (or current) folder. It is not saved until the user saves it.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import {
  NEW_TEMPLATE_METHOD,
  TEMPLATE_OPTIONS_METHOD,
  type NewTemplateParams,
  type NewTemplateResult,
  type TemplateOptions,
} from '@dunlint/language-server/protocol';
import type { DunlintServer } from '../language-client.js';
import {
  CHANNEL_LABELS,
  checkTemplateId,
  defaultTemplateId,
  freeFileName,
  orderJurisdictions,
  STAGE_LABELS,
} from '../new-template-options.js';

const TITLE = 'dunlint: New template';

type Item<T> = vscode.QuickPickItem & { value?: T };

async function pick<T>(items: Item<T>[], step: number, placeHolder: string): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(items, {
    title: `${TITLE} (${step}/5)`,
    placeHolder,
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  return picked?.value;
}

/** The folder the new file goes to: the one clicked in the explorer, the active file's, or the workspace's. */
function targetFolder(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri && arg.scheme === 'file') return arg.fsPath;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') return dirname(active.fsPath);
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (root?.scheme !== 'file') return undefined;
  const templates = join(root.fsPath, 'templates');
  return existsSync(templates) ? templates : root.fsPath;
}

export async function newTemplate(server: DunlintServer, arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const options = await server.sendRequest<TemplateOptions>(TEMPLATE_OPTIONS_METHOD, {});

  const language = await pick(
    options.languages.map((l) => ({ label: l.name, description: l.id, value: l.id })),
    1,
    'The language of the message',
  );
  if (!language) return undefined;

  const channel = await pick(
    options.channels.map((c) => ({
      label: CHANNEL_LABELS[c]?.label ?? c,
      description: c,
      detail: CHANNEL_LABELS[c]?.detail,
      value: c as NewTemplateParams['channel'],
    })),
    2,
    'How the message is sent',
  );
  if (!channel) return undefined;

  const { usual, other } = orderJurisdictions(options.jurisdictions, language);
  const jurisdictionItem = (j: TemplateOptions['jurisdictions'][number]): Item<string> => ({
    label: j.name,
    description: j.code,
    value: j.code,
  });
  const jurisdiction = await pick(
    [
      ...usual.map(jurisdictionItem),
      ...(other.length > 0 ? [{ label: 'Other jurisdictions', kind: vscode.QuickPickItemKind.Separator }] : []),
      ...other.map(jurisdictionItem),
    ],
    3,
    "Whose laws apply: the debtor's country or state",
  );
  if (!jurisdiction) return undefined;

  const stage = await pick(
    options.stages.map((s) => ({ label: s, detail: STAGE_LABELS[s], value: s })),
    4,
    'Where in the collection process the message is sent',
  );
  if (!stage) return undefined;

  const id = await vscode.window.showInputBox({
    title: `${TITLE} (5/5)`,
    prompt: 'The template id (unique in the project; also the file name)',
    value: defaultTemplateId(jurisdiction, stage, channel),
    validateInput: checkTemplateId,
    ignoreFocusOut: true,
  });
  if (!id) return undefined;

  const params: NewTemplateParams = { language, jurisdiction, channel, stage, id };
  const { text } = await server.sendRequest<NewTemplateResult>(NEW_TEMPLATE_METHOD, params);

  const folder = targetFolder(arg);
  const openNames = new Set(vscode.workspace.textDocuments.map((d) => d.uri.fsPath));
  const uri = folder
    ? vscode.Uri.file(
        join(
          folder,
          freeFileName(id, (name) => existsSync(join(folder, name)) || openNames.has(join(folder, name))),
        ),
      ).with({
        scheme: 'untitled',
      })
    : undefined;
  const document = uri
    ? await vscode.workspace.openTextDocument(uri)
    : await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  const editor = await vscode.window.showTextDocument(document);
  if (uri) await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
  return document;
}
