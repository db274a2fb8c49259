import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { CLEAN, PUSH_CAPABILITIES, ROOT, useServer, withReplaced } from './helpers.js';

const BAD = withReplaced(CLEAN, '{{amount}}', '{{amount}');
const BODY = CLEAN.slice(CLEAN.lastIndexOf('---\n') + 4);

describe('diagnostics (pull)', () => {
  const server = useServer({
    'limits/.dunlintrc.yaml': 'settings: { maxFileSize: 4096 }\n',
    'only/.dunlintrc.yaml': 'files: ["templates/**"]\nignores: ["templates/drafts/**"]\n',
    'cli/bad.md': withReplaced(
      withReplaced(CLEAN, '{{amount}}', '{{amont}}'),
      'Reply STOP',
      'You will be arrested. Reply STOP',
    ),
    'ws/a.md': CLEAN,
    'ws/sub/b.md': BAD,
    'ws/node_modules/x/c.md': BAD,
    'ws/notes.txt': 'not a template',
  });

  it('announces pull diagnostics with workspace diagnostics', () => {
    const { c } = server;
    expect(c.initializeResult.capabilities.diagnosticProvider).toMatchObject({
      identifier: 'dunlint',
      workspaceDiagnostics: true,
    });
    expect(c.initializeResult.serverInfo?.name).toBe('dunlint-language-server');
  });

  it('reports nothing on a clean template, then a problem typed into it (incremental change)', async () => {
    const { w, c } = server;
    const uri = w.uri('typing.md');
    c.open(uri, CLEAN);
    expect(await c.diagnostics(uri)).toEqual([]);

    c.replace(uri, '{{amount}}', '{{amount}');
    const items = await c.diagnostics(uri);
    const syntax = items.find((d) => d.code === 'placeholder-syntax');
    const line = CLEAN.split('\n').findIndex((l) => l.includes('{{amount}}'));
    const character = CLEAN.split('\n')[line]!.indexOf('{{amount}}');
    expect(syntax).toEqual({
      range: { start: { line, character }, end: { line, character: character + '{{amount}'.length } },
      severity: 1,
      code: 'placeholder-syntax',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/placeholder-syntax\.md$/) },
      source: 'dunlint',
      message: '"{{amount}" is missing its closing braces. Write {{amount}}.',
      data: expect.anything(),
    });

    c.replace(uri, '{{amount}', '{{amount}}');
    expect(await c.diagnostics(uri)).toEqual([]);
  });

  it('gives the same messages and positions as the CLI', async () => {
    const { w, c } = server;
    const uri = w.uri('cli/bad.md');
    const cli = spawnSync(
      process.execPath,
      [join(ROOT, 'packages/cli/bin/dunlint.js'), 'check', '--format', 'json', 'bad.md'],
      { cwd: join(w.dir, 'cli'), encoding: 'utf8' },
    );
    const [file] = JSON.parse(cli.stdout) as {
      messages: { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
    }[];
    const text = withReplaced(
      withReplaced(CLEAN, '{{amount}}', '{{amont}}'),
      'Reply STOP',
      'You will be arrested. Reply STOP',
    );
    c.open(uri, text);
    const lsp = await c.diagnostics(uri);
    expect(lsp.length).toBeGreaterThanOrEqual(2);
    expect(
      lsp.map((d) => [
        d.code,
        d.message,
        d.range.start.line + 1,
        d.range.start.character + 1,
        d.range.end.line + 1,
        d.range.end.character + 1,
      ]),
    ).toEqual(file!.messages.map((m) => [m.ruleId, m.message, m.line, m.column, m.endLine, m.endColumn]));
  });

  it('answers "unchanged" for the result id the client already has, and a new id after an edit', async () => {
    const { w, c } = server;
    const uri = w.uri('result-id.md');
    c.open(uri, CLEAN);
    const first = await c.pull(uri);
    expect(first.kind).toBe('full');
    expect(await c.pull(uri, first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    c.replace(uri, 'Hi ', 'Hello ');
    const after = await c.pull(uri, first.resultId);
    expect(after.kind).toBe('full');
    expect(after.resultId).not.toBe(first.resultId);
  });

  it('lints only the newest version when edits arrive before the pull is served', async () => {
    const { w, c } = server;
    const uri = w.uri('newest.md');
    c.open(uri, CLEAN);
    c.replace(uri, '{{amount}}', '{{amount}');
    const stale = c.pull(uri);
    c.replace(uri, '{{amount}', '{{amount}}');
    const report = await stale;
    expect(report.kind === 'full' && report.items).toEqual([]);
    expect(report.resultId).toMatch(/^3:/);
  });

  it('converts UTF-16 positions: emoji, CRLF and a BOM before the problem', async () => {
    const { w, c } = server;
    const uri = w.uri('utf16.md');
    const text = `\uFEFF${withReplaced(CLEAN, 'Hi {{debtor_name}}, ', 'Hi 👋 {{debtor_name}}, {{amount}').replace(/\n/g, '\r\n')}`;
    c.open(uri, text);
    const syntax = (await c.diagnostics(uri)).find((d) => d.code === 'placeholder-syntax')!;
    expect(c.document(uri).getText(syntax.range)).toBe('{{amount}');
  });

  it('points relatedInformation into the document', async () => {
    const { w, c } = server;
    const uri = w.uri('related.md');
    // A Spanish body under an English locale: locale-mismatch relates where it saw the language.
    const spanish =
      'Hola {{debtor_name}}, le escribe Sam de {{creditor.name}}. Su pago de {{amount}} venció el {{due_date}}. Pague en {{payment_link}} o llame al {{contact.phone}}. Responda STOP para no recibir más mensajes.\n';
    c.open(uri, withReplaced(CLEAN, BODY, spanish));
    const items = await c.diagnostics(uri);
    expect(items.map((d) => d.code)).toContain('locale-mismatch');
    for (const d of items.filter((i) => i.relatedInformation?.length)) {
      for (const r of d.relatedInformation!) {
        expect(r.location.uri).toBe(uri);
        expect(c.document(uri).getText(r.location.range).length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a binary document and a too large one with one clear diagnostic each', async () => {
    const { w, c } = server;
    const binary = w.uri('limits/bin.md');
    c.open(binary, 'abc\u0000def');
    const [b, ...moreB] = await c.diagnostics(binary);
    expect(moreB).toEqual([]);
    expect(b!.message).toMatch(/binary file/);

    const huge = w.uri('limits/huge.md');
    c.open(huge, CLEAN + 'x'.repeat(5000));
    const [h, ...moreH] = await c.diagnostics(huge);
    expect(moreH).toEqual([]);
    expect(h!.message).toMatch(/too large .*limit is 4\.0 KB/);
  });

  it('lints only templates: the config "files" globs and "ignores", or the dunlint language id', async () => {
    const { w, c } = server;
    const notTemplate = w.uri('only/README.md');
    c.open(notTemplate, BAD);
    expect(await c.diagnostics(notTemplate)).toEqual([]);
    const template = w.uri('only/templates/a.md');
    c.open(template, BAD);
    expect((await c.diagnostics(template)).map((d) => d.code)).toContain('placeholder-syntax');
    const draft = w.uri('only/templates/drafts/a.md');
    c.open(draft, BAD);
    expect(await c.diagnostics(draft)).toEqual([]);
    const byLanguage = w.uri('only/notes/b.dun.md');
    c.open(byLanguage, BAD, 'dunlint');
    expect((await c.diagnostics(byLanguage)).map((d) => d.code)).toContain('placeholder-syntax');
  });

  it('lints an untitled buffer with the default configuration', async () => {
    const { c } = server;
    c.open('untitled:Untitled-1', BAD);
    expect((await c.diagnostics('untitled:Untitled-1')).map((d) => d.code)).toContain('placeholder-syntax');
  });

  it('workspace/diagnostic reports every template on disk, open ones from the editor, "unchanged" when known', async () => {
    const { w, c } = server;
    const inWs = (uri: string) => uri.startsWith(w.uri('ws/'));
    const first = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const items = first.items.filter((i) => inWs(i.uri));
    expect(items.map((i) => i.uri).sort()).toEqual([w.uri('ws/a.md'), w.uri('ws/sub/b.md')].sort());
    const b = items.find((i) => i.uri === w.uri('ws/sub/b.md'))!;
    expect(b.kind === 'full' && b.items.map((d) => d.code)).toContain('placeholder-syntax');
    expect(b.version).toBeNull();
    expect(first.items.some((i) => i.uri.includes('node_modules'))).toBe(false);

    c.open(w.uri('ws/a.md'), BAD);
    const second = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: first.items.map((i) => ({ uri: i.uri, value: i.resultId! })),
    });
    const a2 = second.items.find((i) => i.uri === w.uri('ws/a.md'))!;
    expect(a2).toMatchObject({ kind: 'full', version: 1 });
    expect(a2.kind === 'full' && a2.items.map((d) => d.code)).toContain('placeholder-syntax');
    expect(second.items.find((i) => i.uri === w.uri('ws/sub/b.md'))?.kind).toBe('unchanged');
  });
});

describe('diagnostics (push fallback)', () => {
  const server = useServer({}, { capabilities: PUSH_CAPABILITIES });

  it('publishes diagnostics with the document version to a client without pull support', async () => {
    const { w, c } = server;
    expect(c.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    const uri = w.uri('t.md');
    c.open(uri, CLEAN);
    expect(await c.pushed(uri, (p) => p.version === 1)).toMatchObject({ uri, version: 1, diagnostics: [] });
    c.replace(uri, '{{amount}}', '{{amount}');
    const second = await c.pushed(uri, (p) => p.version === 2);
    expect(second.diagnostics.map((d) => d.code)).toContain('placeholder-syntax');
    c.close(uri);
    expect(await c.pushed(uri, (p) => p.version === undefined)).toEqual({ uri, diagnostics: [] });
  });
});

describe('duplicate template ids in the workspace lint (SPEC §1.1)', () => {
  const OTHER = withReplaced(CLEAN, 'id: us-reminder-sms', 'id: us-reminder-sms-2');
  const server = useServer({ 'a.md': CLEAN, 'b.md': CLEAN, 'c.md': OTHER });
  const duplicateOf = (items: Diagnostic[]) => items.find((d) => d.message.includes('is also used by'));

  it('reports each copy as a frontmatter-schema error naming the others, with their locations', async () => {
    const { w, c } = server;
    const report = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    const byUri = new Map(report.items.map((i) => [i.uri, i.kind === 'full' ? i.items : []]));
    const line = CLEAN.split('\n').indexOf('id: us-reminder-sms');
    const range = { start: { line, character: 4 }, end: { line, character: 4 + 'us-reminder-sms'.length } };
    expect(duplicateOf(byUri.get(w.uri('a.md'))!)).toEqual({
      range,
      severity: 1,
      code: 'frontmatter-schema',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/frontmatter-schema\.md$/) },
      source: 'dunlint',
      message: 'The template id "us-reminder-sms" is also used by b.md. Give each template its own id.',
      relatedInformation: [{ location: { uri: w.uri('b.md'), range }, message: 'The same id "us-reminder-sms" here.' }],
    });
    expect(duplicateOf(byUri.get(w.uri('b.md'))!)?.message).toContain('also used by a.md.');
    expect(duplicateOf(byUri.get(w.uri('c.md'))!)).toBeUndefined();
    // An open copy reports it in its own pull too.
    c.open(w.uri('a.md'), CLEAN);
    expect(duplicateOf(await c.diagnostics(w.uri('a.md')))?.message).toContain('also used by b.md.');
  });

  it('drops it from both once one copy gets its own id, and asks the client to pull again', async () => {
    const { w, c } = server;
    const refreshed = c.nextRefresh();
    c.replace(w.uri('a.md'), 'id: us-reminder-sms', 'id: us-reminder-sms-3');
    expect(duplicateOf(await c.diagnostics(w.uri('a.md')))).toBeUndefined();
    await refreshed;
    const report = await c.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] });
    for (const item of report.items) expect(item.kind === 'full' && duplicateOf(item.items)).toBeFalsy();
  });
});
