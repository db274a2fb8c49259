/** Where the cursor is in front matter YAML that is being typed (completion's context), as a data table. */
import { describe, expect, it } from 'vitest';
import { yamlContext } from '../../packages/lsp/dist/completion.js';

/** `|` marks the cursor; everything before the cursor's line is the front matter above it. */
function contextOf(source: string) {
  const [before] = source.split('|');
  const lines = before!.split('\n');
  const prefix = lines.pop()!;
  return yamlContext(lines, prefix);
}

describe('yamlContext', () => {
  it.each([
    ['top-level key', 'id: x\nst|', { kind: 'key', path: [], partial: 'st' }],
    ['empty line at the top level', 'id: x\n|', { kind: 'key', path: [], partial: '' }],
    ['key inside creditor', 'creditor:\n  name: A\n  t|', { kind: 'key', path: ['creditor'], partial: 't' }],
    ['value of a top-level key', 'channel: em|', { kind: 'value', path: ['channel'], partial: 'em' }],
    ['quoted value', 'channel: "wh|', { kind: 'value', path: ['channel'], partial: 'wh' }],
    ['value inside consent', 'consent:\n  basis: |', { kind: 'value', path: ['consent', 'basis'], partial: '' }],
    ['a variable declaration', 'variables:\n  amount:\n    ty|', { kind: 'key', path: ['variables', 'amount'] }],
    [
      'a variable type',
      'variables:\n  amount:\n    type: mo|',
      { kind: 'value', path: ['variables', 'amount', 'type'] },
    ],
    ['flow mapping key', 'consent: { ba|', { kind: 'key', path: ['consent'], partial: 'ba' }],
    ['flow mapping value', 'consent: { basis: le|', { kind: 'value', path: ['consent', 'basis'], partial: 'le' }],
    [
      'second flow key',
      'send_window: { days: [mon], st|',
      { kind: 'key', path: ['send_window'], partial: 'st', siblings: new Set(['days']) },
    ],
    ['flow sequence item', 'send_window: { days: [mon, tu|', { kind: 'value', path: ['send_window', 'days', '0'] }],
    [
      'variable in flow style',
      'variables:\n  amount: { type: |',
      { kind: 'value', path: ['variables', 'amount', 'type'] },
    ],
    [
      'block sequence scalar',
      'send_window:\n  days:\n    - mon\n    - |',
      { kind: 'value', path: ['send_window', 'days', '0'] },
    ],
    [
      'first key of a sequence item',
      'whatsapp:\n  buttons:\n    - |',
      { kind: 'key', path: ['whatsapp', 'buttons', '0'], partial: '' },
    ],
    [
      'next key of a sequence item',
      'whatsapp:\n  buttons:\n    - type: url\n      te|',
      { kind: 'key', path: ['whatsapp', 'buttons', '0'], partial: 'te' },
    ],
    [
      'value in a sequence item',
      'whatsapp:\n  buttons:\n    - text: Pay\n      type: |',
      { kind: 'value', path: ['whatsapp', 'buttons', '0', 'type'] },
    ],
    ['back at the top level after a block', 'creditor:\n  name: A\nco|', { kind: 'key', path: [], partial: 'co' }],
    ['blank and comment lines are skipped', 'creditor:\n\n  # note\n  ad|', { kind: 'key', path: ['creditor'] }],
  ])('%s', (_name, source, expected) => {
    expect(contextOf(source)).toMatchObject(expected);
  });

  it('is silent in a comment', () => {
    expect(contextOf('id: x\n# st|')).toBeUndefined();
  });
});
