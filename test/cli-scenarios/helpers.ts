import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { realpathSync } from 'node:fs';
import { afterEach } from 'vitest';
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

/**
 * For a test file: a function that makes a temporary workspace (see `workspace`) and returns its
 * folder; every workspace it made is removed after the test that made it.
 */
export function tempWorkspaces(): (files?: Record<string, string | Uint8Array>) => string {
  let made: (() => void)[] = [];
  afterEach(() => {
    for (const dispose of made) dispose();
    made = [];
  });
  return (files = {}) => {
    const w = workspace(files);
    made.push(w.dispose);
    return w.dir;
  };
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
  balance: { type: money, sample: "$120.50" }
  due_on: { type: date, sample: "2026-11-30" }
  pay_url: { type: url, sample: "https://pay.example/abc" }
send_window: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "20:00" }
consent: { basis: contract }
---
Hi {{debtor_name}}, this is Sam from {{creditor.name}}. Your payment of {{balance}} was due on {{due_on}}.
Pay at {{pay_url}} or call {{contact.phone}}.
This is an attempt to collect a debt and any information obtained will be used for that purpose. Reply STOP to opt out.
`;

/** VALID with its id replaced. */
export function valid(id: string): string {
  return VALID.replace('id: t1', `id: ${id}`);
}
