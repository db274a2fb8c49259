import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, valid, VALID, tempWorkspaces } from './helpers.js';

const ws = tempWorkspaces();

const BROKEN = `---
id: broken
locale: en-US
chanel: sms
jurisdiction: US
stage: reminder
creditor:
  name: Northwind
contact:
  phone: "+1 800-555-0142"
send_window: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "20:00" }
consent: { basis: contract }
variables:
  debtor_name: { type: string, sample: Jordan }
  amount: { type: money, sample: "$10.00" }
---
Hi {{debtor_name}}, you can call {{contact.phone}} about {{amount} or {{account_no}}.
This is Sam from {{creditor.name}}: $10.00 was due on November 30. Pay at https://pay.example/n.
This is an attempt to collect a debt and any information obtained will be used for that purpose. Reply STOP to opt out.
`;

describe('dunlint check', () => {
  it('is silent and exits 0 on clean templates', async () => {
    const dir = ws({ 'a.md': valid('a'), 'sub/b.md': valid('b') });
    const r = await run(dir, ['check']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("prints SPEC's JSON shape with exact 1-based positions of the YAML node or placeholder", async () => {
    const dir = ws({ 't.md': BROKEN });
    const r = await run(dir, ['check', '--format', 'json']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.filePath).toBe(join(dir, 't.md'));
    const brief = file.messages.map((m: Record<string, unknown>) => [
      m.ruleId,
      m.severity,
      m.line,
      m.column,
      m.endLine,
      m.endColumn,
    ]);
    expect(brief).toEqual([
      // the unknown key `chanel` (line 4, columns 1-7); `channel` is then missing, reported at the opening fence
      ['frontmatter-schema', 2, 1, 1, 1, 4],
      ['frontmatter-schema', 2, 4, 1, 4, 7],
      ['placeholder-syntax', 2, 17, 58, 17, 67],
      ['placeholder-undeclared', 2, 17, 71, 17, 85],
    ]);
    expect(Object.keys(file).sort()).toEqual(
      [
        'errorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'suppressedMessages',
        'warningCount',
      ].sort(),
    );
    expect(file.errorCount).toBe(4);
    expect(file.fixableErrorCount).toBe(1);
    const syntax = file.messages[2];
    expect(syntax.fix).toEqual({ range: [expect.any(Number), expect.any(Number)], text: '{{amount}}' });
    expect(BROKEN.slice(syntax.fix.range[0], syntax.fix.range[1])).toBe('{{amount}');
    expect(file.messages[1].message).toContain('Did you mean "channel"?');
  });

  it('reports an unused variable on its declaration with a warning', async () => {
    const dir = ws({
      't.md': VALID.replace('variables:\n', 'variables:\n  due_date: { type: date, sample: "2026-11-30" }\n'),
    });
    const r = await run(dir, ['check', '-f', 'json']);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages).toMatchObject([
      { ruleId: 'placeholder-unused', severity: 1, line: 12, column: 3, endLine: 12, endColumn: 11 },
    ]);
    expect(r.code).toBe(0);
    expect((await run(dir, ['check', '--max-warnings', '0'])).code).toBe(1);
    const quiet = await run(dir, ['check', '--quiet', '--max-warnings', '0']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('points invalid YAML at the YAML error and exits 1', async () => {
    const dir = ws({ 'y.md': VALID.replace('stage: reminder', 'stage: [reminder') });
    const r = await run(dir, ['check', '-f', 'json']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.messages[0].ruleId).toBe('frontmatter-required');
    expect(file.messages[0].line).toBeGreaterThan(1);
    expect(file.messages[0].message).toMatch(/^The front matter is not valid YAML: /);
  });

  it('fails with one clear line and exit 2 for a missing path, without a stack trace', async () => {
    const dir = ws({ 'a.md': valid('a') });
    const r = await run(dir, ['check', 'nope']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'dunlint: "nope" does not exist\n' });
    const g = await run(dir, ['check', 'nothing/**/*.md']);
    expect(g.code).toBe(2);
    expect(g.stderr).toBe('dunlint: no files match the pattern "nothing/**/*.md"\n');
  });

  it('refuses a binary file and invalid UTF-8 but still lints the other files (exit 2)', async () => {
    const dir = ws({
      'bin.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]),
      'latin1.md': new Uint8Array([0x48, 0x69, 0x0a, 0xe9, 0x0a]),
      'bad.md': BROKEN,
    });
    const r = await run(dir, ['check', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'dunlint: error: bin.md: is a binary file, not a text template (NUL byte at byte 4)\n' +
        'dunlint: error: latin1.md: is not valid UTF-8 (first bad byte at offset 3, line 2); save it as UTF-8\n',
    );
    const results = JSON.parse(r.stdout);
    expect(results.map((f: { filePath: string }) => f.filePath)).toEqual([join(dir, 'bad.md')]);
    expect(results[0].errorCount).toBe(4);
  });

  it('refuses a 10 MB file with the limit in the message, and honours --max-file-size', async () => {
    const big = VALID + 'x'.repeat(10 * 1024 * 1024);
    const dir = ws({ 'big.md': big });
    const r = await run(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^dunlint: error: big\.md: is too large to lint \(10\.0 MB; the limit is 2\.0 MB, set "settings\.maxFileSize" or --max-file-size to change it\)\n$/,
    );
    const small = ws({ 'a.md': valid('a') });
    const limited = await run(small, ['check', '--max-file-size', '100']);
    expect(limited.code).toBe(2);
    expect(readFileSync(join(dir, 'big.md'), 'utf8')).toBe(big);
  });

  it('reports a broken config with file:line:column and exit 2, and writes nothing', async () => {
    const dir = ws({ '.dunlintrc.yaml': 'rules:\n  placeholder-unusd: off\n', 't.md': BROKEN });
    const r = await run(dir, ['check', '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'dunlint: configuration error: .dunlintrc.yaml:2:3: Unknown rule "placeholder-unusd". Did you mean "placeholder-unused"?\n',
    );
    expect(readFileSync(join(dir, 't.md'), 'utf8')).toBe(BROKEN);
    const yaml = ws({ '.dunlintrc.yaml': 'rules: [\n', 't.md': VALID });
    const y = await run(yaml, ['check']);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/^dunlint: configuration error: \.dunlintrc\.yaml:\d+:\d+: Invalid YAML: /);
  });

  it('uses the nearest config, its ignores and overrides, and --rule on top', async () => {
    const unused = VALID.replace('variables:\n', 'variables:\n  x: { type: string, sample: y }\n');
    const dir = ws({
      '.dunlintrc.yaml': 'rules:\n  placeholder-unused: error\nignores: ["drafts/**"]\n',
      'a.md': unused,
      'drafts/d.md': BROKEN,
      'team/.dunlintrc.yaml':
        'extends: [recommended]\noverrides:\n  - files: ["quiet/**"]\n    rules: { placeholder-unused: off }\n',
      'team/b.md': unused.replace('id: t1', 'id: b'),
      'team/quiet/c.md': unused.replace('id: t1', 'id: c'),
    });
    const r = await run(dir, ['check', '-f', 'json']);
    const bySeverity = Object.fromEntries(
      JSON.parse(r.stdout).map((f: { filePath: string; messages: { severity: number }[] }) => [
        f.filePath.slice(dir.length + 1),
        f.messages.map((m) => m.severity),
      ]),
    );
    expect(bySeverity).toEqual({ 'a.md': [2], 'team/b.md': [1], 'team/quiet/c.md': [] });
    const flagged = await run(dir, ['check', '-f', 'json', '--rule', 'placeholder-unused: off', 'a.md']);
    expect(JSON.parse(flagged.stdout)[0].messages).toEqual([]);
    const ignored = await run(dir, ['check', 'drafts/d.md']);
    expect(ignored.code).toBe(0);
    expect(ignored.stderr).toContain('drafts/d.md: ignored by the configuration\'s "ignores"');
  });

  it('--fix writes atomically, keeps BOM and CRLF, and a second run changes nothing', async () => {
    const crlf = '\uFEFF' + BROKEN.replace(/\n/g, '\r\n');
    const dir = ws({ 't.md': crlf });
    const r = await run(dir, ['check', '--fix', '-f', 'json']);
    expect(r.code).toBe(1);
    const fixed = readFileSync(join(dir, 't.md'), 'utf8');
    expect(fixed).toBe(crlf.replace('{{amount}', '{{amount}}'));
    const again = await run(dir, ['check', '--fix', '-f', 'json']);
    expect(readFileSync(join(dir, 't.md'), 'utf8')).toBe(fixed);
    expect(JSON.parse(again.stdout)[0].fixableErrorCount).toBe(0);
  });

  it('--fix-dry-run reports the fixed output without writing', async () => {
    const dir = ws({ 't.md': BROKEN });
    const r = await run(dir, ['check', '--fix-dry-run', '-f', 'json']);
    const [file] = JSON.parse(r.stdout);
    expect(file.output).toBe(BROKEN.replace('{{amount}', '{{amount}}'));
    expect(readFileSync(join(dir, 't.md'), 'utf8')).toBe(BROKEN);
  });

  it('lints standard input, using --stdin-filename for config lookup and output', async () => {
    const dir = ws({ 'sub/.dunlintrc.yaml': 'rules:\n  placeholder-syntax: off\n' });
    const plain = await run(dir, ['check', '--stdin', '-f', 'json'], BROKEN);
    expect(JSON.parse(plain.stdout)[0].filePath).toBe('<stdin>');
    expect(JSON.parse(plain.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain(
      'placeholder-syntax',
    );
    const named = await run(dir, ['check', '--stdin', '--stdin-filename', 'sub/x.md', '-f', 'json'], BROKEN);
    const [file] = JSON.parse(named.stdout);
    expect(file.filePath).toBe(join(dir, 'sub/x.md'));
    expect(file.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('placeholder-syntax');
    expect((await run(dir, ['check', '--stdin', '--fix'], BROKEN)).code).toBe(2);
  });

  it('reports duplicate template ids across files, pointing at each id', async () => {
    const dir = ws({ 'a.md': valid('same'), 'b/c.md': valid('same'), 'd.md': valid('other') });
    const r = await run(dir, ['check', '-f', 'json']);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout);
    const dup = files.filter((f: { errorCount: number }) => f.errorCount > 0);
    expect(dup).toHaveLength(2);
    expect(dup[0].messages[0]).toMatchObject({ ruleId: 'frontmatter-schema', line: 2, column: 5, endColumn: 9 });
    expect(dup[0].messages[0].message).toBe(
      'The template id "same" is also used by b/c.md. Give each template its own id.',
    );
  });

  it('writes the report to --output-file', async () => {
    const dir = ws({ 't.md': BROKEN });
    const r = await run(dir, ['check', '-f', 'json', '-o', 'report.json']);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].errorCount).toBe(4);
  });

  it('rejects unknown options and formats with exit 2', async () => {
    const dir = ws({ 't.md': VALID });
    expect((await run(dir, ['check', '--nope'])).code).toBe(2);
    expect((await run(dir, ['check', '-f', 'xml'])).code).toBe(2);
    expect((await run(dir, ['check', '--max-warnings', 'many'])).code).toBe(2);
  });
});

describe('dunlint rules / explain', () => {
  it('lists rules as JSON with the SPEC shape', async () => {
    const dir = ws({});
    const r = await run(dir, ['rules', '--format', 'json']);
    const rules = JSON.parse(r.stdout);
    const syntax = rules.find((x: { id: string }) => x.id === 'placeholder-syntax');
    expect(syntax).toEqual({
      id: 'placeholder-syntax',
      category: 'structure',
      severity: 'error',
      languages: ['en', 'es', 'pt'],
      description: expect.any(String),
      url: expect.stringMatching(/docs\/rules\/placeholder-syntax\.md$/),
    });
  });

  it('explains a rule, and suggests the closest id for a typo (exit 2)', async () => {
    const dir = ws({});
    const ok = await run(dir, ['explain', 'placeholder-unused']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('placeholder-unused');
    const bad = await run(dir, ['explain', 'placeholder-unusd']);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'dunlint: unknown rule "placeholder-unusd". Did you mean "placeholder-unused"? Run "dunlint rules" to list them.\n',
    });
  });
});
