/** Rendering with samples, SMS encoding/segments, and the channel rules sms-length and whatsapp-template. */
import { describe, expect, it } from 'vitest';
import { applyFixes, parseTemplate } from '@dunlint/core';
import { renderBody, renderFrontMatterText } from '../../packages/core/src/render/render.js';
import { smsInfo } from '../../packages/core/src/render/sms.js';
import { diagnosticsOf, templateOf } from './required-content-helpers.js';

const wa = (code: string, whatsapp: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  templateOf({
    code,
    frontMatter: { channel: 'whatsapp', whatsapp: { category: 'utility', name: 'payment_due', ...whatsapp }, ...extra },
  });

describe('render', () => {
  it('substitutes samples and front-matter values, drops directive comments, maps back to the template', () => {
    const text = templateOf({
      code: 'Hi {{debtor_name}}, {{creditor.name}} here.\n<!-- dunlint-disable-next-line x -- y -->\nPay {{amount}}. {{unknown_thing}}',
      frontMatter: {
        variables: { debtor_name: { type: 'string', sample: 'Ana' }, amount: { type: 'money', sample: '$10.00' } },
      },
    });
    const doc = parseTemplate(text);
    const part = renderBody(doc, doc.frontMatter!.data);
    expect(part.text).toMatch(/^Hi Ana, .+ here\.\nPay \$10\.00\. \{\{unknown_thing\}\}$/);
    expect(part.unresolved.map((u) => u.name)).toEqual(['unknown_thing']);
    const p = part.text.indexOf('P');
    expect(text[part.origin[p]!]).toBe('P');
    expect(renderBody(doc, doc.frontMatter!.data, { values: { debtor_name: 'Bo' } }).text).toMatch(/^Hi Bo,/);
  });

  it('renders quoted front-matter texts without their quotes', () => {
    const text = templateOf({
      code: 'Hi.',
      frontMatter: { channel: 'email', email: { subject: 'Hello {{creditor.name}}' } },
    });
    const doc = parseTemplate(text);
    const part = renderFrontMatterText(doc, doc.frontMatter!.data, 'email.subject');
    expect(part?.text.startsWith('Hello ')).toBe(true);
    expect(part?.text).not.toContain('{{');
  });
});

describe('smsInfo', () => {
  it.each([
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['{'.repeat(81), 'GSM-7', 162, 2],
    ['é ñ ü à Ç ¿ ¡', 'GSM-7', 13, 1],
    ['ã'.repeat(70), 'UCS-2', 70, 1],
    ['ã'.repeat(71), 'UCS-2', 71, 2],
    ['😀'.repeat(35), 'UCS-2', 70, 1],
  ] as const)('%s…', (text, encoding, units, segments) => {
    expect(smsInfo(text)).toMatchObject({ encoding, units, segments });
  });
  it('names the first character that forces UCS-2', () => {
    expect(smsInfo('Olá, você deve').firstUcs2Char).toBe('á');
    expect(smsInfo('It’s due').firstUcs2Char).toBe('’');
  });
});

describe('sms-length', () => {
  const sms = (code: string, max?: number, language: 'en' | 'pt' = 'en') =>
    templateOf({ code, language, frontMatter: { channel: 'sms', ...(max ? { sms: { max_segments: max } } : {}) } });
  it('measures the rendered text against sms.max_segments (default 2)', () => {
    expect(diagnosticsOf('sms-length', sms('a '.repeat(150)))).toEqual([]);
    expect(diagnosticsOf('sms-length', sms('a '.repeat(160))).map((d) => d.messageId)).toEqual(['tooLong']);
    expect(diagnosticsOf('sms-length', sms('a '.repeat(160), 3))).toEqual([]);
  });
  it('points at the character that forces UCS-2 and offers a GSM-7 replacement', () => {
    const text = sms(`Olá! ${'pague a fatura no app. '.repeat(4)}`, 1, 'pt');
    const [d] = diagnosticsOf('sms-length', text);
    expect(d?.message).toMatch(/UCS-2: \d segments, more than the 1 allowed/);
    expect(d?.message).toContain('replace "á"');
    expect(text.slice(d!.offset, d!.endOffset)).toBe('á');
    const fixed = applyFixes(text, [d!.suggestions![0]!.fix]).output;
    expect(fixed).toContain('Ola!');
  });
  it('ignores other channels', () => {
    expect(
      diagnosticsOf('sms-length', templateOf({ code: 'a '.repeat(400), frontMatter: { channel: 'whatsapp' } })),
    ).toEqual([]);
  });
});

describe('whatsapp-template', () => {
  const ids = (text: string) => diagnosticsOf('whatsapp-template', text).map((d) => d.messageId);
  it('accepts a well-formed utility template', () => {
    expect(ids(wa('Hi {{debtor_name}}, your payment is due. Call {{contact.phone}} for help.'))).toEqual([]);
  });
  it('measures the body after rendering samples', () => {
    const long = 'x'.repeat(1000);
    const text = wa(
      `Hi {{debtor_name}}, ${'ok '.repeat(10)}.`,
      {},
      { variables: { debtor_name: { type: 'string', sample: long } } },
    );
    expect(ids(text)).toEqual(['bodyLength']);
  });
  it('rejects placeholders at the start, at the end and side by side', () => {
    expect(ids(wa('{{debtor_name}}, your payment is due.'))).toEqual(['edge']);
    expect(ids(wa('Your payment is due, {{debtor_name}}'))).toEqual(['edge']);
    const text = wa('Hi {{debtor_name}} {{creditor.name}} here.');
    const [d] = diagnosticsOf('whatsapp-template', text);
    expect(d?.messageId).toBe('adjacent');
    expect(text.slice(d!.offset, d!.endOffset)).toBe('{{debtor_name}} {{creditor.name}}');
  });
  it('requires positional placeholders without gaps', () => {
    const text = wa(
      'Hi {{1}}, you owe {{3}} today.',
      { parameter_format: 'positional' },
      {
        variables: { '1': { type: 'string', sample: 'Ana' }, '3': { type: 'money', sample: '$5' } },
      },
    );
    const [d] = diagnosticsOf('whatsapp-template', text);
    expect(d?.messageId).toBe('gap');
    expect(d?.message).toContain('{{2}} is missing');
  });
  it('checks the name, the category, buttons and header/footer lengths', () => {
    expect(ids(wa('Hi {{debtor_name}}, pay soon.', { name: 'Payment Due' }))).toEqual(['name']);
    expect(ids(wa('Hi {{debtor_name}}, pay soon.', { category: 'marketing' }))).toEqual(['category']);
    expect(ids(wa('Hi {{debtor_name}}, pay soon.', { footer: 'f'.repeat(61) }))).toEqual(['partLength']);
    const url = { type: 'url', text: 'Pay', url: 'https://x.example' };
    expect(ids(wa('Hi {{debtor_name}}, pay soon.', { buttons: [url, url, url] }))).toEqual(['buttons']);
    expect(
      ids(
        wa('Hi {{debtor_name}}, pay soon.', {
          buttons: [{ type: 'quick_reply', text: 'I would like to talk to someone' }],
        }),
      ),
    ).toEqual(['label']);
  });
});
