/**
 * The `dunlint-language-server` command as an editor starts it: its #! line carries the Node flags
 * the server is measured with (SERVER_NODE_FLAGS, which the VS Code extension passes too), it runs
 * when executed directly, and it loads the bundle that `npm run build` makes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '@dunlint/language-server/protocol';
import { ROOT, SERVER } from './helpers.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'packages/lsp/package.json'), 'utf8')) as { version: string })
  .version;

describe('dunlint-language-server command', () => {
  it('runs Node with SERVER_NODE_FLAGS from its #! line', () => {
    const first = readFileSync(SERVER, 'utf8').split('\n')[0]!;
    expect(first).toBe(`#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}`);
  });

  it.runIf(process.platform !== 'win32')('starts when executed directly (as an editor runs it)', () => {
    expect(execFileSync(SERVER, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
  });

  it('has its bundle built, and the module tree it falls back to prints the same version', () => {
    expect(existsSync(join(ROOT, 'packages/lsp/dist/bundle/server.js'))).toBe(true);
    const tree = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "(await import('./packages/lsp/dist/main.js')).startServer(['--version'])"],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(tree.trim()).toBe(version);
  });
});
