import { describe, expect, it } from 'vitest';
import {
  DidChangeConfigurationNotification,
  DidSaveTextDocumentNotification,
} from 'vscode-languageserver-protocol/node';
import { CLEAN, useServer, withReplaced, type Client } from './helpers.js';

const BAD = withReplaced(CLEAN, '{{amount}}', '{{amount}');

/** Changes the client's `dunlint` settings and tells the server, which asks the client to pull again. */
async function setSettings(c: Client, settings: Record<string, unknown>): Promise<void> {
  c.settings = settings;
  const refreshed = c.nextRefresh();
  await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  await refreshed;
}

describe('client settings (dunlint.*)', () => {
  const server = useServer({ 'cfg/.dunlintrc.yaml': 'rules:\n  no-shouting: error\n' });

  it('registers for configuration changes and file watching', () => {
    const methods = server.c.registrations.map((r) => r.method);
    expect(methods).toContain('workspace/didChangeConfiguration');
    expect(methods).toContain('workspace/didChangeWatchedFiles');
  });

  it('dunlint.enable: false reports nothing; true again reports', async () => {
    const { w, c } = server;
    const uri = w.uri('enable.md');
    c.open(uri, BAD);
    expect((await c.diagnostics(uri)).map((d) => d.code)).toContain('placeholder-syntax');
    await setSettings(c, { enable: false });
    expect(await c.diagnostics(uri)).toEqual([]);
    await setSettings(c, {});
    expect((await c.diagnostics(uri)).map((d) => d.code)).toContain('placeholder-syntax');
  });

  it('dunlint.rules overrides the configuration file', async () => {
    const { w, c } = server;
    const uri = w.uri('cfg/rules.md');
    c.open(uri, withReplaced(CLEAN, 'Reply STOP', 'PAY THIS NOW PLEASE. Reply STOP'));
    const shouting = (await c.diagnostics(uri)).find((d) => d.code === 'no-shouting');
    expect(shouting?.severity).toBe(1);
    await setSettings(c, { rules: { 'no-shouting': 'off' } });
    expect((await c.diagnostics(uri)).map((d) => d.code)).not.toContain('no-shouting');
    await setSettings(c, {});
  });

  it('an invalid dunlint.rules setting is reported once and ignored', async () => {
    const { w, c } = server;
    const uri = w.uri('invalid-rules.md');
    await setSettings(c, { rules: { 'no-shoutin': 'error' } });
    c.open(uri, BAD);
    expect((await c.diagnostics(uri)).map((d) => d.code)).toContain('placeholder-syntax');
    expect(c.messages.map((m) => m.message).join('\n')).toMatch(
      /"dunlint\.rules" is ignored: Unknown rule "no-shoutin"\. Did you mean "no-shouting"\?/,
    );
    await setSettings(c, {});
  });

  it('dunlint.run: onSave keeps the last saved result until the next save', async () => {
    const { w, c } = server;
    await setSettings(c, { run: 'onSave' });
    const uri = w.uri('on-save.md');
    c.open(uri, CLEAN);
    const first = await c.pull(uri);
    expect(first.kind === 'full' && first.items.map((d) => d.message)).toEqual([]);
    c.replace(uri, '{{amount}}', '{{amount}');
    expect(await c.pull(uri, first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    const refreshed = c.nextRefresh();
    await c.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await refreshed;
    const saved = await c.pull(uri, first.resultId);
    expect(saved.kind === 'full' && saved.items.map((d) => d.code)).toContain('placeholder-syntax');
    await setSettings(c, {});
  });
});
