/**
 * The extension manifest (package.json) agrees with the code, the server and the README: every
 * contributed command is registered and documented, the settings the server reads are declared
 * with its defaults, contributed files exist, and the config schema is the core's own file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lsp/src/protocol.js';

const pkgDir = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const extensionSource = readFileSync(join(pkgDir, 'src/extension.ts'), 'utf8');
const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
const contributes = manifest.contributes;

describe('package.json', () => {
  it('registers exactly the commands it contributes, all in the "dunlint" category and in the README', () => {
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...extensionSource.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]).sort();
    expect(registered).toEqual(contributed);
    expect(contributed).toEqual(
      expect.arrayContaining([
        'dunlint.openPreview',
        'dunlint.lintWorkspace',
        'dunlint.newTemplate',
        'dunlint.explainRule',
        'dunlint.restartServer',
      ]),
    );
    for (const command of contributes.commands) {
      expect(command.category, command.command).toBe('dunlint');
      expect(readme, command.command).toContain(`\`${command.command}\``);
    }
    const menuCommands = Object.values(contributes.menus).flatMap((items) =>
      (items as { command: string }[]).map((i) => i.command),
    );
    for (const command of menuCommands) expect(contributed).toContain(command);
  });

  it('declares the settings the server reads, with the server’s defaults, and documents every setting', () => {
    const properties = contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(properties[`dunlint.${key}`]?.default, `dunlint.${key}`).toEqual(value);
      expect(properties[`dunlint.${key}`].scope, `dunlint.${key}`).toBe('resource');
    }
    expect(properties['dunlint.run'].enum).toEqual(['onType', 'onSave']);
    expect(properties['dunlint.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    for (const key of Object.keys(properties)) {
      expect(properties[key].description ?? properties[key].markdownDescription, key).toBeTruthy();
      expect(readme, key).toContain(`\`${key}\``);
    }
  });

  it('supports untrusted workspaces (no workspace code runs) and says what virtual workspaces lack', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.virtualWorkspaces.description).toMatch(/on disk/);
  });

  it('is a Marketplace package: publisher, repository, license, icon, engine', () => {
    expect(manifest).toMatchObject({ name: 'dunlint-vscode', publisher: 'dunlint', license: 'MIT' });
    expect(manifest.repository.url).toMatch(/^https:\/\/github\.com\//);
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(manifest.main).toBe('./dist/extension.cjs');
    const png = readFileSync(join(pkgDir, manifest.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });

  it('contributes the dunlint language for *.dun.md with Markdown grammar and placeholder highlighting', () => {
    expect(contributes.languages).toEqual([expect.objectContaining({ id: 'dunlint', extensions: ['.dun.md'] })]);
    const grammar = JSON.parse(readFileSync(join(pkgDir, contributes.grammars[0].path), 'utf8'));
    expect(grammar.patterns).toEqual([{ include: 'text.html.markdown' }]);
    const injection = JSON.parse(readFileSync(join(pkgDir, contributes.grammars[1].path), 'utf8'));
    const placeholder = new RegExp(injection.repository.placeholder.match);
    expect(placeholder.exec('Hi {{ debtor_name }}!')?.[2]).toBe('debtor_name');
    expect(placeholder.exec('{{creditor.name}}')?.[2]).toBe('creditor.name');
    JSON.parse(readFileSync(join(pkgDir, contributes.languages[0].configuration), 'utf8'));
  });

  it('validates configuration files with the core’s config schema, copied at build time', () => {
    const schema = readFileSync(join(pkgDir, '../core/schema/config.schema.json'), 'utf8');
    for (const contribution of [...contributes.jsonValidation, ...contributes.yamlValidation]) {
      expect(readFileSync(join(pkgDir, contribution.url), 'utf8')).toBe(schema);
    }
    expect(contributes.jsonValidation[0].fileMatch).toEqual(['.dunlintrc.json']);
    expect(contributes.yamlValidation[0].fileMatch).toEqual([
      '.dunlintrc.yaml',
      '.dunlintrc.yml',
      'dunlint.config.yaml',
    ]);
  });
});
