import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, valid, workspace } from './helpers.js';

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function ws(files: Record<string, string>): string {
  const w = workspace(files);
  dispose = w.dispose;
  return w.dir;
}

describe('dunlint render', () => {
  it('prints the SMS with samples and its encoding and segments', async () => {
    const dir = ws({ 't.md': valid('t') });
    const r = await run(dir, ['render', 't.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Hi Jordan, this is Sam from Northwind Credit Union. Your payment of $120.50 was due on 2026-11-30.',
    );
    expect(r.stdout).toMatch(/SMS: GSM-7, \d+ characters, 2 segments \(max 2\)/);
    expect(r.stdout).not.toContain('{{');
  });

  it('uses --data values over samples and prints JSON', async () => {
    const dir = ws({
      't.md': valid('t'),
      'd.json': JSON.stringify({ debtor_name: 'Zoë', creditor: { name: 'ACME' } }),
    });
    const r = await run(dir, ['render', 't.md', '--data', 'd.json', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const body = report.parts.find((p: { where: string }) => p.where === 'body');
    expect(body.text).toMatch(/^Hi Zoë, this is Sam from ACME\./);
    // "ë" is not in the GSM-7 alphabet: the data value switches the message to UCS-2.
    expect(report.sms).toMatchObject({ encoding: 'UCS-2', maxSegments: 2, firstUcs2Char: 'ë' });
    expect(report.filePath).toBe(join(dir, 't.md'));
  });

  it('runs Meta checks for WhatsApp and exits 1 when they fail', async () => {
    const text = valid('w')
      .replace('channel: sms', 'channel: whatsapp\nwhatsapp: { category: marketing, name: reminder }')
      .replace('Hi {{debtor_name}}, this', '{{debtor_name}}, this');
    const dir = ws({ 'w.md': text });
    const r = await run(dir, ['render', 'w.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/WhatsApp: body \d+\/1024 characters; 2 problem\(s\):/);
    expect(r.stdout).toContain('"utility"');
  });

  it('gives one clear line for a missing file or bad --data', async () => {
    const dir = ws({ 't.md': valid('t') });
    expect(await run(dir, ['render', 'nope.md'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dunlint: nope.md: does not exist\n',
    });
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    const r = await run(dir, ['render', 't.md', '--data', 'bad.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dunlint: --data "bad.json" is not valid JSON: .+\n$/);
  });
});
