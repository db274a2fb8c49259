/**
 * The language server under faults, at the protocol level (the real server, spawned over stdio):
 * malformed JSON-RPC (bodies that are not JSON, broken framing, invalid messages), unknown methods,
 * a document edited 10,000 times in a burst, a rule that throws, and configuration or lexicon files
 * deleted while documents are open. After each fault the server must still answer correctly.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CLEAN, PUSH_CAPABILITIES, ROOT, useServer, withReplaced, type Client, stillAnswers } from './helpers.js';

/** Everything the server writes to stdout from now on, for answers the client library drops (id null). */
function rawOutput(c: Client): { frames(): { id?: unknown; error?: { code: number } }[] } {
  let out = Buffer.alloc(0);
  c.child.stdout!.on('data', (chunk: Buffer) => (out = Buffer.concat([out, chunk])));
  return {
    frames() {
      const messages: { id?: unknown; error?: { code: number } }[] = [];
      let at = 0;
      for (;;) {
        const end = out.indexOf('\r\n\r\n', at);
        if (end === -1) break;
        const length = Number(/Content-Length: (\d+)/.exec(out.subarray(at, end).toString('latin1'))?.[1]);
        if (out.length < end + 4 + length) break;
        messages.push(JSON.parse(out.subarray(end + 4, end + 4 + length).toString('utf8')));
        at = end + 4 + length;
      }
      return messages;
    },
  };
}

function frame(body: string, length = Buffer.byteLength(body)): string {
  return `Content-Length: ${length}\r\n\r\n${body}`;
}

/** Waits until `check()` holds, re-checking whenever the server writes something. */
async function until(c: Client, check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => c.child.stdout!.once('data', resolve));
}

/** The error answers among the server's messages: `[id, code]`. */
function errorAnswers(out: ReturnType<typeof rawOutput>): [unknown, number][] {
  return out
    .frames()
    .filter((m) => m.error)
    .map((m) => [m.id, m.error!.code]);
}

const brief = (items: Diagnostic[]) =>
  items.map((d) => [
    d.code,
    d.range.start.line,
    d.range.start.character,
    d.range.end.line,
    d.range.end.character,
    d.message,
  ]);

describe('malformed JSON-RPC', { timeout: 60_000 }, () => {
  const server = useServer();

  it('answers a body that is not JSON with a parse error and keeps answering', async () => {
    const { c, w } = server;
    const out = rawOutput(c);
    c.child.stdin!.write(frame('{"jsonrpc": "2.0", "id": 901, "method": '));
    await until(c, () => errorAnswers(out).length > 0);
    expect(errorAnswers(out)).toEqual([[null, -32700]]);
    await stillAnswers(c, w.uri('alive-json.md'));
  });

  it('answers invalid messages with InvalidRequest (with their id when it has one) and unknown methods with MethodNotFound', async () => {
    const { c, w } = server;
    const out = rawOutput(c);
    c.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 902, method: 5 })));
    c.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: { no: 1 }, method: 'textDocument/hover' })));
    c.child.stdin!.write(frame(JSON.stringify([1, 2, 3])));
    c.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 903, method: 'dunlint/nothingHere', params: {} })));
    c.child.stdin!.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 904, method: 'textDocument/hover', params: {} })));
    await until(c, () => errorAnswers(out).length >= 5);
    expect(errorAnswers(out)).toEqual([
      [902, -32600],
      [null, -32600],
      [null, -32600],
      [903, -32601],
      [904, -32602],
    ]);
    await stillAnswers(c, w.uri('alive-invalid.md'));
  });

  it('recovers from broken framing: a length too short, a length too long, a header without a length', async () => {
    const { c, w } = server;
    const out = rawOutput(c);
    const hover = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'dunlint/noSuchThing', params: {} });
    // Too short: the rest of the body is read as a header, which is skipped up to the next message.
    c.child.stdin!.write(frame(hover(911), 10) + frame(hover(912)));
    // Too long: the body swallows the next message, which is read again.
    c.child.stdin!.write(frame(hover(913), hover(913).length + 40) + frame(hover(914)));
    // No Content-Length at all, then garbage without a header.
    c.child.stdin!.write(`X-Nothing: 1\r\n\r\n${hover(915)}` + frame(hover(916)));
    c.child.stdin!.write('\u0000\u0001 garbage garbage\r\n' + frame(hover(917)));
    await until(c, () => [912, 914, 916, 917].every((id) => errorAnswers(out).some(([i]) => i === id)));
    const answers = errorAnswers(out);
    // The well-framed requests that followed each fault are answered (unknown method).
    for (const id of [912, 914, 916, 917]) expect(answers).toContainEqual([id, -32601]);
    // Each fault is answered with one parse error; nothing is answered twice.
    expect(answers.filter(([id]) => id === null).every(([, code]) => code === -32700)).toBe(true);
    expect(answers.filter(([id]) => id !== null)).toHaveLength(4);
    await stillAnswers(c, w.uri('alive-framing.md'));
  });
});

/**
 * Opens the clean template, types and deletes a character 5,000 times, then breaks the placeholder:
 * 10,001 versions sent without waiting. The final document.
 */
function burst(c: Client, uri: string): TextDocument {
  const doc = c.open(uri, CLEAN);
  const pos = doc.positionAt(doc.getText().indexOf('{{amount}}') + '{{amount'.length);
  for (let i = 0; i < 5000; i++) {
    c.change(uri, [{ range: { start: pos, end: pos }, text: 'x' }]);
    c.change(uri, [{ range: { start: pos, end: { line: pos.line, character: pos.character + 1 } }, text: '' }]);
  }
  return c.replace(uri, '{{amount}}', '{{amount}');
}

describe('a document edited 10,000 times in a burst', { timeout: 180_000 }, () => {
  const pull = useServer();

  it('pull: the diagnostics match the final text, and the server stays responsive', async () => {
    const { c, w } = pull;
    const uri = w.uri('burst.md');
    const last = burst(c, uri);
    expect(last.version).toBe(10_002);
    const items = await c.diagnostics(uri);
    // The same text opened fresh gives the same diagnostics.
    const fresh = w.uri('fresh.md');
    c.open(fresh, last.getText());
    expect(brief(items)).toEqual(brief(await c.diagnostics(fresh)));
    expect(items.map((d) => d.code)).toContain('placeholder-syntax');
    await stillAnswers(c, w.uri('alive-burst.md'));
  });
});

describe('a document edited 10,000 times in a burst (push diagnostics)', { timeout: 180_000 }, () => {
  const push = useServer({}, { capabilities: PUSH_CAPABILITIES });

  it('push: the last diagnostics published are those of the final version', async () => {
    const { c, w } = push;
    const uri = w.uri('burst-push.md');
    const last = burst(c, uri);
    const published = await c.pushed(uri, (p) => p.version === last.version);
    const fresh = w.uri('fresh-push.md');
    c.open(fresh, last.getText());
    const reference = await c.pushed(fresh, (p) => p.version === 1);
    expect(brief(published.diagnostics)).toEqual(brief(reference.diagnostics));
    expect(published.diagnostics.map((d) => d.code)).toContain('placeholder-syntax');
  });
});

describe('a rule that throws', { timeout: 60_000 }, () => {
  // The failure is injected by a Node preload of the test (no hook in the product, nothing run from
  // the workspace): no-shouting's `create` is replaced, in the core module the server loads (the
  // module tree, not the command's bundle), by one that throws.
  const hookDir = mkdtempSync(join(tmpdir(), 'dunlint-throw-'));
  const hook = join(hookDir, 'throwing-rule.mjs');
  writeFileSync(
    hook,
    `import { builtinRules } from ${JSON.stringify(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href)};\n` +
      `builtinRules.get('no-shouting').create = () => { throw new Error('injected failure'); };\n`,
  );
  afterAll(() => rmSync(hookDir, { recursive: true, force: true }));
  const server = useServer({}, { nodeArgs: ['--import', pathToFileURL(hook).href], moduleTree: true });

  it('the other rules still report, the failure is logged once, and the server stays up', async () => {
    const { c, w } = server;
    const uri = w.uri('throws.md');
    c.open(uri, withReplaced(CLEAN, '{{amount}}', '{{amount}'));
    const first = await c.diagnostics(uri);
    expect(first.map((d) => d.code)).toContain('placeholder-syntax');
    const failure = first.find((d) => d.code === 'no-shouting');
    expect(failure?.message).toMatch(/^The rule "no-shouting" failed on this file \(injected failure\)/);
    // Edits lint again; the failure is reported each time but logged once.
    c.replace(uri, 'Reply STOP', 'Reply STOP now');
    await c.diagnostics(uri);
    c.replace(uri, 'Reply STOP now', 'Reply STOP');
    await c.diagnostics(uri);
    await stillAnswers(c, w.uri('alive-throws.md'));
    // The warm-up lint of the harness failed the same way: one entry in the whole log.
    const failures = c.logs.map((l) => l.message).filter((m) => m.includes('no-shouting'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^dunlint: the rule "no-shouting" failed .*injected failure/s);
  });
});

describe('configuration files deleted while documents are open', { timeout: 60_000 }, () => {
  const SHOUT = withReplaced(CLEAN, 'Reply STOP', 'PAY THIS NOW PLEASE. Reply STOP');
  const server = useServer({
    'quiet/.dunlintrc.yaml': 'rules:\n  no-shouting: off\n',
    'lex/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./team.yaml\n',
    'lex/team.yaml': "language: en\nhint: Do not threaten.\nentries:\n  - id: box\n    pattern: 'penalty box'\n",
  });

  async function deleted(c: Client, uri: string): Promise<void> {
    const refreshed = c.nextRefresh();
    await c.watchedFilesChanged([{ uri, type: FileChangeType.Deleted }]);
    await refreshed;
  }

  it('a deleted configuration file: the documents fall back to the defaults', async () => {
    const { c, w } = server;
    const uri = w.uri('quiet/t.md');
    c.open(uri, SHOUT);
    expect((await c.diagnostics(uri)).map((d) => d.code)).not.toContain('no-shouting');
    rmSync(join(w.dir, 'quiet/.dunlintrc.yaml'));
    await deleted(c, w.uri('quiet/.dunlintrc.yaml'));
    const items = await c.diagnostics(uri);
    expect(items.map((d) => d.code)).toContain('no-shouting');
    expect(items.some((d) => /cannot be used/.test(d.message))).toBe(false);
    await stillAnswers(c, w.uri('quiet/alive.md'));
  });

  it('a deleted team lexicon: the configuration problem is reported and the document is still linted', async () => {
    const { c, w } = server;
    const uri = w.uri('lex/t.md');
    c.open(uri, withReplaced(CLEAN, 'Reply STOP', 'Pay or it is penalty box for you. Reply STOP'));
    expect((await c.diagnostics(uri)).find((d) => d.code === 'no-arrest-threat')?.message).toContain(
      'Do not threaten.',
    );
    const configUri = w.uri('lex/.dunlintrc.yaml');
    const problem = c.pushed(configUri, (p) => p.diagnostics.length > 0);
    rmSync(join(w.dir, 'lex/team.yaml'));
    await deleted(c, w.uri('lex/team.yaml'));
    const items = await c.diagnostics(uri);
    expect(items[0]!.message).toMatch(
      /^The dunlint configuration \.dunlintrc\.yaml cannot be used \(line 2, column 21: "lexicons\.no-arrest-threat" names "\.\/team\.yaml", which does not exist\./,
    );
    expect(items.map((d) => d.code)).not.toContain('no-arrest-threat');
    expect((await problem).diagnostics[0]!.message).toBe(
      '"lexicons.no-arrest-threat" names "./team.yaml", which does not exist.',
    );
    await stillAnswers(c, w.uri('lex/alive.md'));
  });
});
