import { describe, expect, it } from 'vitest';
import {
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { CLEAN, useServer, withReplaced, type Client } from './helpers.js';

/** The position of the `nth` occurrence of `search` (plus `delta` characters) in the open document. */
function at(c: Client, uri: string, search: string, delta = 0, nth = 0): Position {
  const text = c.document(uri).getText();
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(search, offset + 1);
  if (offset === -1) throw new Error(`"${search}" not found`);
  return c.document(uri).positionAt(offset + delta);
}

async function hoverText(c: Client, uri: string, position: Position): Promise<string | undefined> {
  const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return (hover?.contents as MarkupContent | undefined)?.value;
}

async function completion(c: Client, uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await c.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
  return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('hover', { timeout: 60_000 }, () => {
  const server = useServer();

  it('on a diagnostic: the rule, its rationale, legal basis and docs link', async () => {
    const { w, c } = server;
    const uri = w.uri('hover-rule.md');
    c.open(uri, withReplaced(CLEAN, 'Reply STOP', 'You will be arrested. Reply STOP'));
    await c.diagnostics(uri);
    const text = await hoverText(c, uri, at(c, uri, 'arrested', 2));
    expect(text).toContain('`no-arrest-threat`');
    expect(text).toMatch(/\*\*Legal basis\*\*\n\n- FDCPA 15 U\.S\.C\. §1692e\(4\)/);
    expect(text).toMatch(/\[Rule documentation\]\(https:\/\/\S+\/no-arrest-threat\.md\)/);
  });

  it('on a placeholder: its declared type and sample, or its front matter value', async () => {
    const { w, c } = server;
    const uri = w.uri('hover-placeholder.md');
    c.open(uri, CLEAN);
    expect(await hoverText(c, uri, at(c, uri, '{{amount}}', 4))).toBe(
      '`{{amount}}` — variable of type `money`\n\nSample: "$120.00"',
    );
    expect(await hoverText(c, uri, at(c, uri, '{{creditor.name}}', 3))).toBe(
      '`{{creditor.name}}` — front matter field `creditor.name`: "Northwind Credit Union"',
    );
  });

  it('on a front matter key: its description from the template schema', async () => {
    const { w, c } = server;
    const uri = w.uri('hover-key.md');
    c.open(uri, CLEAN);
    const stage = await hoverText(c, uri, at(c, uri, 'stage:', 1));
    expect(stage).toContain('`stage` ("pre-due" | "first-contact"');
    expect(stage).toContain('Where in the collection process this message is sent');
    expect(stage).toContain('Required.');
    expect(await hoverText(c, uri, at(c, uri, '  name: Northwind', 3))).toContain("The creditor's name");
    expect(await hoverText(c, uri, at(c, uri, '  amount:', 3))).toContain('variable of type `money`');
    expect(await hoverText(c, uri, at(c, uri, 'Hi {{', 1))).toBeUndefined();
  });
});

describe('completion', { timeout: 60_000 }, () => {
  const server = useServer();

  it('offers the missing top-level front matter keys, required ones first', async () => {
    const { w, c } = server;
    const uri = w.uri('complete-top.md');
    c.open(uri, withReplaced(CLEAN, 'stage: reminder\n', 'st\n'));
    const items = await completion(c, uri, at(c, uri, 'st\n', 2));
    expect(labels(items)).toContain('stage');
    expect(labels(items)).not.toContain('channel'); // already there
    const stage = items.find((i) => i.label === 'stage')!;
    expect(stage.textEdit).toMatchObject({ newText: 'stage: ' });
    expect(stage.sortText! < items.find((i) => i.label === 'review')!.sortText!).toBe(true);
  });

  it('is aware of the YAML path: inside creditor it offers name, tax_id, address', async () => {
    const { w, c } = server;
    const uri = w.uri('complete-creditor.md');
    c.open(uri, withReplaced(CLEAN, '  name: Northwind Credit Union\n', '  name: Northwind Credit Union\n  \n'));
    const items = await completion(c, uri, at(c, uri, 'Union\n  \n', 8));
    expect(labels(items).sort()).toEqual(['address', 'tax_id']);
  });

  it('offers enum values, in block and flow style', async () => {
    const { w, c } = server;
    const uri = w.uri('complete-enum.md');
    c.open(
      uri,
      withReplaced(
        withReplaced(CLEAN, 'channel: sms', 'channel: '),
        /^consent: .*$/m.exec(CLEAN)![0],
        'consent: { basis: co }',
      ),
    );
    expect(labels(await completion(c, uri, at(c, uri, 'channel: ', 9)))).toEqual(['whatsapp', 'sms', 'email']);
    const basis = await completion(c, uri, at(c, uri, 'basis: co', 9));
    expect(labels(basis)).toEqual(['consent', 'contract', 'legitimate-interest', 'credit-protection']);
    expect(basis[0]!.textEdit).toMatchObject({ newText: 'consent' });
    const days = await completion(c, uri, at(c, uri, 'days: [mon, ', 12));
    expect(labels(days)).toContain('sat');
  });

  it('offers placeholders after {{: variables and the front matter namespaces that exist', async () => {
    const { w, c } = server;
    const uri = w.uri('complete-placeholder.md');
    c.open(uri, `${CLEAN}Call {{`);
    const items = await completion(c, uri, at(c, uri, 'Call {{', 7));
    expect(labels(items)).toEqual([
      'debtor_name',
      'amount',
      'due_date',
      'payment_link',
      'creditor.name',
      'contact.phone',
    ]);
    expect(items[1]).toMatchObject({ detail: 'money', textEdit: { newText: 'amount}}' } });
  });
});

describe('symbols and navigation', { timeout: 60_000 }, () => {
  const server = useServer();

  it('lists front matter sections, variables and placeholders', async () => {
    const { w, c } = server;
    const uri = w.uri('symbols.md');
    c.open(uri, CLEAN);
    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['front matter', 'body']);
    const fm = symbols[0]!.children!;
    expect(fm.map((s) => s.name)).toEqual([
      'id',
      'locale',
      'channel',
      'jurisdiction',
      'stage',
      'creditor',
      'contact',
      'send_window',
      'consent',
      'variables',
    ]);
    const variables = fm.find((s) => s.name === 'variables')!.children!;
    expect(variables.map((v) => [v.name, v.detail])).toEqual([
      ['debtor_name', 'string'],
      ['amount', 'money'],
      ['due_date', 'date'],
      ['payment_link', 'url'],
    ]);
    expect(symbols[1]!.children!.map((s) => s.name)).toEqual([
      '{{debtor_name}}',
      '{{creditor.name}}',
      '{{amount}}',
      '{{due_date}}',
      '{{payment_link}}',
      '{{contact.phone}}',
    ]);
  });

  it('goes from a placeholder to its declaration, and finds its uses', async () => {
    const { w, c } = server;
    const uri = w.uri('definition.md');
    c.open(uri, CLEAN);
    const def = (await c.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: at(c, uri, '{{amount}}', 3),
    })) as Location;
    expect(c.document(uri).getText(def.range)).toBe('amount');
    expect(def.range.start).toEqual(at(c, uri, '  amount:', 2));
    const ns = (await c.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: at(c, uri, '{{contact.phone}}', 4),
    })) as Location;
    expect(ns.range.start).toEqual(at(c, uri, 'phone:'));
    const refs = await c.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: at(c, uri, '  amount:', 3),
      context: { includeDeclaration: true },
    });
    expect(refs!.map((r) => c.document(uri).getText(r.range))).toEqual(['amount', 'amount']);
  });

  it('renames a variable across its declaration and every use', async () => {
    const { w, c } = server;
    const uri = w.uri('rename.md');
    const text = `${CLEAN}Again: {{ amount }}.\n`;
    c.open(uri, text);
    const position = at(c, uri, '{{amount}}', 4);
    const prepared = await c.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
    expect(prepared).toMatchObject({ placeholder: 'amount' });
    const edit = await c.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position,
      newName: 'balance',
    });
    expect(edit!.changes![uri]).toHaveLength(3);
    expect(c.apply(uri, edit!)).toBe(
      text
        .replace('  amount: { type: money', '  balance: { type: money')
        .replace('{{amount}}', '{{balance}}')
        .replace('{{ amount }}', '{{ balance }}'),
    );
  });

  it('refuses to rename a front matter field or to an invalid or taken name', async () => {
    const { w, c } = server;
    const uri = w.uri('rename-refused.md');
    c.open(uri, CLEAN);
    await expect(
      c.connection.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri },
        position: at(c, uri, '{{creditor.name}}', 4),
      }),
    ).rejects.toThrow(/only variables declared under "variables" can be renamed/);
    const position = at(c, uri, '{{amount}}', 4);
    await expect(
      c.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'two words' }),
    ).rejects.toMatchObject({ code: -32602 });
    await expect(
      c.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'due_date' }),
    ).rejects.toThrow(/already declared/);
    expect(
      await c.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(c, uri, 'Hi ') }),
    ).toBeNull();
  });
});
