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

const EN_TEMPLATE = TEMPLATE.replace('locale: pt-BR', 'locale: en-US').replace('jurisdiction: BR', 'jurisdiction: US');

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

  it('reports a lexicon that breaks the schema at the line and column, with a plain sentence', () => {
    const bad = {
      '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./lex.yaml\n',
      '/w/lex.yaml': 'language: en\nentries:\n  - id: x\n    patern: jail\n',
    };
    const error = loadError(bad);
    expect(error.format('/w')).toBe(
      'lex.yaml:3:5: "entries.0" is missing the required key "pattern".\n' +
        '  /w/lex.yaml:4:5: Unknown key "patern" in "entries.0". Did you mean "pattern"?',
    );
    const badId = loadError({ ...bad, '/w/lex.yaml': 'entries:\n  - id: Jail Time\n    pattern: jail\n' });
    expect(badId.format('/w')).toBe(
      'lex.yaml:2:9: "Jail Time" is not a valid value for "entries.0.id": lower-case letters, digits and "-", such as "jail-threat".',
    );
    const badLanguage = loadError({ ...bad, '/w/lex.yaml': 'language: english\nentries: []\n' });
    expect(badLanguage.format('/w')).toMatch(/^lex\.yaml:1:11: "english" is not a valid value for "language"/);
    const yaml = loadError({ ...bad, '/w/lex.yaml': 'entries:\n  - id: x\n    pattern: [jail\n' });
    expect(yaml.format('/w')).toMatch(/^lex\.yaml:\d+:\d+: Invalid YAML: /);
  });

  it('reports a pattern that does not compile at the pattern, before any template is linted', () => {
    const files = {
      '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./l.yaml\n',
      '/w/l.yaml': "entries:\n  - id: ok\n    pattern: jail\n  - id: x\n    pattern: '(jail'\n",
    };
    expect(loadError(files).format('/w')).toBe(
      'l.yaml:5:14: Entry "x": the pattern "(jail" is not valid: missing ")".',
    );
    const unless = { ...files, '/w/l.yaml': "entries:\n  - id: x\n    pattern: jail\n    unless: ['[the', ok]\n" };
    expect(loadError(unless).format('/w')).toBe(
      'l.yaml:4:14: Entry "x": the pattern "[the" is not valid: missing "]".',
    );
    const gaps = { ...files, '/w/l.yaml': 'entries:\n  - id: x\n    pattern: a ... b ... c ... d ... e\n' };
    expect(loadError(gaps).format('/w')).toBe(
      'l.yaml:3:14: Entry "x": the pattern "a ... b ... c ... d ... e" has 4 gaps ("..."); at most 3 are allowed. Split it into several entries.',
    );
  });

  it('reports a bad "lexicons" entry at its place in the config: unknown rule, missing file, path outside the workspace', () => {
    const unknown = { '/w/.dunlintrc.yaml': 'rules: {}\nlexicons:\n  no-arest-threat: ./l.yaml\n' };
    expect(loadError(unknown).format('/w')).toBe(
      '.dunlintrc.yaml:3:3: "lexicons" names an unknown rule "no-arest-threat". Did you mean "no-arrest-threat"?',
    );
    const missing = { '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./nope.yaml\n' };
    expect(loadError(missing).format('/w')).toBe(
      '.dunlintrc.yaml:2:21: "lexicons.no-arrest-threat" names "./nope.yaml", which does not exist.',
    );
    const outside = { '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ../etc/x.yaml\n' };
    expect(loadError(outside)).toBeInstanceOf(ConfigError);
    expect(loadError(outside).format('/w')).toMatch(
      /^\.dunlintrc\.yaml:2:21: "lexicons\.no-arrest-threat" may not leave the workspace/,
    );
  });

  it('runs team patterns in linear time: a pattern that backtracks catastrophically cannot stall the linter', () => {
    // Twenty-four dashes then "zzz": every space may stand for a run of spaces and dashes, so on a line
    // of dashes without "zzz" a backtracking engine tries every way of spreading the dashes over the
    // pattern (for 8 dashes on 40 characters V8 already needs 40 seconds; this text would take longer
    // than anyone lives). The linear-time engine reads the line a bounded number of times.
    const pattern = `${Array.from({ length: 24 }, () => '-').join(' ')} zzz`;
    const files = {
      '/w/.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./l.yaml\n',
      '/w/l.yaml': `language: en\nentries:\n  - id: dashes\n    pattern: '${pattern}'\n`,
    };
    const config = resolveFileConfig(loadConfig('/w/.dunlintrc.yaml', host(files), { workspaceRoot: '/w' }), '/w/t.md');
    const dashes = '- '.repeat(3000);
    const template = `${EN_TEMPLATE}\nzzz. Note: ${dashes}\n\nAnd ${'- '.repeat(30)}zzz here.\n`;
    const found = lint(template, { config, filePath: '/w/t.md' }).messages.filter(
      (m) => m.ruleId === 'no-arrest-threat',
    );
    // The one real match (thirty dashes, then zzz) is found; the long line of dashes is not.
    expect(found).toHaveLength(1);
    expect(template.slice(found[0]!.offset, found[0]!.endOffset)).toMatch(/^(- ){30}zzz$/);
  });
});

function loadError(files: Record<string, string>): ConfigError {
  try {
    loadConfig('/w/.dunlintrc.yaml', host(files), { workspaceRoot: '/w' });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}
