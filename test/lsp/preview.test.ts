/**
 * The server's own requests for the VS Code extension, at the protocol level: `dunlint/preview`
 * (the rendered message, its channel facts and its problems mapped onto the rendered text),
 * `dunlint/rules`, `dunlint/templateOptions` and `dunlint/newTemplate`.
 */
import { builtinRules, CHANNELS, smsInfo, STAGES } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import type {
  NewTemplateResult,
  PreviewResult,
  RuleSummary,
  TemplateOptions,
} from '../../packages/lsp/src/custom-protocol.js';
import { CLEAN, useServer, withReplaced, type Client } from './helpers.js';

const EMAIL = `---
id: gb-overdue-email
locale: en-GB
channel: email
jurisdiction: GB
stage: overdue
creditor:
  name: Oakfield Home Store Ltd
contact:
  phone: "+44 113 496 0000"
  email: accounts@oakfield.example
send_window: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "20:00" }
consent: { basis: contract }
variables:
  debtor_name: { type: string, sample: Alex }
  amount: { type: money, sample: "£85.00" }
email:
  subject: "{{debtor_name}}, your Oakfield account"
  preheader: A message from our customer accounts team.
---
Dear {{debtor_name}},

This is Priya from {{creditor.name}}. Our records show a balance of {{amount}}.
`;

async function preview(c: Client, uri: string): Promise<PreviewResult> {
  const result = await c.connection.sendRequest<PreviewResult | null>('dunlint/preview', { textDocument: { uri } });
  if (!result) throw new Error(`no preview for ${uri}`);
  return result;
}

/** The rendered text each highlight of `ruleId` covers. */
function marked(p: PreviewResult, ruleId: string): string[] {
  return p.highlights
    .filter((h) => h.ruleId === ruleId)
    .map((h) => p.parts.find((part) => part.where === h.where)!.text.slice(h.start, h.end));
}

describe('dunlint/preview', { timeout: 60_000 }, () => {
  const server = useServer();

  it('renders an SMS with its samples, encoding and segments, and marks a problem on the rendered text', async () => {
    const { w, c } = server;
    const uri = w.uri('sms.md');
    c.open(uri, withReplaced(CLEAN, 'Reply STOP', 'You will be arrested. Reply STOP'));
    const [diagnostic] = (await c.diagnostics(uri)).filter((d) => d.code === 'no-arrest-threat');
    const p = await preview(c, uri);

    expect(p).toMatchObject({ uri, version: 1, channel: 'sms', templateId: 'us-reminder-sms', locale: 'en-US' });
    expect(p.sender).toEqual({ name: 'Northwind Credit Union', address: '+1 800-555-0142' });
    expect(p.parts.map((part) => part.where)).toEqual(['body']);
    expect(p.text).toMatch(/^Hi Jordan, this is Sam from Northwind Credit Union\. Your payment of \$120\.00 /);
    expect(p.text).not.toContain('{{');
    expect(p.length).toBe(p.text.length);
    const info = smsInfo(p.text);
    expect(p.sms).toEqual({
      encoding: 'GSM-7',
      units: info.units,
      segments: info.segments,
      perSegment: info.perSegment,
      maxSegments: 2,
    });

    // Six samples of other lengths than their placeholders come before the threat.
    expect(marked(p, 'no-arrest-threat')).toEqual(['arrested']);
    const highlight = p.highlights.find((h) => h.ruleId === 'no-arrest-threat')!;
    expect(highlight).toMatchObject({ where: 'body', severity: 2, message: diagnostic!.message });
    expect({ line: highlight.line - 1, character: highlight.column - 1 }).toEqual(diagnostic!.range.start);
    expect(p.problems).toContainEqual(
      expect.objectContaining({ ruleId: 'no-arrest-threat', shown: true, missing: false }),
    );

    const body = p.parts[0]!;
    const sample = (name: string) =>
      body.samples.filter((s) => s.name === name).map((s) => body.text.slice(s.start, s.end));
    expect(sample('debtor_name')).toEqual(['Jordan']);
    expect(sample('amount')).toEqual(['$120.00']);
    expect(sample('creditor.name')).toEqual(['Northwind Credit Union']);
    expect(body.unresolved).toEqual([]);
  });

  it('marks the whole sample when the problem is the placeholder itself (WhatsApp, body starting with one)', async () => {
    const { w, c } = server;
    const uri = w.uri('wa.md');
    const text = withReplaced(
      withReplaced(
        CLEAN,
        'channel: sms',
        'channel: whatsapp\nwhatsapp: { category: utility, name: reminder, footer: "Reply STOP to opt out", buttons: [{ type: url, text: Pay now, url: "https://nw.example/p" }] }',
      ),
      'Hi {{debtor_name}}, this',
      '{{debtor_name}}, this',
    );
    c.open(uri, text);
    const p = await preview(c, uri);
    expect(p.channel).toBe('whatsapp');
    expect(p.parts.map((part) => part.where)).toEqual(['body', 'whatsapp.footer']);
    expect(p.parts[1]!.text).toBe('Reply STOP to opt out');
    expect(p.whatsapp).toEqual({
      bodyLength: p.text.length,
      bodyMax: 1024,
      category: 'utility',
      name: 'reminder',
      buttons: [{ type: 'url', text: 'Pay now' }],
    });
    expect(p.text.startsWith('Jordan, this is Sam')).toBe(true);
    expect(marked(p, 'whatsapp-template')).toContain('Jordan');
    expect(p.sms).toBeUndefined();
  });

  it('renders an e-mail: subject and preheader are parts of their own, with their problems marked', async () => {
    const { w, c } = server;
    const uri = w.uri('email.md');
    c.open(uri, withReplaced(EMAIL, '{{debtor_name}}, your Oakfield account', '{{debtor_name}}, you deadbeat'));
    const p = await preview(c, uri);
    expect(p.channel).toBe('email');
    expect(p.sender).toEqual({ name: 'Oakfield Home Store Ltd', address: 'accounts@oakfield.example' });
    expect(p.parts.map((part) => [part.where, part.text])).toEqual([
      ['email.subject', 'Alex, you deadbeat'],
      ['email.preheader', 'A message from our customer accounts team.'],
      ['body', 'Dear Alex,\n\nThis is Priya from Oakfield Home Store Ltd. Our records show a balance of £85.00.'],
    ]);
    expect(p.highlights.filter((h) => h.ruleId === 'no-insult').map((h) => h.where)).toEqual(['email.subject']);
    expect(marked(p, 'no-insult')).toEqual(['deadbeat']);
    expect(p.sms).toBeUndefined();
    expect(p.whatsapp).toBeUndefined();
  });

  it('names the character that switches an SMS to UCS-2', async () => {
    const { w, c } = server;
    const uri = w.uri('ucs2.md');
    c.open(uri, withReplaced(CLEAN, 'Hi {{debtor_name}},', 'Olá {{debtor_name}},'));
    const p = await preview(c, uri);
    expect(p.sms).toMatchObject({ encoding: 'UCS-2', firstUcs2Char: 'á', firstUcs2Index: 2, perSegment: 67 });
    expect(p.sms!.segments).toBe(Math.ceil(p.text.length / 67));
    expect(p.sms!.units).toBe(p.text.length);
  });

  it('lists problems that are not on the rendered text without marking them', async () => {
    const { w, c } = server;
    const uri = w.uri('front-matter.md');
    c.open(uri, withReplaced(CLEAN, 'stage: reminder', 'stage: reminder\nowner: legal'));
    const p = await preview(c, uri);
    const problem = p.problems.find((q) => q.ruleId === 'frontmatter-schema');
    expect(problem).toMatchObject({ severity: 2, shown: false });
    expect(problem!.line).toBe(CLEAN.split('\n').findIndex((l) => l === 'stage: reminder') + 2);
    expect(p.highlights.some((h) => h.ruleId === 'frontmatter-schema')).toBe(false);
    expect(p.text).toMatch(/^Hi Jordan/);
  });

  it('lists missing content (an opt-out line) without marking the text it is anchored on', async () => {
    const { w, c } = server;
    const uri = w.uri('missing.md');
    const text = withReplaced(
      withReplaced(CLEAN, 'channel: sms', 'channel: whatsapp\nwhatsapp: { category: utility, name: reminder }'),
      ' Reply STOP to opt out.',
      '',
    );
    c.open(uri, text);
    const [diagnostic] = (await c.diagnostics(uri)).filter((d) => d.code === 'require-opt-out');
    expect(diagnostic, 'the editor reports the missing opt-out').toBeDefined();
    const p = await preview(c, uri);
    expect(p.problems.find((q) => q.ruleId === 'require-opt-out')).toMatchObject({ missing: true, shown: false });
    expect(p.highlights.filter((h) => h.ruleId === 'require-opt-out')).toEqual([]);
    expect(p.problems.filter((q) => q.ruleId !== 'require-opt-out').every((q) => !q.missing)).toBe(true);
  });

  it('says why there is nothing to render when the front matter is missing', async () => {
    const { w, c } = server;
    const uri = w.uri('no-front-matter.md');
    c.open(uri, 'Hi there, please pay.\n');
    const p = await preview(c, uri);
    expect(p.notice).toMatch(/needs front matter/);
    expect(p.parts).toEqual([]);
    expect(p.problems.map((q) => q.ruleId)).toContain('frontmatter-required');
  });

  it('renders the latest version after an edit', async () => {
    const { w, c } = server;
    const uri = w.uri('edit.md');
    c.open(uri, CLEAN);
    expect((await preview(c, uri)).text).toMatch(/^Hi Jordan,/);
    c.replace(uri, 'sample: Jordan', 'sample: Maria José');
    const p = await preview(c, uri);
    expect(p.version).toBe(2);
    expect(p.text).toMatch(/^Hi Maria José,/);
    expect(p.sms?.encoding).toBe('GSM-7');
  });

  it('answers null for a document that is not open and InvalidParams without a uri', async () => {
    const { w, c } = server;
    expect(
      await c.connection.sendRequest('dunlint/preview', { textDocument: { uri: w.uri('never-opened.md') } }),
    ).toBeNull();
    const error = await c.connection.sendRequest('dunlint/preview', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.InvalidParams);
  });
});

describe('dunlint/rules, dunlint/templateOptions, dunlint/newTemplate', { timeout: 60_000 }, () => {
  const server = useServer();

  it('lists every built-in rule, sorted, with its description and default severity', async () => {
    const rules = await server.c.connection.sendRequest<RuleSummary[]>('dunlint/rules', {});
    expect(rules.map((r) => r.id)).toEqual([...builtinRules.keys()].sort());
    const arrest = builtinRules.get('no-arrest-threat')!;
    expect(rules.find((r) => r.id === 'no-arrest-threat')).toEqual({
      id: 'no-arrest-threat',
      description: arrest.meta.description,
      category: arrest.meta.category,
      severity: arrest.meta.severity,
      url: arrest.meta.docs.url,
    });
  });

  it('offers the languages, channels, stages and jurisdictions of the starter templates', async () => {
    const options = await server.c.connection.sendRequest<TemplateOptions>('dunlint/templateOptions', {});
    expect(options.languages.map((l) => l.id)).toEqual(['en', 'es', 'pt']);
    expect(options.channels).toEqual([...CHANNELS]);
    expect(options.stages).toEqual([...STAGES]);
    const codes = new Map(options.jurisdictions.map((j) => [j.code, j]));
    expect(codes.get('US')).toMatchObject({ name: 'United States', languages: ['en', 'es'] });
    expect(codes.get('BR-SP')?.languages).toEqual(['pt']);
    expect(codes.get('generic')?.languages).toEqual(['en', 'es', 'pt']);
  });

  it.each([
    { language: 'en', jurisdiction: 'US', channel: 'sms', stage: 'reminder' },
    { language: 'es', jurisdiction: 'PE', channel: 'whatsapp', stage: 'overdue' },
    { language: 'pt', jurisdiction: 'BR-SP', channel: 'email', stage: 'first-contact', id: 'sp-primeiro-contato' },
  ])('returns a starter template that lints clean: $language $jurisdiction $channel $stage', async (params) => {
    const { w, c } = server;
    const { text } = await c.connection.sendRequest<NewTemplateResult>('dunlint/newTemplate', params);
    expect(text).toMatch(new RegExp(`^channel: ${params.channel}$`, 'm'));
    expect(text).toMatch(new RegExp(`^jurisdiction: ${params.jurisdiction}$`, 'm'));
    if (params.id) expect(text).toMatch(new RegExp(`^id: ${params.id}$`, 'm'));
    const uri = w.uri(`new-${params.language}-${params.channel}.md`);
    c.open(uri, text);
    expect(await c.diagnostics(uri)).toEqual([]);
    c.close(uri);
  });

  it('refuses unknown choices with InvalidParams and a plain message', async () => {
    const error = await server.c.connection
      .sendRequest('dunlint/newTemplate', { language: 'fr', jurisdiction: 'FR', channel: 'sms', stage: 'reminder' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError<unknown>).code).toBe(ErrorCodes.InvalidParams);
    expect((error as Error).message).toMatch(/language "fr"/);
  });
});
