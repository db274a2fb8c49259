/**
 * `dunlint audit` as a user runs it: the files it writes, what it prints, its exit codes.
 * (Unit tests of the data model and outputs: test/audit/; the report in a real browser:
 * test/audit/report-browser.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempWorkspaces } from './helpers.js';
import { PE_THREAT, US_CLEAN, US_THREAT } from '../audit/fixtures.js';

const ws = tempWorkspaces();

const pageData = (html: string) =>
  JSON.parse(/<script type="application\/json" id="audit-data">([\s\S]*?)<\/script>/.exec(html)![1]!);

describe('dunlint audit', () => {
  it('writes the HTML report and a CSV summary, says where, and exits 0 although there are errors', async () => {
    const dir = ws({ 'pe.md': PE_THREAT, 'us.md': US_THREAT });
    const r = await run(dir, ['audit', '.', '--out', 'out/../report.html', '--summary', 'findings.csv']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Audited 2 templates: 2 with findings (5 errors, 5 warnings), 1 suppressed finding.\n' +
        'Report: out/../report.html\n' +
        'Summary (CSV): findings.csv\n',
    );
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(pageData(html).findings).toHaveLength(10);
    const csv = readFileSync(join(dir, 'findings.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFfile,line,column,rule,severity,category,jurisdiction,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(11);
  });

  it('exits 1 with --fail-on-errors when a template has errors, 0 when none has', async () => {
    const bad = ws({ 'us.md': US_THREAT });
    expect((await run(bad, ['audit', '--fail-on-errors', '--out', 'r.html'])).code).toBe(1);
    const good = ws({ 'ok.md': US_CLEAN });
    const r = await run(good, ['audit', '--fail-on-errors', '--out', 'r.html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Audited 1 template: 0 with findings (0 errors, 0 warnings), 0 suppressed findings.');
  });

  it('writes dunlint-audit.html when neither --out nor --summary is given', async () => {
    const dir = ws({ 'ok.md': US_CLEAN });
    const r = await run(dir, ['audit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Report: dunlint-audit.html\n');
    expect(existsSync(join(dir, 'dunlint-audit.html'))).toBe(true);
  });

  it('prints the JSON summary on stdout with --summary -, and its own lines on stderr', async () => {
    const dir = ws({ 'pe.md': PE_THREAT });
    const r = await run(dir, ['audit', '--summary', '-']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.totals).toMatchObject({ templates: 1, errors: 2, warnings: 1, suppressions: 1 });
    expect(summary.breakdowns.jurisdiction).toEqual([
      { key: 'PE', label: 'PE · Perú', errors: 2, warnings: 1, templates: 1 },
    ]);
    expect(r.stderr).toContain('Audited 1 template');
    expect(existsSync(join(dir, 'dunlint-audit.html'))).toBe(false);
  });

  it('prints CSV on stdout with --summary - --summary-format csv (no BOM there)', async () => {
    const dir = ws({ 'pe.md': PE_THREAT });
    const r = await run(dir, ['audit', '--summary', '-', '--summary-format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('file,line,column,')).toBe(true);
    expect(r.stdout.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('writes both report and summary with --out and --summary, the summary format from its extension', async () => {
    const dir = ws({ 'pe.md': PE_THREAT });
    const r = await run(dir, ['audit', '--out', 'r.html', '--summary', 'summary.JSON']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'summary.JSON'), 'utf8')).totals.templates).toBe(1);
    expect(existsSync(join(dir, 'r.html'))).toBe(true);
  });

  it('refuses a summary whose format it cannot tell, and two outputs to one file (exit 2)', async () => {
    const dir = ws({ 'ok.md': US_CLEAN });
    const a = await run(dir, ['audit', '--summary', 'summary.txt']);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe(
      'dunlint: cannot tell the summary\'s format from "summary.txt": name the file .csv or .json, or add --summary-format csv|json\n',
    );
    const b = await run(dir, ['audit', '--out', 'x.json', '--summary', './x.json']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--out and --summary name the same file');
    const c = await run(dir, ['audit', '--summary-format', 'csv']);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--summary-format needs --summary FILE');
    const d = await run(dir, ['audit', '--summary', 'a.xml', '--summary-format', 'xml']);
    expect(d.code).toBe(2);
  });

  it('says plainly when the report cannot be written', async () => {
    const dir = ws({ 'ok.md': US_CLEAN });
    const r = await run(dir, ['audit', '--out', 'missing/folder/r.html']);
    expect(r).toMatchObject({
      code: 2,
      stderr: 'dunlint: cannot write "missing/folder/r.html": its folder does not exist\n',
    });
  });

  it('writes the report but exits 2 when some files could not be read, and lists them in it', async () => {
    const dir = ws({ 'ok.md': US_CLEAN, 'broken.md': new Uint8Array([0x2d, 0x2d, 0x00, 0x01]) });
    const r = await run(dir, ['audit', '--out', 'r.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dunlint: error: broken.md: is a binary file');
    expect(r.stderr).toContain('the audit is incomplete: 1 file could not be read (listed in the report)');
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('Files not audited (1)');
    expect(html).toContain('broken.md: is a binary file');
  });

  it('uses the configuration (defaults, --rule) like check, and summarises it in the report', async () => {
    const noJurisdiction = PE_THREAT.replace('jurisdiction: PE\n', '');
    const dir = ws({ '.dunlintrc.yaml': 'defaults: { jurisdiction: PE }\n', 'pe.md': noJurisdiction });
    const r = await run(dir, ['audit', '--summary', '-', '--rule', 'no-legal-threat: warn']);
    const summary = JSON.parse(r.stdout);
    expect(summary.templates[0].jurisdiction).toBe('PE');
    expect(summary.config).toEqual({
      files: ['.dunlintrc.yaml'],
      presets: ['recommended'],
      ruleFlags: ['no-legal-threat: warn'],
      explicit: false,
    });
    // Two legal-threat errors turned into warnings, plus the false-urgency warning; the suppression stays.
    expect(summary.totals).toMatchObject({ errors: 0, warnings: 3, suppressions: 1 });
  });

  it('puts --title in the report, and takes --concurrency like check', async () => {
    const dir = ws({ 'pe.md': PE_THREAT, 'us.md': US_THREAT });
    const r = await run(dir, ['audit', '--out', 'r.html', '--title', 'Q4 review <draft>', '--concurrency', '2']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<h1>Q4 review &lt;draft&gt;</h1>');
    expect(html).toContain('<title>Q4 review &lt;draft&gt; — dunlint</title>');
    expect(pageData(html).findings).toHaveLength(10);
  });

  it('writes the report on stdout with --out -, and its own lines on stderr', async () => {
    const dir = ws({ 'ok.md': US_CLEAN });
    const r = await run(dir, ['audit', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout.trimEnd().endsWith('</html>')).toBe(true);
    expect(r.stderr).toBe('Audited 1 template: 0 with findings (0 errors, 0 warnings), 0 suppressed findings.\n');
    expect(existsSync(join(dir, 'dunlint-audit.html'))).toBe(false);
  });

  it('reports an empty folder as such, without failing', async () => {
    const dir = ws({ 'notes.txt': 'not a template' });
    const r = await run(dir, ['audit', '--out', 'r.html']);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('No templates were found in the audited paths.');
    expect(pageData(html).templates).toEqual([]);
  });

  it('gives the same report from --cache results (excerpts included)', async () => {
    const dir = ws({ 'pe.md': PE_THREAT, 'us.md': US_THREAT });
    expect((await run(dir, ['audit', '--cache', '--out', 'first.html'])).code).toBe(0);
    expect(existsSync(join(dir, '.dunlintcache'))).toBe(true);
    expect((await run(dir, ['audit', '--cache', '--out', 'second.html'])).code).toBe(0);
    const first = pageData(readFileSync(join(dir, 'first.html'), 'utf8'));
    const second = pageData(readFileSync(join(dir, 'second.html'), 'utf8'));
    expect(second).toEqual(first);
    expect(first.findings.some((f: { x: string[] }) => f.x[1] === 'demandar')).toBe(true);
  });

  it('draws no progress bar when not on a terminal (stderr stays clean)', async () => {
    const dir = ws({ 'ok.md': US_CLEAN });
    const r = await run(dir, ['audit', '--out', 'r.html']);
    expect(r.stderr).toBe('');
  });

  it('is listed in the help', async () => {
    const r = await run(ws({}), ['--help']);
    expect(r.stdout).toMatch(/audit \[options\] \[paths\.\.\.\]\s+audit templates: a self-contained HTML report/);
  });
});
