/**
 * Jurisdiction profiles (packages/core/src/jurisdictions/*.yaml) and the rules that read them:
 * send-window (table-driven per jurisdiction), consent-basis, review-expiry, email-subject, and
 * the profile's severity changes.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '@dunlint/core';
import { profileCodes, profileFor, profileFile } from '../../packages/core/src/jurisdictions/profile.js';
import { monthsBetween } from '../../packages/core/src/rules/review-expiry.js';
import { profileRequires, templateFacts } from '../../packages/core/src/content/requirement.js';
import { diagnosticsOf, onlyRule, templateOf } from './required-content-helpers.js';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri'];

function windowed(jurisdiction: string, days: string[], start: string, end: string): string {
  return templateOf({ code: 'Hi {{debtor_name}}.', frontMatter: { jurisdiction, send_window: { days, start, end } } });
}

describe('jurisdiction profiles', () => {
  it('every file validates, and the required jurisdictions exist', () => {
    for (const code of profileCodes()) expect(() => profileFile(code), code).not.toThrow();
    expect(profileCodes()).toEqual(
      expect.arrayContaining([
        'BR',
        'BR-SP',
        'PE',
        'CO',
        'MX',
        'CL',
        'AR',
        'ES',
        'US',
        'US-CA',
        'US-MA',
        'GB',
        'generic',
      ]),
    );
  });

  it('inherits BR-SP -> BR -> generic, and falls back to the country, then generic', () => {
    expect(profileFor('BR-SP').chain).toEqual(['BR-SP', 'BR', 'generic']);
    expect(profileFor('BR-SP').identifiers.creditor_tax_id?.label).toBe('CNPJ');
    expect(profileFor('BR-RJ').code).toBe('BR');
    expect(profileFor('US-TX').code).toBe('US');
    expect(profileFor('US-CA').hours?.days.mon).toEqual(['08:00', '21:00']);
    expect(profileFor('ZZ').code).toBe('generic');
    expect(profileFor('generic').hours).toBeUndefined();
    expect(profileFor(undefined).code).toBe('generic');
  });

  it('cites LEGAL.md sources for every rule of law it sets', () => {
    for (const code of profileCodes()) {
      const p = profileFor(code);
      if (p.hours) expect(p.hours.sources?.length, code).toBeGreaterThan(0);
      for (const id of Object.values(p.identifiers)) expect(id.sources?.length, code).toBeGreaterThan(0);
    }
  });
});

describe('send-window', () => {
  const cases: [string, string[], string, string, string[]][] = [
    // jurisdiction, days, start, end, expected messageIds
    ['PE', WEEK, '07:00', '20:00', []],
    ['PE', [...WEEK, 'sat'], '08:00', '19:00', ['day']],
    ['PE', WEEK, '06:00', '21:00', ['start', 'end']],
    ['CO', [...WEEK, 'sat'], '08:00', '15:00', []],
    ['CO', [...WEEK, 'sat'], '08:00', '19:00', ['end']],
    ['CO', WEEK, '07:00', '20:00', ['end']],
    ['BR-SP', [...WEEK, 'sat'], '08:00', '14:00', []],
    ['BR-SP', ['sun'], '10:00', '12:00', ['day']],
    ['BR', ['sun'], '10:00', '12:00', []],
    ['MX', ['sun'], '07:00', '22:00', []],
    ['MX', WEEK, '06:00', '21:00', ['start']],
    ['CL', [...WEEK, 'sat', 'sun'], '09:00', '18:00', ['day']],
    ['US', ['sat', 'sun'], '08:00', '21:00', []],
    ['US-TX', WEEK, '07:00', '22:00', ['start', 'end']],
    ['AR', ['sun'], '06:00', '23:00', []],
    ['generic', ['sun'], '06:00', '23:00', []],
  ];
  it.each(cases)('%s %j %s-%s -> %j', (jurisdiction, days, start, end, expected) => {
    const found = diagnosticsOf('send-window', windowed(jurisdiction, days, start, end));
    expect(found.map((d) => d.messageId)).toEqual(expected);
    for (const d of found) expect(d.severity).toBe(2);
  });

  it('names the law and points at the offending value', () => {
    const text = windowed('PE', [...WEEK, 'sat'], '06:00', '20:00');
    const [day, start] = diagnosticsOf('send-window', text);
    expect(text.slice(day!.offset, day!.endOffset)).toBe('sat');
    expect(day!.message).toContain('Ley 29571');
    expect(day!.message).toContain('Saturday');
    expect(text.slice(start!.offset, start!.endOffset)).toMatch(/^"?06:00"?$/);
    expect(start!.message).toMatch(/starts at 06:00, before the legal 07:00/);
  });

  it('is a warning where the hours are guidance (GB, ES)', () => {
    const found = diagnosticsOf('send-window', windowed('GB', ['sat', 'sun'], '08:00', '22:00'));
    expect(found.map((d) => [d.messageId, d.severity])).toEqual([
      ['day', 1],
      ['start', 1],
      ['end', 1],
    ]);
  });

  it('warns when send_window is missing and suggests a legal one that satisfies the rule', () => {
    const text = templateOf({ code: 'Hola {{debtor_name}}.', language: 'es', frontMatter: { jurisdiction: 'CO' } });
    const [d] = diagnosticsOf('send-window', text);
    expect(d).toMatchObject({ messageId: 'missing', severity: 1 });
    const fixed = applyFixes(text, [d!.suggestions![0]!.fix]).output;
    expect(fixed).toContain('send_window: { days: [mon, tue, wed, thu, fri, sat], start: "08:00", end: "15:00" }');
    expect(diagnosticsOf('send-window', fixed)).toEqual([]);
  });

  it('reports an end before the start', () => {
    expect(diagnosticsOf('send-window', windowed('US', WEEK, '18:00', '09:00')).map((d) => d.messageId)).toEqual([
      'order',
    ]);
  });
});

describe('consent-basis', () => {
  it('is quiet with a basis, warns without one, and asks WhatsApp for opt-in', () => {
    expect(
      diagnosticsOf('consent-basis', templateOf({ code: 'Hi.', frontMatter: { consent: { basis: 'contract' } } })),
    ).toEqual([]);
    const missing = templateOf({ code: 'Hi.', frontMatter: { channel: 'sms' } }).replace(/^consent:.*\n/m, '');
    const [m] = diagnosticsOf('consent-basis', missing);
    expect(m?.messageId).toBe('missing');
    expect(diagnosticsOf('consent-basis', applyFixes(missing, [m!.suggestions![0]!.fix]).output)).toEqual([]);
    const wa = templateOf({
      code: 'Hi.',
      frontMatter: {
        channel: 'whatsapp',
        consent: { basis: 'legitimate-interest' },
        whatsapp: { category: 'utility', name: 'x' },
      },
    });
    const [w] = diagnosticsOf('consent-basis', wa);
    expect(w?.messageId).toBe('whatsapp');
    expect(wa.slice(w!.offset, w!.endOffset)).toBe('legitimate-interest');
  });
});

describe('review-expiry', () => {
  const at = (date: string) =>
    templateOf({ code: 'Hi.', frontMatter: { review: { approved_by: 'Legal', approved_at: date } } });
  const config = (today: string, max = 12) => ({
    ...onlyRule('review-expiry'),
    rules: { 'review-expiry': { severity: 1 as const, options: { today } } },
    settings: { reviewMaxAgeMonths: max, maxFileSize: 1 << 21 },
  });
  it('counts whole months', () => {
    expect(monthsBetween('2025-11-30', '2026-11-29')).toBe(11);
    expect(monthsBetween('2025-11-30', '2026-11-30')).toBe(12);
  });
  it('reports a review older than the allowed age, on approved_at', () => {
    const text = at('2025-06-01');
    const [d] = lint(text, { config: config('2026-11-22') }).messages;
    expect(d?.ruleId).toBe('review-expiry');
    expect(d?.message).toContain('17 months ago');
    expect(text.slice(d!.offset, d!.endOffset)).toContain('2025-06-01');
    expect(lint(text, { config: config('2026-05-31') }).messages).toEqual([]);
    expect(lint(text, { config: config('2026-11-22', 24) }).messages).toEqual([]);
  });
  it('reports a date in the future when auditing as of a date', () => {
    expect(lint(at('2027-01-01'), { config: config('2026-11-22') }).messages[0]?.message).toMatch(/in the future/);
  });
});

describe('email-subject', () => {
  it('requires a subject on e-mail only, with a neutral suggestion in the template language', () => {
    expect(diagnosticsOf('email-subject', templateOf({ code: 'Hi.', frontMatter: { channel: 'sms' } }))).toEqual([]);
    expect(
      diagnosticsOf(
        'email-subject',
        templateOf({ code: 'Hi.', frontMatter: { channel: 'email', email: { subject: 'Your account' } } }),
      ),
    ).toEqual([]);
    const none = templateOf({ code: 'Olá.', language: 'pt', frontMatter: { channel: 'email' } }).replace(
      /^email:.*\n/m,
      '',
    );
    const [d] = diagnosticsOf('email-subject', none);
    expect(d?.messageId).toBe('missing');
    expect(d?.suggestions?.[0]?.fix.text).toContain('Informações sobre a sua conta');
    expect(diagnosticsOf('email-subject', applyFixes(none, [d!.suggestions![0]!.fix]).output)).toEqual([]);
    const pre = templateOf({ code: 'Hi.', frontMatter: { channel: 'email', email: { preheader: 'x' } } });
    const [p] = diagnosticsOf('email-subject', pre);
    expect(pre.slice(p!.offset, p!.endOffset)).toBe('email');
  });
});

describe('required statements come from the profiles', () => {
  const facts = (jurisdiction: string, channel: string) => templateFacts({ jurisdiction, channel });
  it('US requires the FDCPA disclosure everywhere and an opt-out in texts and e-mails', () => {
    expect(profileRequires(facts('US-TX', 'sms'), 'require-collection-disclosure')).toBe(true);
    expect(profileRequires(facts('US', 'email'), 'require-opt-out')).toBe(true);
    expect(profileRequires(facts('US', 'whatsapp'), 'require-opt-out')).toBe(false);
    expect(profileRequires(facts('BR-SP', 'sms'), 'require-collection-disclosure')).toBe(false);
    expect(profileRequires(facts('generic', 'sms'), 'require-opt-out')).toBe(false);
  });
});

describe('jurisdiction severity changes', () => {
  it('CO profile raises no-default-reason-question to an error when the rule is on', () => {
    expect(profileFor('CO').severity['no-default-reason-question']).toBe('error');
  });
});
