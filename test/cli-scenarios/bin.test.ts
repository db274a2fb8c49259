import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { valid, workspace } from './helpers.js';

const BIN = join(import.meta.dirname, '../../packages/cli/bin/dunlint.js');
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function dunlint(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the dunlint executable', () => {
  it('exits 0 on clean templates and 1 on errors, with the stylish summary', () => {
    const w = workspace({ 'ok.md': valid('ok'), 'bad/b.md': valid('b').replace('{{debtor_name}}', '{{debtor_name}') });
    dispose = w.dispose;
    expect(dunlint(w.dir, ['check', 'ok.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const bad = dunlint(w.dir, ['check']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad/b.md');
    expect(bad.stdout).toContain('placeholder-syntax');
    expect(bad.stdout).toMatch(/✖ \d+ problems? \(1 error, /);
    expect(bad.stdout).toContain('1 error and 0 warnings potentially fixable with the `--fix` option.');
  });

  it('prints one line and no stack trace for usage errors (exit 2)', () => {
    const w = workspace({});
    dispose = w.dispose;
    const r = dunlint(w.dir, ['check', 'missing.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dunlint: "missing.md" does not exist\n');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('prints its version', () => {
    const w = workspace({});
    dispose = w.dispose;
    const r = dunlint(w.dir, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
