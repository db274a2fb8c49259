import { describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  type CodeAction,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { CLEAN, PUSH_CAPABILITIES, useServer, withReplaced, type Client } from './helpers.js';

const SHOUT = withReplaced(CLEAN, 'Reply STOP', 'PAY THIS NOW PLEASE!! Reply STOP');

async function actionsFor(c: Client, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  const result = await c.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  });
  return (result ?? []) as CodeAction[];
}

describe('code actions', { timeout: 60_000 }, () => {
  const server = useServer();

  it("applies the rule's fix (preferred quick fix)", async () => {
    const { w, c } = server;
    const uri = w.uri('fix.md');
    c.open(uri, withReplaced(CLEAN, '{{amount}}', '{{amount}'));
    const diagnostic = (await c.diagnostics(uri)).find((d) => d.code === 'placeholder-syntax')!;
    const actions = await actionsFor(c, uri, diagnostic);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix).toMatchObject({ title: 'Fix this placeholder-syntax problem', kind: 'quickfix' });
    expect(fix.diagnostics?.[0]?.code).toBe('placeholder-syntax');
    expect(c.apply(uri, fix.edit!)).toBe(CLEAN);
  });

  it("offers the core's suggestions", async () => {
    const { w, c } = server;
    const uri = w.uri('suggest.md');
    c.open(uri, withReplaced(CLEAN, '{{amount}}', '{{amont}}'));
    const diagnostic = (await c.diagnostics(uri)).find((d) => d.code === 'placeholder-undeclared')!;
    const actions = await actionsFor(c, uri, diagnostic);
    const suggestion = actions.find((a) => a.title === 'Replace with {{amount}}')!;
    expect(suggestion.kind).toBe('quickfix');
    expect(suggestion.isPreferred).toBeUndefined();
    expect(c.apply(uri, suggestion.edit!)).toBe(CLEAN);
  });

  it('disables a rule for the next line with a reason snippet (HTML comment in the body)', async () => {
    const { w, c } = server;
    const uri = w.uri('disable.md');
    c.open(uri, SHOUT);
    const diagnostic = (await c.diagnostics(uri)).find((d) => d.code === 'no-shouting')!;
    const actions = await actionsFor(c, uri, diagnostic);
    const disable = actions.find((a) => a.title === 'Disable no-shouting for this line')!;
    const change = disable.edit!.documentChanges![0] as { edits: { snippet?: { value: string } }[] };
    expect(change.edits[0]!.snippet?.value).toBe('<!-- dunlint-disable-next-line no-shouting -- ${1:reason} -->\n');
    // With a reason typed in, the directive silences the finding.
    const disabled = c.apply(uri, disable.edit!).replace('${1:reason}', 'approved by legal, LEG-1');
    const body = SHOUT.slice(SHOUT.lastIndexOf('---\n') + 4);
    expect(disabled).toBe(
      SHOUT.replace(body, `<!-- dunlint-disable-next-line no-shouting -- approved by legal, LEG-1 -->\n${body}`),
    );
    c.change(uri, [{ text: disabled }]);
    expect((await c.diagnostics(uri)).map((d) => d.code)).not.toContain('no-shouting');
  });

  it('disables a front matter finding with a YAML comment', async () => {
    const { w, c } = server;
    const uri = w.uri('disable-fm.md');
    c.open(uri, withReplaced(CLEAN, 'stage: reminder', 'stage: remind'));
    const diagnostic = (await c.diagnostics(uri)).find((d) => d.code === 'frontmatter-schema')!;
    const disable = (await actionsFor(c, uri, diagnostic)).find((a) => a.title.startsWith('Disable'))!;
    expect(c.apply(uri, disable.edit!)).toContain(
      'jurisdiction: US\n# dunlint-disable-next-line frontmatter-schema -- ${1:reason}\nstage: remind\n',
    );
  });

  it('fix all (source.fixAll.dunlint): resolved lazily, or computed when asked for by kind', async () => {
    const { w, c } = server;
    const uri = w.uri('fix-all.md');
    const broken = withReplaced(withReplaced(SHOUT, '{{amount}}', '{{amount}'), '{{due_date}}', '{{due_date}');
    c.open(uri, broken);
    const diagnostics = await c.diagnostics(uri);
    const all = await actionsFor(c, uri, diagnostics[0]!);
    const lazy = all.find((a) => a.kind === 'source.fixAll.dunlint')!;
    expect(lazy.edit).toBeUndefined();
    const resolved = await c.connection.sendRequest(CodeActionResolveRequest.type, lazy);
    const expected = withReplaced(CLEAN, 'Reply STOP', 'PAY THIS NOW PLEASE! Reply STOP');
    expect(c.apply(uri, resolved.edit!)).toBe(expected);

    const onSave = await actionsFor(c, uri, diagnostics[0]!, ['source.fixAll']);
    expect(onSave.map((a) => a.kind)).toEqual(['source.fixAll.dunlint']);
    expect(c.apply(uri, onSave[0]!.edit!)).toBe(expected);
  });

  it('a stale "fix all" is refused with ContentModified', async () => {
    const { w, c } = server;
    const uri = w.uri('stale.md');
    c.open(uri, withReplaced(CLEAN, '{{amount}}', '{{amount}'));
    const diagnostics = await c.diagnostics(uri);
    const lazy = (await actionsFor(c, uri, diagnostics[0]!)).find((a) => a.kind === 'source.fixAll.dunlint')!;
    c.replace(uri, 'Hi ', 'Hello ');
    await expect(c.connection.sendRequest(CodeActionResolveRequest.type, lazy)).rejects.toMatchObject({ code: -32801 });
  });
});

describe('code actions for a plain client (no snippets, no versioned edits, no resolve)', { timeout: 60_000 }, () => {
  const server = useServer({}, { capabilities: PUSH_CAPABILITIES });

  it('inserts "-- reason required" as plain text and computes fix all at once', async () => {
    const { w, c } = server;
    const uri = w.uri('plain.md');
    c.open(uri, SHOUT);
    const { diagnostics } = await c.pushed(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
    const shouting = diagnostics.find((d) => d.code === 'no-shouting')!;
    const actions = await actionsFor(c, uri, shouting);
    const disable = actions.find((a) => a.title === 'Disable no-shouting for this line')!;
    expect(disable.edit!.changes![uri]![0]!.newText).toBe(
      '<!-- dunlint-disable-next-line no-shouting -- reason required -->\n',
    );
    const fixAll = actions.find((a) => a.kind === 'source.fixAll.dunlint')!;
    expect(c.apply(uri, fixAll.edit!)).toBe(withReplaced(SHOUT, '!!', '!'));
  });
});
