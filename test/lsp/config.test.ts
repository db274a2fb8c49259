import { describe, expect, it } from 'vitest';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { CLEAN, useServer, withReplaced, type Client, type Workspace } from './helpers.js';

const SHOUT = withReplaced(CLEAN, 'Reply STOP', 'PAY THIS NOW PLEASE. Reply STOP');

/** Writes a file, tells the server as the client's file watcher would, and waits for the pull refresh. */
async function writeWatched(c: Client, w: Workspace, path: string, content: string, created = false): Promise<void> {
  w.write(path, content);
  const refreshed = c.nextRefresh();
  await c.watchedFilesChanged([{ uri: w.uri(path), type: created ? FileChangeType.Created : FileChangeType.Changed }]);
  await refreshed;
}

describe('configuration files', { timeout: 60_000 }, () => {
  const server = useServer({
    'team/.dunlintrc.yaml': 'rules:\n  no-shouting: error\n',
    'team/nested/.dunlintrc.json': '{ "rules": { "no-shouting": "off" } }\n',
    'reload/.dunlintrc.yaml': 'rules:\n  no-shouting: warn\n',
    'broken/dunlint.config.yaml': 'rules:\n  no-shouting: error\n',
    'lex/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./team-lexicon.yaml\n',
    'lex/team-lexicon.yaml': "language: en\nentries:\n  - id: other\n    pattern: 'brig time'\n",
  });

  it('uses the nearest configuration file of each document', async () => {
    const { w, c } = server;
    const team = w.uri('team/t.md');
    c.open(team, SHOUT);
    expect((await c.diagnostics(team)).find((d) => d.code === 'no-shouting')?.severity).toBe(1);
    const nested = w.uri('team/nested/t.md');
    c.open(nested, SHOUT);
    expect((await c.diagnostics(nested)).map((d) => d.code)).not.toContain('no-shouting');
  });

  it('reloads a configuration that changed on disk and lints the open documents again', async () => {
    const { w, c } = server;
    const uri = w.uri('reload/sub/t.md');
    c.open(uri, SHOUT);
    const before = await c.pull(uri);
    expect(before.kind === 'full' && before.items.find((d) => d.code === 'no-shouting')?.severity).toBe(2);
    await writeWatched(c, w, 'reload/.dunlintrc.yaml', 'rules:\n  no-shouting: error\n');
    const after = await c.pull(uri, before.resultId);
    expect(after.kind === 'full' && after.items.find((d) => d.code === 'no-shouting')?.severity).toBe(1);
    // A new, nearer configuration file is found too.
    await writeWatched(c, w, 'reload/sub/.dunlintrc.json', '{ "rules": { "no-shouting": "off" } }', true);
    expect((await c.diagnostics(uri)).map((d) => d.code)).not.toContain('no-shouting');
  });

  it('reports a broken configuration on the config file, at its position, and never crashes', async () => {
    const { w, c } = server;
    const uri = w.uri('broken/t.md');
    c.open(uri, withReplaced(CLEAN, '{{amount}}', '{{amount}'));
    expect((await c.diagnostics(uri)).map((d) => d.code)).toContain('placeholder-syntax');

    const configUri = w.uri('broken/dunlint.config.yaml');
    const published = c.pushed(configUri, (p) => p.diagnostics.length > 0);
    await writeWatched(c, w, 'broken/dunlint.config.yaml', 'rules:\n  no-shoutin: error\n');
    const { diagnostics } = await published;
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 2 }, end: { line: 1, character: 12 } },
        severity: 1,
        source: 'dunlint',
        message: 'Unknown rule "no-shoutin". Did you mean "no-shouting"?',
      },
    ]);
    // The template is still linted (with the recommended preset) and says why.
    const items = await c.diagnostics(uri);
    expect(items[0]!.message).toMatch(
      /The dunlint configuration dunlint\.config\.yaml cannot be used \(line 2, column 3/,
    );
    expect(items[0]!.relatedInformation?.[0]?.location.uri).toBe(configUri);
    expect(items.map((d) => d.code)).toContain('placeholder-syntax');

    // Fixing the file clears its diagnostics.
    const cleared = c.pushed(configUri, (p) => p.diagnostics.length === 0);
    await writeWatched(c, w, 'broken/dunlint.config.yaml', 'rules:\n  no-shouting: error\n');
    await cleared;
    expect((await c.diagnostics(uri))[0]!.message).not.toMatch(/cannot be used/);
  });

  it('reports invalid YAML in a configuration with the YAML error position', async () => {
    const { w, c } = server;
    const uri = w.uri('yaml/t.md');
    w.write('yaml/.dunlintrc.yaml', 'rules:\n  no-shouting: [error\n');
    c.open(uri, CLEAN);
    const published = c.pushed(w.uri('yaml/.dunlintrc.yaml'), (p) => p.diagnostics.length > 0);
    await c.diagnostics(uri);
    const [problem] = (await published).diagnostics;
    expect(problem!.message).toMatch(/^Invalid YAML/);
    expect(problem!.range.start.line).toBeGreaterThanOrEqual(1);
  });

  it('reloads when a team lexicon named by the configuration changes', async () => {
    const { w, c } = server;
    const uri = w.uri('lex/t.md');
    c.open(uri, withReplaced(CLEAN, 'Reply STOP', 'Pay or it is penalty box for you. Reply STOP'));
    expect((await c.diagnostics(uri)).map((d) => d.code)).not.toContain('no-arrest-threat');
    await writeWatched(
      c,
      w,
      'lex/team-lexicon.yaml',
      "language: en\nhint: Do not threaten.\nentries:\n  - id: box\n    pattern: 'penalty box'\n",
    );
    const threat = (await c.diagnostics(uri)).find((d) => d.code === 'no-arrest-threat');
    expect(threat?.message).toContain('Do not threaten.');
  });
});
