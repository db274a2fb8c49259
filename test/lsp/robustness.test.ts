import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentDiagnosticRequest,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { CLEAN, SERVER, useServer, withReplaced, stillAnswers } from './helpers.js';

describe('robustness', { timeout: 60_000 }, () => {
  const server = useServer();

  it('answers malformed requests with InvalidParams and keeps running', async () => {
    const { w, c } = server;
    await expect(c.connection.sendRequest('textDocument/hover', {})).rejects.toMatchObject({ code: -32602 });
    await expect(
      c.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: w.uri('x.md') },
        position: { line: -1, character: 'a' as unknown as number },
      }),
    ).rejects.toMatchObject({ code: -32602 });
    await expect(c.connection.sendRequest('textDocument/diagnostic', { textDocument: 42 })).rejects.toMatchObject({
      code: -32602,
    });
    await stillAnswers(c, w.uri('alive-1.md'));
  });

  it('answers an unknown method with MethodNotFound', async () => {
    const { w, c } = server;
    await expect(c.connection.sendRequest('dunlint/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await stillAnswers(c, w.uri('alive-2.md'));
  });

  it('refuses a diagnostic pull for a document that is not open', async () => {
    const { w, c } = server;
    await expect(
      c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: w.uri('never-opened.md') } }),
    ).rejects.toMatchObject({ code: -32602, message: expect.stringMatching(/is not open/) });
    await stillAnswers(c, w.uri('alive-3.md'));
  });

  it('turns an exception inside a handler into an error response', async () => {
    const { w, c } = server;
    const uri = w.uri('throws.md');
    c.open(uri, withReplaced(CLEAN, '{{amount}}', '{{amount}'));
    await c.diagnostics(uri);
    // No "context": the handler throws a TypeError, which must become a RequestFailed answer.
    await expect(
      c.connection.sendRequest(CodeActionRequest.type.method, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      }),
    ).rejects.toMatchObject({
      code: -32803,
      message: expect.stringMatching(/^dunlint: textDocument\/codeAction failed/),
    });
    await stillAnswers(c, w.uri('alive-4.md'));
  });

  it('survives malformed notifications and positions outside the document', async () => {
    const { w, c } = server;
    await c.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri: w.uri('nope.md') } });
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 42, type: 9 }] });
    const uri = w.uri('outside.md');
    c.open(uri, CLEAN);
    expect(
      await c.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 10_000, character: 10_000 },
      }),
    ).toBeNull();
    await stillAnswers(c, w.uri('alive-5.md'));
  });

  it('lints a document that is not a template at all without failing', async () => {
    const { w, c } = server;
    const uri = w.uri('random.md');
    c.open(uri, '---\n: : :\n- [\n---\n{{{{ }}}} {{ a b }} {{\n');
    const items = await c.diagnostics(uri);
    expect(items.map((d) => d.code)).toContain('frontmatter-required');
    await stillAnswers(c, w.uri('alive-6.md'));
  });
});

describe('the dunlint-language-server command', () => {
  it('prints its version, and a usage error without a transport', () => {
    const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const none = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'dunlint-language-server: name a transport: --stdio, --node-ipc, --socket=PORT or --pipe=NAME\n',
    );
  });
});
