/**
 * The audit's outputs, unit by unit: CSV quoting (RFC 4180 + formula defusing), the SVG charts,
 * escaping of untrusted template text, the self-contained HTML (CSP hashes, no external loads),
 * the JSON summary and the progress bar. Imported from the build, like the CLI runs them.
 */
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../packages/cli/dist/check.js';
import { ConfigFinder } from '../../packages/cli/dist/config-finder.js';
import { collectAudit } from '../../packages/cli/dist/audit/collect.js';
import { auditCsv, csvField, csvRow, CSV_COLUMNS } from '../../packages/cli/dist/audit/csv.js';
import { barChart, barValueText, CIRCUMFERENCE, donutChart, percent } from '../../packages/cli/dist/audit/charts.js';
import { escapeHtml, jsonForScript } from '../../packages/cli/dist/audit/escape.js';
import { auditHtml } from '../../packages/cli/dist/audit/html.js';
import { auditSummary } from '../../packages/cli/dist/audit/summary.js';
import { createProgress } from '../../packages/cli/dist/audit/progress.js';
import type { AuditData } from '../../packages/cli/dist/audit/model.js';
import { tempWorkspaces } from '../cli-scenarios/helpers.js';
import { PE_THREAT, US_CLEAN, US_THREAT, XSS, XSS_IMG, XSS_SCRIPT } from './fixtures.js';

const ws = tempWorkspaces();

async function audit(files: Record<string, string>): Promise<AuditData> {
  const dir = ws(files);
  const outcome = await runCheck({ cwd: dir, patterns: [], concurrency: 1 });
  return collectAudit({
    results: outcome.results,
    fileErrors: outcome.fileErrors,
    cwd: dir,
    paths: [],
    configs: new ConfigFinder(dir),
    version: '9.9.9',
    now: new Date('2026-12-01T10:20:30Z'),
  });
}

/** An RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes, CR or LF and doubles the quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "pay"')).toBe('"say ""pay"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(12)).toBe('12');
    expect(csvField('')).toBe('');
    expect(csvRow(['a', 'b,c', 3])).toBe('a,"b,c",3\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1 800')).toBe("'+1 800");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes one row per finding, with the columns in the documented order', async () => {
    const data = await audit({ 'pe.md': PE_THREAT, 'us.md': US_THREAT, 'ok.md': US_CLEAN.replace('id: t1', 'id: ok') });
    const rows = parseCsv(auditCsv(data));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]!.slice(0, 12)).toEqual([
      'file',
      'line',
      'column',
      'rule',
      'severity',
      'category',
      'jurisdiction',
      'language',
      'channel',
      'stage',
      'message',
      'legal',
    ]);
    expect(rows.length - 1).toBe(data.findings.length);
    const demandar = rows.find((r) => r[1] === '34' && r[2] === '28')!;
    expect(demandar.slice(0, 10)).toEqual([
      'pe.md',
      '34',
      '28',
      'no-legal-threat',
      'error',
      'tone',
      'PE',
      'es',
      'whatsapp',
      'reminder',
    ]);
    expect(demandar[10]).toContain('"demandar"');
    expect(demandar[11]).toMatch(/\(PE\)/);
    expect(demandar[12]).toBe('pe-threat');
    expect(demandar[13]).toMatch(/^https:\/\/.*no-legal-threat\.md$/);
    // Every row has every column, whatever the message holds (quotes, commas).
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});

describe('charts', () => {
  const rows = [
    { key: 'PE', label: 'PE · Perú', errors: 6, warnings: 2 },
    { key: 'US', label: 'US · United States', errors: 2, warnings: 2 },
    { key: 'BR', label: 'BR · Brasil', errors: 0, warnings: 0 },
  ];
  const widths = (svg: string, cls: string) =>
    [
      ...svg.matchAll(new RegExp(`<rect x="[\\d.]+" y="[\\d.]+" width="([\\d.]+)" height="\\d+" class="${cls}"`, 'g')),
    ].map((m) => Number(m[1]));

  it('draws one bar per row with its numbers as text, and an accessible title and description', () => {
    const svg = barChart({ id: 'chart-j', title: 'Findings by jurisdiction', rows });
    expect(svg.match(/<g class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="chart-j-title chart-j-desc"');
    expect(svg).toContain('<title id="chart-j-title">Findings by jurisdiction</title>');
    expect(svg).toContain(
      '<desc id="chart-j-desc">Findings by jurisdiction. PE · Perú: 6 errors, 2 warnings; US · United States: 2 errors, 2 warnings; BR · Brasil: 0 errors, 0 warnings.</desc>',
    );
    expect(svg).toContain('>8 (6 E, 2 W)</text>');
    expect(svg).toContain('>4 (2 E, 2 W)</text>');
    expect(svg).toContain('class="value">0</text>');
  });

  it('scales bars to the largest total and hatches the warnings (not colour alone)', () => {
    const svg = barChart({ id: 'c', title: 't', rows });
    const track = Number(/data-w="([\d.]+)"/.exec(svg)![1]);
    const [e1, e2, e3] = widths(svg, 'err');
    const [w1, w2] = widths(svg, 'warn" fill="url\\(#c-hatch\\)');
    expect(e1! + w1!).toBeCloseTo(track, 0);
    expect(e2! + w2!).toBeCloseTo(track / 2, 0);
    expect(e3).toBe(0);
    expect(svg).toContain('<pattern id="c-hatch"');
  });

  it('escapes labels and titles', () => {
    const svg = barChart({
      id: 'x',
      title: `T ${XSS_SCRIPT}`,
      rows: [{ key: XSS_IMG, label: XSS_IMG, errors: 1, warnings: 0 }],
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain(`data-key="${escapeHtml(XSS_IMG)}"`);
  });

  it('says so when there is nothing to draw', () => {
    const svg = barChart({ id: 'e', title: 'Findings by rule', rows: [] });
    expect(svg).toContain('No findings');
    expect(svg).not.toContain('<g class="bar"');
  });

  it('shows value labels that read without colour', () => {
    expect(barValueText(3, 0)).toBe('3 (3 E)');
    expect(barValueText(0, 2)).toBe('2 (2 W)');
    expect(barValueText(0, 0)).toBe('0');
  });

  it('draws a donut whose slices add up to the whole circle, with a text legend', () => {
    const svg = donutChart({
      id: 'd',
      title: 'Templates by result',
      unit: 'templates',
      slices: [
        { key: 'errors', label: 'With errors', value: 3, kind: 'err' },
        { key: 'warnings', label: 'With warnings only', value: 1, kind: 'warn' },
        { key: 'clean', label: 'Without findings', value: 196, kind: 'ok' },
      ],
    });
    const dashes = [...svg.matchAll(/stroke-dasharray="([\d.]+) /g)].map((m) => Number(m[1]));
    expect(dashes).toHaveLength(3);
    expect(dashes.reduce((a, b) => a + b, 0)).toBeCloseTo(CIRCUMFERENCE, 0);
    expect(svg).toContain('>200</text>');
    expect(svg).toContain('>3 · 2%</text>');
    expect(svg).toContain('>1 · &lt;1%</text>');
    expect(svg).toContain('stroke="url(#d-hatch)"');
    expect(svg).toContain('With warnings only 1 (&lt;1%)');
  });

  it('rounds percentages and never shows a small share as 0%', () => {
    expect(percent(0, 0)).toBe('0%');
    expect(percent(1, 1000)).toBe('<1%');
    expect(percent(1, 3)).toBe('33%');
    expect(percent(0, 5)).toBe('0%');
  });
});

describe('escaping', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('writes JSON that cannot end its script block and reads back the same', () => {
    const value = { t: `</script><script>alert(1)</script><!-- & \u2028 \u2029` };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('HTML report', () => {
  it('allows only its own inline style and script, by hash, and loads nothing', async () => {
    const html = auditHtml(await audit({ 'us.md': US_THREAT }));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
    const app = scripts.find((m) => !m[0].startsWith('<script type="application/json"'))![1]!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(app)}`);
    expect(csp).not.toContain('unsafe-inline');
    // Nothing to fetch: no external resources, no src attributes, no imports, no remote urls in CSS.
    expect(html).not.toMatch(/<link|<img|<iframe|\ssrc=|@import|url\(\s*['"]?(https?:|\/\/)/i);
    expect(style).not.toMatch(/https?:/);
  });

  it('renders untrusted template text only as text: the data block holds no markup', async () => {
    const data = await audit({ 'xss.md': XSS, 'us.md': US_THREAT });
    expect(data.templates.some((t) => t.id?.includes(XSS_SCRIPT))).toBe(true);
    const html = auditHtml(data);
    // Exactly two script elements: the data block and the report's own script.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain(XSS_SCRIPT);
    expect(html).not.toContain(XSS_IMG);
    const block = /<script type="application\/json" id="audit-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toContain('<');
    const page = JSON.parse(block);
    expect(page.templates.some((t: { id: string }) => t.id === `xss${XSS_SCRIPT}`)).toBe(true);
    expect(JSON.stringify(page.findings)).toContain(XSS_IMG.replace(/"/g, '\\"'));
  });

  it('states the whole-audit verdict and the totals in the page itself (without the script)', async () => {
    const html = auditHtml(await audit({ 'us.md': US_THREAT, 'ok.md': US_CLEAN.replace('id: t1', 'id: ok') }));
    expect(html).toContain('Whole audit: 1 template of 2 has errors that must be fixed before it is sent.');
    expect(html).toContain('<div class="n" data-total="errors">3</div>');
    expect(html).toContain('<div class="n" data-total="templates">2</div>');
    expect(html).toContain('dunlint 9.9.9');
    expect(html).toContain('2026-12-01 10:20 UTC');
    expect(html.match(/<svg /g)).toHaveLength(7);
  });
});

describe('JSON summary', () => {
  it('has the totals, the breakdowns, the ranked templates and the suppressions with their files', async () => {
    const data = await audit({ 'pe.md': PE_THREAT, 'us.md': US_THREAT });
    const summary = auditSummary(data);
    expect(Object.keys(summary)).toEqual([
      'schemaVersion',
      'tool',
      'title',
      'generatedAt',
      'paths',
      'config',
      'totals',
      'breakdowns',
      'templates',
      'suppressions',
      'unreadableFiles',
    ]);
    expect(Object.keys(summary.breakdowns)).toEqual([
      'category',
      'rule',
      'jurisdiction',
      'language',
      'channel',
      'stage',
    ]);
    expect(summary.templates.map((t) => t.file)).toEqual(['us.md', 'pe.md']);
    expect(summary.suppressions).toEqual([
      expect.objectContaining({ file: 'pe.md', rule: 'no-false-urgency', reason: 'aprobado por legal, ticket LEG-7' }),
    ]);
    expect(summary.suppressions[0]).not.toHaveProperty('template');
  });
});

describe('progress bar', () => {
  class Terminal extends Writable {
    text = '';
    constructor(readonly isTTY: boolean) {
      super();
    }
    columns = 120;
    override _write(chunk: Buffer, _enc: string, done: () => void): void {
      this.text += chunk.toString();
      done();
    }
  }

  it('draws files done/total, the rate and the ETA on a terminal, and clears itself', () => {
    const tty = new Terminal(true);
    // cli-progress redraws on its own timer: fake timers (and clock) make the frames deterministic.
    vi.useFakeTimers({ now: 0 });
    const progress = createProgress({ stream: tty });
    try {
      progress.update(0, 10);
      vi.advanceTimersByTime(2000);
      progress.update(4, 10);
      vi.advanceTimersByTime(150);
    } finally {
      vi.useRealTimers();
    }
    // eslint-disable-next-line no-control-regex -- ANSI escape sequences are what is removed here
    const drawn = tty.text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(drawn).toContain('Auditing');
    expect(drawn).toContain('4/10 files');
    expect(drawn).toContain('2 files/s');
    expect(drawn).toContain('ETA');
    progress.stop();
    expect(tty.text).toContain('\x1b[?25h'); // the cursor is shown again
  });

  it('writes nothing when the stream is not a terminal, or when there is none', () => {
    const pipe = new Terminal(false);
    const progress = createProgress({ stream: pipe });
    progress.update(0, 10);
    progress.update(10, 10);
    progress.stop();
    expect(pipe.text).toBe('');
    const none = createProgress({ stream: undefined });
    expect(() => {
      none.update(1, 2);
      none.stop();
    }).not.toThrow();
  });
});
