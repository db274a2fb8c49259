import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { main } from '../../packages/cli/dist/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as a user in `cwd` would. */
export async function run(cwd: string, args: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    readStdin: () => stdin,
  });
  return { code, stdout, stderr };
}

/** A temporary workspace with the given files (path -> content); removed by `dispose`. */
export function workspace(files: Record<string, string | Uint8Array>): { dir: string; dispose(): void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dunlint-cli-')));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export const VALID = `---
id: t1
locale: en-US
channel: sms
jurisdiction: US
stage: reminder
creditor:
  name: Northwind Credit Union
contact:
  phone: "+1 800-555-0142"
variables:
  debtor_name: { type: string, sample: Jordan }
---
Hi {{debtor_name}}, this is Sam from {{creditor.name}}. Call {{contact.phone}}.
`;

/** VALID with its id replaced. */
export function valid(id: string): string {
  return VALID.replace('id: t1', `id: ${id}`);
}
