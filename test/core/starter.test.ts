/**
 * starterTemplate(): every supported combination of language, jurisdiction, channel and stage (and
 * the third-party message) is a template that lints clean under `recommended` and under `strict`.
 */
import {
  builtinRules,
  CHANNELS,
  lint,
  parseTemplate,
  presetConfig,
  profileCodes,
  profileFor,
  renderBody,
  resolveFileConfig,
  smsInfo,
  STAGES,
  starterJurisdictions,
  starterTemplate,
  type Config,
  type StarterOptions,
} from '@dunlint/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const presets: Record<'recommended' | 'strict', Config> = {
  recommended: resolveFileConfig(
    { layers: [{ data: presetConfig('recommended', builtinRules), baseDir: '', source: 'preset:recommended' }] },
    undefined,
    builtinRules,
  ),
  strict: resolveFileConfig(
    { layers: [{ data: presetConfig('strict', builtinRules), baseDir: '', source: 'preset:strict' }] },
    undefined,
    builtinRules,
  ),
};

type Language = StarterOptions['language'];
const LANGUAGES: Language[] = ['en', 'es', 'pt'];

/** Every stage of every channel for the debtor, plus the third-party message of every channel. */
function combinations(language: Language, jurisdiction: string): StarterOptions[] {
  return CHANNELS.flatMap((channel) => [
    ...STAGES.map((stage) => ({ language, jurisdiction, channel, stage })),
    { language, jurisdiction, channel, stage: 'first-contact', recipient: 'third-party' as const },
  ]);
}

/** The problems of each combination, as readable lines (empty when all are clean). */
function problems(options: StarterOptions[]): string[] {
  const out: string[] = [];
  for (const o of options) {
    const text = starterTemplate(o);
    for (const [preset, config] of Object.entries(presets)) {
      for (const m of lint(text, { config }).messages) {
        out.push(
          `${o.language} ${o.jurisdiction} ${o.channel} ${o.stage}${o.recipient ? ` ${o.recipient}` : ''} (${preset}): ${m.line}:${m.column} ${m.ruleId} ${m.message}`,
        );
      }
    }
  }
  return out;
}

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error('no front matter');
  return parse(m[1]!) as Record<string, unknown>;
}

function body(text: string): string {
  return text.slice(text.indexOf('\n---\n') + 5);
}

const supported = starterJurisdictions();

describe('starterJurisdictions', () => {
  it('lists, per language, the places its sentence blocks are written for, generic last', () => {
    expect(Object.keys(supported).sort()).toEqual(LANGUAGES);
    for (const language of LANGUAGES) {
      expect(supported[language].at(-1)).toBe('generic');
      for (const code of supported[language]) expect(profileFor(code).code).not.toBe('');
    }
    expect(supported.en).toEqual(expect.arrayContaining(['US', 'US-CA', 'GB']));
    expect(supported.es).toEqual(expect.arrayContaining(['MX', 'PE', 'CO', 'CL', 'AR', 'ES']));
    expect(supported.pt).toEqual(expect.arrayContaining(['BR', 'BR-SP']));
  });
});

describe('every supported combination lints clean under recommended and strict', () => {
  const cases = LANGUAGES.flatMap((language) => supported[language].map((code) => [language, code] as const));
  it.each(cases)('%s %s: 3 channels × 7 stages + third party', (language, code) => {
    expect(problems(combinations(language, code))).toEqual([]);
  });
});

describe('other jurisdictions', () => {
  // A language and a jurisdiction it is not written for (Portuguese for a US debtor), and codes that
  // have no profile of their own (US-TX uses US, BR-RJ uses BR, FR uses generic).
  const codes = [...profileCodes(), 'US-TX', 'BR-RJ', 'FR'];
  it.each(LANGUAGES)('%s: every profile and subdivision lints clean', (language) => {
    const options = codes.flatMap((code) => combinations(language, code));
    expect(problems(options)).toEqual([]);
  });
});

describe('what a starter is built from', () => {
  it('the jurisdiction profile: send window inside the legal hours, and a citation of them', () => {
    const text = starterTemplate({ language: 'es', jurisdiction: 'CO', channel: 'sms', stage: 'reminder' });
    const fm = frontMatter(text);
    expect(fm.send_window).toEqual({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '19:00' });
    expect(text).toContain(`# - Horario de contacto: ${profileFor('CO').hours!.law}`);
    expect(fm).toMatchObject({ locale: 'es-CO', jurisdiction: 'CO', stage: 'reminder', channel: 'sms' });
  });

  it("the profile's identifiers follow the creditor's name (CNPJ in Brazil, RUC in Peru, licence in California)", () => {
    const br = starterTemplate({ language: 'pt', jurisdiction: 'BR-SP', channel: 'whatsapp', stage: 'overdue' });
    expect(body(br)).toContain('{{creditor.name}} (CNPJ {{creditor.tax_id}})');
    expect(frontMatter(br).creditor).toEqual({
      name: 'Acme Finanças',
      tax_id: profileFor('BR').identifiers.creditor_tax_id!.sample,
    });

    const pe = starterTemplate({ language: 'es', jurisdiction: 'PE', channel: 'email', stage: 'reminder' });
    expect(body(pe)).toContain('(RUC {{creditor.tax_id}})');

    const ca = starterTemplate({ language: 'en', jurisdiction: 'US-CA', channel: 'sms', stage: 'reminder' });
    expect(body(ca)).toContain('(Licence no. {{collector.license}})');
    expect(frontMatter(ca).collector).toEqual({ name: 'Acme Finance', kind: 'first-party', license: '10001-99' });

    const mx = starterTemplate({ language: 'es', jurisdiction: 'MX', channel: 'sms', stage: 'reminder' });
    expect(body(mx)).not.toContain('tax_id');
  });

  it("the profile's required statements: the FDCPA disclosure in the US, never to a third party", () => {
    const disclosure =
      'This is an attempt to collect a debt and any information obtained will be used for that purpose.';
    expect(starterTemplate({ language: 'en', jurisdiction: 'US-TX', channel: 'sms', stage: 'overdue' })).toContain(
      disclosure,
    );
    expect(starterTemplate({ language: 'en', jurisdiction: 'GB', channel: 'sms', stage: 'overdue' })).not.toContain(
      disclosure,
    );
    expect(
      starterTemplate({
        language: 'en',
        jurisdiction: 'US',
        channel: 'sms',
        stage: 'overdue',
        recipient: 'third-party',
      }),
    ).not.toContain('collect');
    expect(starterTemplate({ language: 'es', jurisdiction: 'US', channel: 'email', stage: 'pre-due' })).toContain(
      'Este es un intento de cobrar una deuda',
    );
  });

  it('declares exactly the variables the body uses, each with a type and a sample', () => {
    for (const stage of STAGES) {
      const text = starterTemplate({ language: 'en', jurisdiction: 'US', channel: 'email', stage });
      const declared = Object.keys((frontMatter(text).variables ?? {}) as object).sort();
      const used = [...new Set([...body(text).matchAll(/\{\{([a-z_]+)\}\}/g)].map((m) => m[1]))].sort();
      expect(declared, stage).toEqual(used);
    }
  });

  it('channel parts: WhatsApp utility category and template name, e-mail subject, SMS segments when over two', () => {
    const wa = frontMatter(
      starterTemplate({ language: 'pt', jurisdiction: 'BR', channel: 'whatsapp', stage: 'reminder' }),
    );
    expect(wa.whatsapp).toEqual({ category: 'utility', name: 'br_reminder_whatsapp' });
    expect(wa.consent).toMatchObject({ basis: 'consent' });

    const mail = frontMatter(
      starterTemplate({ language: 'en', jurisdiction: 'GB', channel: 'email', stage: 'overdue' }),
    );
    expect(mail.email).toEqual({ subject: 'Your Acme Finance account' });

    for (const [language, jurisdiction] of [
      ['en', 'GB'],
      ['pt', 'BR'],
    ] as const) {
      const text = starterTemplate({ language, jurisdiction, channel: 'sms', stage: 'overdue' });
      const doc = parseTemplate(text);
      const segments = smsInfo(renderBody(doc, doc.frontMatter!.data).text).segments;
      const declared = (frontMatter(text).sms as { max_segments?: number } | undefined)?.max_segments;
      expect(declared, `${language} ${jurisdiction}`).toBe(segments > 2 ? segments : undefined);
    }
  });

  it('first contact and third-party messages ask who they are talking to and give no debt details', () => {
    const first = starterTemplate({ language: 'es', jurisdiction: 'PE', channel: 'sms', stage: 'first-contact' });
    expect(body(first)).toContain('¿Hablo con {{debtor_name}}?');
    expect(body(first)).not.toMatch(/\{\{(amount|due_date)\}\}/);
    const third = starterTemplate({
      language: 'pt',
      jurisdiction: 'BR',
      channel: 'email',
      stage: 'reminder',
      recipient: 'third-party',
    });
    expect(frontMatter(third)).toMatchObject({ recipient: 'third-party', id: 'br-reminder-email-third-party' });
    expect(body(third)).toContain('Se você for {{debtor_name}}');
  });

  it('ids: built from the options (with the language when it is not the place’s own), or given', () => {
    expect(
      frontMatter(starterTemplate({ language: 'en', jurisdiction: 'us', channel: 'sms', stage: 'pre-due' })).id,
    ).toBe('us-pre-due-sms');
    expect(
      frontMatter(starterTemplate({ language: 'es', jurisdiction: 'US', channel: 'sms', stage: 'pre-due' })).id,
    ).toBe('us-es-pre-due-sms');
    expect(
      frontMatter(starterTemplate({ language: 'en', jurisdiction: 'generic', channel: 'sms', stage: 'reminder' })).id,
    ).toBe('generic-reminder-sms');
    const text = starterTemplate({
      language: 'en',
      jurisdiction: 'US',
      channel: 'whatsapp',
      stage: 'reminder',
      id: 'my-reminder',
    });
    expect(frontMatter(text)).toMatchObject({ id: 'my-reminder', whatsapp: { name: 'my_reminder' } });
  });

  it('is deterministic', () => {
    const o: StarterOptions = { language: 'pt', jurisdiction: 'BR-SP', channel: 'sms', stage: 'settlement-offer' };
    expect(starterTemplate(o)).toBe(starterTemplate({ ...o }));
  });
});

describe('bad options are RangeErrors that list what is allowed', () => {
  const base: StarterOptions = { language: 'en', jurisdiction: 'US', channel: 'sms', stage: 'reminder' };
  it.each([
    [{ language: 'fr' as Language }, /unknown language "fr"; use one of en, es, pt/],
    [{ channel: 'fax' as StarterOptions['channel'] }, /unknown channel "fax"; use one of whatsapp, sms, email/],
    [{ stage: 'overdue-90d' }, /unknown stage "overdue-90d"; use one of pre-due, first-contact/],
    [
      { recipient: 'family' as StarterOptions['recipient'] },
      /unknown recipient "family"; use one of debtor, third-party/,
    ],
    [{ jurisdiction: 'Brazil' }, /"Brazil" is not a jurisdiction code/],
    [{ id: 'Mi Plantilla' }, /id "Mi Plantilla" must be lowercase letters, digits/],
  ])('%o', (change, message) => {
    expect(() => starterTemplate({ ...base, ...change })).toThrow(RangeError);
    expect(() => starterTemplate({ ...base, ...change })).toThrow(message);
  });
});
