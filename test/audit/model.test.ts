/**
 * The audit's data model (packages/cli/src/audit/collect.ts): template facts, ranking, excerpts,
 * legal basis per jurisdiction, suppressions, totals and breakdowns — from real `runCheck` results.
 * Imported from the build, like the CLI runs it.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../packages/cli/dist/check.js';
import { ConfigFinder } from '../../packages/cli/dist/config-finder.js';
import {
  collectAudit,
  excerptOf,
  frontMatterData,
  LegalBasisLookup,
  templateFacts,
} from '../../packages/cli/dist/audit/collect.js';
import { NOT_SET, type AuditData } from '../../packages/cli/dist/audit/model.js';
import { builtinRules } from '@dunlint/core';
import { tempWorkspaces } from '../cli-scenarios/helpers.js';
import { PE_CLEAN, PE_THREAT, US_CLEAN, US_THREAT } from './fixtures.js';

const ws = tempWorkspaces();

async function audit(files: Record<string, string>, paths: string[] = []): Promise<AuditData> {
  const dir = ws(files);
  const outcome = await runCheck({ cwd: dir, patterns: paths, concurrency: 1 });
  return collectAudit({
    results: outcome.results,
    fileErrors: outcome.fileErrors,
    cwd: dir,
    paths,
    configs: new ConfigFinder(dir),
    version: '9.9.9',
    now: new Date('2026-12-01T10:20:30Z'),
  });
}

describe('collectAudit', () => {
  it('ranks templates by errors, then warnings, then path, with their facts from the front matter', async () => {
    const data = await audit({
      'a-clean.md': US_CLEAN,
      'b-pe.md': PE_THREAT,
      'c-us.md': US_THREAT,
      'd-pe-clean.md': PE_CLEAN,
    });
    expect(data.templates.map((t) => [t.file, t.errors, t.warnings, t.suppressions])).toEqual([
      ['c-us.md', 3, 4, 0],
      ['b-pe.md', 2, 1, 1],
      ['a-clean.md', 0, 0, 0],
      ['d-pe-clean.md', 0, 0, 0],
    ]);
    const pe = data.templates[1]!;
    expect(pe).toMatchObject({
      id: 'pe-threat',
      locale: 'es-PE',
      jurisdiction: 'PE',
      language: 'es',
      channel: 'whatsapp',
      stage: 'reminder',
    });
    expect(data.generatedAt).toBe('2026-12-01T10:20:30.000Z');
    expect(data.tool).toEqual({ name: 'dunlint', version: '9.9.9' });
    expect(data.paths).toEqual(['.']);
  });

  it('keeps every finding once, in rank order, with the marked words of its line', async () => {
    const data = await audit({ 'pe.md': PE_THREAT, 'us.md': US_THREAT });
    const us = data.templates.findIndex((t) => t.file === 'us.md');
    expect(us).toBe(0);
    expect(data.findings.length).toBe(data.totals.errors + data.totals.warnings);
    expect(data.findings.map((f) => f.template)).toEqual([...data.findings.map((f) => f.template)].sort());
    const demandar = data.findings.find((f) => f.excerpt.marked === 'demandar')!;
    expect(demandar).toMatchObject({ rule: 'no-legal-threat', category: 'tone', severity: 2, line: 34, column: 28 });
    expect(demandar.excerpt).toEqual({
      line: 34,
      before: 'Si no paga hoy, le vamos a ',
      marked: 'demandar',
      after: ' y embargar su sueldo.',
    });
  });

  it("names the legal basis that applies in the template's jurisdiction", async () => {
    const data = await audit({ 'pe.md': PE_THREAT, 'us.md': US_THREAT });
    const legalOf = (file: string, rule: string) =>
      data.findings.find((f) => data.templates[f.template]!.file === file && f.rule === rule)!;
    const pe = legalOf('pe.md', 'no-legal-threat');
    expect(pe.legalScope).toBe('specific');
    expect(pe.legal.length).toBeGreaterThan(0);
    expect(pe.legal.every((l) => l.endsWith('(PE)') || l.includes('everywhere'))).toBe(true);
    const us = legalOf('us.md', 'no-legal-threat');
    expect(us.legal.some((l) => l.includes('FDCPA'))).toBe(true);
    expect(us.legal.some((l) => l.endsWith('(PE)'))).toBe(false);
  });

  it('lists suppressions with the reason and the directive line (the audit trail)', async () => {
    const data = await audit({ 'pe.md': PE_THREAT });
    expect(data.suppressions).toEqual([
      expect.objectContaining({
        template: 0,
        rule: 'no-false-urgency',
        category: 'tone',
        line: 36,
        reason: 'aprobado por legal, ticket LEG-7',
        directiveLine: 35,
        directive: '<!-- dunlint-disable-next-line no-false-urgency -- aprobado por legal, ticket LEG-7 -->',
      }),
    ]);
    expect(data.totals.suppressions).toBe(1);
    expect(data.rules['no-false-urgency']).toMatchObject({ category: 'tone' });
    expect(data.rules['no-false-urgency']!.url).toMatch(/docs\/rules\/no-false-urgency\.md$/);
  });

  it('adds up totals and breakdowns that agree with each other', async () => {
    const data = await audit({ 'pe.md': PE_THREAT, 'us.md': US_THREAT, 'ok.md': US_CLEAN.replace('id: t1', 'id: ok') });
    expect(data.totals).toEqual({
      templates: 3,
      templatesWithFindings: 2,
      templatesWithErrors: 2,
      templatesWithWarningsOnly: 0,
      cleanTemplates: 1,
      errors: 5,
      warnings: 5,
      suppressions: 1,
      unreadableFiles: 0,
    });
    for (const [dimension, rows] of Object.entries(data.breakdowns)) {
      const sum = rows.reduce((n, r) => n + r.errors + r.warnings, 0);
      expect(sum, dimension).toBe(10);
    }
    expect(data.breakdowns.jurisdiction).toEqual([
      { key: 'US', label: 'US · United States', errors: 3, warnings: 4, templates: 2 },
      { key: 'PE', label: 'PE · Perú', errors: 2, warnings: 1, templates: 1 },
    ]);
    expect(data.breakdowns.language.map((r) => r.key)).toEqual(['en', 'es']);
    expect(data.breakdowns.channel.map((r) => [r.key, r.label])).toEqual([
      ['whatsapp', 'WhatsApp'],
      ['sms', 'SMS'],
    ]);
    expect(data.breakdowns.category.find((r) => r.key === 'tone')).toMatchObject({ errors: 5, templates: 2 });
    const ruleTotal = data.breakdowns.rule.map((r) => r.errors + r.warnings);
    expect(ruleTotal).toEqual([...ruleTotal].sort((a, b) => b - a));
  });

  it('summarises the configuration: the files found and the presets they extend', async () => {
    const data = await audit({
      '.dunlintrc.yaml': 'extends: [strict]\n',
      'pe.md': PE_CLEAN,
    });
    expect(data.config).toEqual({ files: ['.dunlintrc.yaml'], presets: ['strict'], ruleFlags: [], explicit: false });
    const none = await audit({ 'pe.md': PE_CLEAN });
    expect(none.config).toEqual({ files: [], presets: ['recommended'], ruleFlags: [], explicit: false });
  });
});

describe('template facts', () => {
  it("fills what the front matter leaves out from the configuration's defaults, like the core", () => {
    const source = '---\nid: x\nlocale: pt-BR\nchannel: sms\n---\nOlá\n';
    const facts = templateFacts(source, () => ({ jurisdiction: 'BR', locale: 'en', stage: 'reminder' }));
    expect(facts).toEqual({
      id: 'x',
      locale: 'pt-BR',
      jurisdiction: 'BR',
      language: 'pt',
      channel: 'sms',
      stage: 'reminder',
    });
  });

  it('reads nothing from a missing or broken front matter', () => {
    const none = templateFacts('Hello\n', () => ({}));
    expect(none).toEqual({ jurisdiction: NOT_SET, language: NOT_SET, channel: NOT_SET, stage: NOT_SET });
    expect(frontMatterData('---\nid: a\nid: b\n---\n')).toBeUndefined();
    expect(frontMatterData('---\n[not: a map\n---\n')).toBeUndefined();
    expect(frontMatterData('---\n- a list\n---\n')).toBeUndefined();
  });

  it('reads a front matter after a BOM, with CRLF lines, or never closed', () => {
    expect(frontMatterData('\uFEFF---\r\nid: a\r\nlocale: es\r\n---\r\nHola\r\n')).toEqual({ id: 'a', locale: 'es' });
    expect(frontMatterData('---\nid: a\n')).toEqual({ id: 'a' });
  });

  it('reports a locale dunlint does not support by its language code', () => {
    expect(templateFacts('---\nlocale: fr-FR\n---\n', () => ({})).language).toBe('fr');
  });
});

describe('excerptOf', () => {
  const at = (line: number, column: number, endLine: number, endColumn: number) => ({
    line,
    column,
    endLine,
    endColumn,
  });

  it('splits the line around the reported words', () => {
    expect(excerptOf(['first', 'we will sue you today'], at(2, 9, 2, 12))).toEqual({
      line: 2,
      before: 'we will ',
      marked: 'sue',
      after: ' you today',
    });
  });

  it('marks to the end of the line when the range goes on, and nothing for an empty range', () => {
    expect(excerptOf(['abc def', 'next'], at(1, 5, 2, 2)).marked).toBe('def');
    expect(excerptOf(['abc def'], at(1, 4, 1, 4))).toEqual({ line: 1, before: 'abc', marked: '', after: ' def' });
  });

  it('shortens long lines around the words, with ellipses', () => {
    const line = `${'a'.repeat(200)}THREAT${'b'.repeat(200)}`;
    const e = excerptOf([line], at(1, 201, 1, 207));
    expect(e.marked).toBe('THREAT');
    expect(e.before).toBe(`…${'a'.repeat(60)}`);
    expect(e.after).toBe(`${'b'.repeat(60)}…`);
  });

  it('never cuts an emoji (a surrogate pair) in half', () => {
    const line = `${'😀'.repeat(40)}X`;
    const e = excerptOf([line], at(1, 81, 1, 82));
    expect(e.marked).toBe('X');
    expect([...e.before.slice(1)].every((c) => c === '😀')).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(e.before)).toBe(false);
  });

  it('shows tabs as spaces and a missing line as empty', () => {
    expect(excerptOf(['\tpay now'], at(1, 2, 1, 5))).toEqual({ line: 1, before: ' ', marked: 'pay', after: ' now' });
    expect(excerptOf([], at(3, 1, 3, 2))).toEqual({ line: 3, before: '', marked: '', after: '' });
  });
});

describe('LegalBasisLookup', () => {
  const lookup = new LegalBasisLookup(builtinRules);

  it("uses a subdivision's country and the profile chain (US-TX gets the US laws, not California's)", () => {
    const tx = lookup.for('no-arrest-threat', 'US-TX');
    expect(tx.scope).toBe('specific');
    expect(tx.legal.some((l) => l.includes('FDCPA'))).toBe(true);
    expect(tx.legal.some((l) => l.includes('California'))).toBe(false);
    const ca = lookup.for('no-arrest-threat', 'US-CA');
    expect(ca.legal.some((l) => l.includes('California'))).toBe(true);
    expect(ca.legal.some((l) => l.includes('FDCPA'))).toBe(true);
  });

  it('falls back to every law of the rule, marked as not specific, when none applies there', () => {
    const generic = lookup.for('no-arrest-threat', 'generic');
    expect(generic.scope).toBe('other');
    expect(generic.legal.length).toBe(builtinRules.get('no-arrest-threat')!.meta.legal!.length);
    expect(generic.legal.every((l) => /\([A-Z]{2}(-[A-Z0-9]+)?(, [A-Z]{2}(-[A-Z0-9]+)?)*\)$/.test(l))).toBe(true);
  });

  it('says there is none for structure rules and for problems no rule owns', () => {
    expect(lookup.for('placeholder-syntax', 'US')).toEqual({ legal: [], scope: 'none' });
    expect(lookup.for(null, 'US')).toEqual({ legal: [], scope: 'none' });
  });
});
