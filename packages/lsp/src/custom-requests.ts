/**
 * Handlers of the server's own requests (see custom-protocol.ts): the preview, the rule list and
 * the choices and text of a new template.
 */
import {
  builtinRules,
  CHANNELS,
  LANGUAGES,
  profileCodes,
  profileFor,
  STAGES,
  starterJurisdictions,
  starterTemplate,
  type Language,
} from '@dunlint/core';
import {
  ErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  NEW_TEMPLATE_METHOD,
  PREVIEW_METHOD,
  RULES_METHOD,
  TEMPLATE_OPTIONS_METHOD,
  type NewTemplateParams,
  type NewTemplateResult,
  type PreviewParams,
  type PreviewResult,
  type RuleSummary,
  type TemplateOptions,
} from './custom-protocol.js';
import type { Linter } from './linter.js';
import { buildPreview } from './preview.js';
import type { SettingsStore } from './settings.js';

type Guard = <P, R>(
  name: string,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
) => (params: P, token: CancellationToken) => Promise<R>;

export interface CustomRequestContext {
  documents: TextDocuments<TextDocument>;
  linter: Linter;
  settings: SettingsStore;
  guard: Guard;
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Spanish', pt: 'Portuguese' };

function templateOptions(): TemplateOptions {
  const written = starterJurisdictions();
  return {
    languages: LANGUAGES.map((id) => ({ id, name: LANGUAGE_NAMES[id] })),
    channels: [...CHANNELS],
    stages: [...STAGES],
    jurisdictions: profileCodes().map((code) => ({
      code,
      name: profileFor(code).name,
      languages: LANGUAGES.filter((l) => written[l].includes(code)),
    })),
  };
}

function rules(): RuleSummary[] {
  return [...builtinRules.values()]
    .map((r) => ({
      id: r.id,
      description: r.meta.description,
      category: r.meta.category,
      severity: r.meta.severity,
      url: r.meta.docs.url,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function registerCustomRequests(connection: Connection, ctx: CustomRequestContext): void {
  const { documents, linter, settings, guard } = ctx;

  connection.onRequest(
    PREVIEW_METHOD,
    guard('dunlint/preview', async (params: PreviewParams): Promise<PreviewResult | null> => {
      const uri = (params as Partial<PreviewParams> | undefined)?.textDocument?.uri;
      if (typeof uri !== 'string')
        throw new ResponseError(ErrorCodes.InvalidParams, 'The request has no "textDocument.uri".');
      const doc = documents.get(uri);
      if (!doc) return null;
      const s = await settings.get(uri);
      const current = documents.get(uri);
      if (!current) return null;
      // In `onSave` mode the editor shows the last save's problems; the preview shows the current text's,
      // linted apart so that the saved result stays what the diagnostics report.
      const entry = s.run === 'onSave' ? linter.lintText(current, s) : linter.lintNow(current, s);
      return buildPreview(uri, current.version, linter.document(current), entry.result?.messages ?? []);
    }),
  );

  connection.onRequest(
    RULES_METHOD,
    guard('dunlint/rules', () => rules()),
  );

  connection.onRequest(
    TEMPLATE_OPTIONS_METHOD,
    guard('dunlint/templateOptions', () => templateOptions()),
  );

  connection.onRequest(
    NEW_TEMPLATE_METHOD,
    guard('dunlint/newTemplate', (params: NewTemplateParams): NewTemplateResult => {
      const { language, jurisdiction, channel, stage, id } = (params ?? {}) as Partial<NewTemplateParams>;
      try {
        return {
          text: starterTemplate({
            language: language!,
            jurisdiction: jurisdiction!,
            channel: channel!,
            stage: stage!,
            ...(id !== undefined ? { id } : {}),
          }),
        };
      } catch (error) {
        // An unknown language, channel or stage, or a malformed jurisdiction or id.
        if (error instanceof RangeError) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
        throw error;
      }
    }),
  );
}
