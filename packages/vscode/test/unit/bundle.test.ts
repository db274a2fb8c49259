/**
 * The built extension (dist/, written by `npm run build`): self-contained bundles that need no
 * node_modules, a bundled server that lints and previews, and a .vsix file list without sources.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';

const pkgDir = join(import.meta.dirname, '../..');
const dist = join(pkgDir, 'dist');
const TEMPLATE = readFileSync(join(pkgDir, '../../templates/en/us-reminder-sms.md'), 'utf8');

function bundle(name: string): string {
  const path = join(dist, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first`);
  return readFileSync(path, 'utf8');
}

/**
 * Modules a bundle loads with require(): must be Node's own (and `vscode` for the client). A
 * `require(` right after a quote or backtick is code in a string (ajv keeps such strings).
 */
function required(code: string): string[] {
  const calls = code.matchAll(/(?<![\w$.'"`])require\(\s*["']([^"']+)["']\s*\)/g);
  return [...new Set([...calls].map((m) => m[1]!))];
}

const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

describe('the bundles', () => {
  it('load nothing but Node’s modules (and vscode in the client)', () => {
    expect(required(bundle('server.cjs')).filter((m) => !builtin(m))).toEqual([]);
    expect(required(bundle('extension.cjs')).filter((m) => !builtin(m))).toEqual(['vscode']);
    expect(bundle('webview/preview.js')).not.toMatch(/\brequire\(/);
  });

  it('the server bundle lints a template and answers dunlint/preview', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [join(dist, 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createProtocolConnection(child.stdout!, child.stdin!);
    connection.listen();
    try {
      const init = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
      });
      expect(init.serverInfo?.name).toBe('dunlint-language-server');
      await connection.sendNotification(InitializedNotification.type, {});
      const uri = 'untitled:bundle-test.md';
      const text = TEMPLATE.replace('Reply STOP', 'You will be arrested. Reply STOP');
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      const report = await connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      expect(report.kind === 'full' && report.items.map((d) => d.code)).toContain('no-arrest-threat');
      const preview = await connection.sendRequest<{
        text: string;
        highlights: { ruleId: string; start: number; end: number }[];
      }>('dunlint/preview', { textDocument: { uri } });
      const threat = preview.highlights.find((h) => h.ruleId === 'no-arrest-threat')!;
      expect(preview.text.slice(threat.start, threat.end)).toBe('arrested');
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
    } finally {
      connection.dispose();
      child.kill();
    }
    expect(stderr).not.toMatch(/uncaught|unhandled|Cannot find module/i);
  });

  it('the server bundle reports the extension’s version', () => {
    const result = spawnSync(process.execPath, [join(dist, 'server.cjs'), '--version'], { encoding: 'utf8' });
    const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
    expect(result.stdout.trim()).toBe(version);
  });
});

describe('the .vsix', () => {
  it(
    'holds the bundles, data and manifest files, and no sources, tests, maps or node_modules',
    { timeout: 120_000 },
    () => {
      const vsce = join(pkgDir, '../../node_modules/@vscode/vsce/vsce');
      const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: pkgDir, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      const files = result.stdout.split('\n').filter(Boolean);
      expect(files).toEqual(
        expect.arrayContaining([
          'package.json',
          'README.md',
          'CHANGELOG.md',
          'LICENSE',
          'language-configuration.json',
          'images/icon.png',
          'media/preview.css',
          'syntaxes/dunlint.tmLanguage.json',
          'dist/extension.cjs',
          'dist/server.cjs',
          'dist/webview/preview.js',
          'dist/schema/config.schema.json',
          'dist/snippets/dunlint.json',
          'dist/docs/rules/no-arrest-threat.md',
          'dist/docs/configuration.md',
        ]),
      );
      expect(files.filter((f) => /^(src|test|scripts|node_modules)\/|\.map$|\.ts$|tsconfig|\.vsix$/.test(f))).toEqual(
        [],
      );
    },
  );
});
