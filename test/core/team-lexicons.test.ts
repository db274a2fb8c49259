/** Team-owned lexicons named by the config's `lexicons:` are read as data, validated and used. */
import { describe, expect, it } from 'vitest';
import { ConfigError, lint, loadConfig, resolveFileConfig } from '@dunlint/core';

const TEMPLATE = `---
id: t
locale: pt-BR
channel: whatsapp
jurisdiction: BR
stage: overdue
creditor: { name: ACME }
contact: { phone: "+55 11 4000-0000" }
---
Olá! Seu velhaco, a ACME avisa que a fatura venceu. Nunca diríamos que alguém é velhaco.
`;

function host(files: Record<string, string>) {
  return { readFile: (p: string) => files[p] };
}

const LEXICON = `language: pt
hint: Não use apelidos ofensivos.
entries:
  - id: velhaco
    pattern: '~velhaco'
    suggest: cliente
`;

describe('team lexicons', () => {
  it('adds the team entries to the rule, for the language the file names', () => {
    const files = {
      '/w/.dunlintrc.yaml': 'extends: [recommended]\nlexicons:\n  no-arrest-threat: ./lex/extra.yaml\n',
      '/w/lex/extra.yaml': LEXICON,
    };
    const config = loadConfig('/w/.dunlintrc.yaml', host(files), { workspaceRoot: '/w' });
    const fileConfig = resolveFileConfig(config, '/w/t.md');
    const found = lint(TEMPLATE, { config: fileConfig, filePath: '/w/t.md' }).messages.filter(
      (m) => m.ruleId === 'no-arrest-threat',
    );
    // The first "velhaco" is reported with the team hint and suggestion; the negated one is not.
    expect(found).toHaveLength(1);
    expect(TEMPLATE.slice(found[0]!.offset, found[0]!.endOffset)).toBe('velhaco');
    expect(found[0]!.message).toContain('Não use apelidos ofensivos.');
    expect(found[0]!.suggestions?.[0]?.fix.text).toBe('cliente');
    // The same file does nothing for an English template.
    const en = TEMPLATE.replace('locale: pt-BR', 'locale: en-US');
    expect(lint(en, { config: fileConfig }).messages.filter((m) => m.ruleId === 'no-arrest-threat')).toEqual([]);
  });

  it('rejects a lexicon that breaks the schema, a missing file and a path outside the workspace', () => {
    const bad = {
      '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./lex.yaml\n',
      '/w/lex.yaml': 'entries:\n  - id: x\n    patern: jail\n',
    };
    expect(() => loadConfig('/w/.dunlintrc.yaml', host(bad), { workspaceRoot: '/w' })).toThrow(
      /not a valid phrase lexicon: .*"patern"/,
    );
    const missing = { '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./nope.yaml\n' };
    expect(() => loadConfig('/w/.dunlintrc.yaml', host(missing), { workspaceRoot: '/w' })).toThrow(/does not exist/);
    const outside = { '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ../etc/x.yaml\n' };
    expect(() => loadConfig('/w/.dunlintrc.yaml', host(outside), { workspaceRoot: '/w' })).toThrow(ConfigError);
    const badPattern = {
      '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./l.yaml\n',
      '/w/l.yaml': "entries:\n  - id: x\n    pattern: '(jail'\n",
    };
    // A pattern that does not compile is a configuration error, before any template is linted.
    expect(() => loadConfig('/w/.dunlintrc.yaml', host(badPattern), { workspaceRoot: '/w' })).toThrow(
      /entry "x": invalid pattern "\(jail": missing "\)"/,
    );
  });
});
