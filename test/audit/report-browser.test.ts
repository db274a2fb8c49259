/**
 * The audit report in a real browser (Debian's Chromium driven by playwright-core), offline:
 * every network request is blocked and recorded, and none may be attempted. Checks the charts,
 * a filter that changes the lists and the totals, the free-text search, paging, that injected
 * markup stays text, and saves screenshots under test-artifacts/audit/ (gitignored).
 *
 * Needs /usr/bin/chromium (or DUNLINT_CHROMIUM): scripts/e2e-setup.sh installs it. Without it the
 * test is skipped with a message, except in CI (CI=true) or with DUNLINT_E2E=1, where it fails.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, workspace } from '../cli-scenarios/helpers.js';
import { copies, PE_CLEAN, PE_THREAT, US_CLEAN, US_THREAT, XSS, XSS_IMG, XSS_SCRIPT } from './fixtures.js';

const CHROMIUM = process.env.DUNLINT_CHROMIUM || '/usr/bin/chromium';
const REQUIRED = (Boolean(process.env.CI) && process.env.CI !== 'false') || process.env.DUNLINT_E2E === '1';
const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts/audit');
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const available = existsSync(CHROMIUM);
if (!available && !REQUIRED) {
  console.warn(
    `report-browser.test.ts: skipped: no Chromium at ${CHROMIUM}. Install it with scripts/e2e-setup.sh ` +
      '(or apt-get install chromium), or point DUNLINT_CHROMIUM at a Chromium binary.',
  );
}

describe.skipIf(!available && !REQUIRED)('the audit report in Chromium (offline)', () => {
  let browser: Browser | undefined;
  let dispose: (() => void) | undefined;
  let reportUrl = '';
  let summary: {
    totals: { errors: number; warnings: number; templates: number };
    breakdowns: Record<string, { key: string; errors: number; warnings: number; templates: number }[]>;
  };

  beforeAll(async () => {
    if (!available)
      throw new Error(
        `Chromium is required here (CI or DUNLINT_E2E=1) but ${CHROMIUM} does not exist: run scripts/e2e-setup.sh`,
      );
    // 2 PE templates with errors, 1 clean PE, US with errors and a clean one, an injection attempt,
    // and 60 more US templates with errors so that the findings span more than one page.
    const w = workspace({
      'pe/threat.md': PE_THREAT,
      'pe/threat-2.md': PE_THREAT.replace('id: pe-threat', 'id: pe-threat-2'),
      'pe/clean.md': PE_CLEAN,
      'us/threat.md': US_THREAT,
      'us/clean.md': US_CLEAN.replace('id: t1', 'id: us-clean'),
      'xss/evil.md': XSS,
      ...copies(US_THREAT, 'bulk', 60, 'id: us-threat'),
    });
    dispose = w.dispose;
    const r = await run(w.dir, [
      'audit',
      '.',
      '--out',
      'report.html',
      '--summary',
      'summary.json',
      '--concurrency',
      '1',
    ]);
    expect(r.code).toBe(0);
    summary = JSON.parse(readFileSync(join(w.dir, 'summary.json'), 'utf8'));
    reportUrl = pathToFileURL(join(w.dir, 'report.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    dispose?.();
  });

  /** Opens the report with the network blocked; records every request and every problem. */
  async function open(hash = ''): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const requests: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(reportUrl)) return route.continue();
      requests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('request', (req) => {
      if (!req.url().startsWith(reportUrl)) requests.push(req.url());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(reportUrl + hash);
    await page.waitForSelector('body.ready');
    return { page, requests, problems };
  }

  const total = (page: Page, key: string) =>
    page
      .locator(`[data-total="${key}"]`)
      .first()
      .innerText()
      .then((t) => Number(t.replace(/,/g, '')));

  it('renders offline: no request, no CSP violation, no script error', async () => {
    const { page, requests, problems } = await open();
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator('#findings-list .finding').count()).toBe(50);
    await page.screenshot({ path: join(ARTIFACTS, 'report-overview.png'), fullPage: false });
    await page.context().close();
  });

  it('draws the charts with one bar per value', async () => {
    const { page } = await open();
    const bars = (dim: string) => page.locator(`svg.bar-chart[data-dim="${dim}"] g.bar`).count();
    expect(await page.locator('svg.bar-chart').count()).toBe(6);
    expect(await page.locator('svg.donut-chart circle.slice').count()).toBe(3);
    for (const dim of ['category', 'rule', 'jurisdiction', 'language', 'channel', 'stage'])
      expect(await bars(dim), dim).toBe(summary.breakdowns[dim]!.length);
    expect(await bars('jurisdiction')).toBe(2);
    const pe = page.locator('svg.bar-chart[data-dim="jurisdiction"] g.bar[data-key="PE"] text.value');
    const peRow = summary.breakdowns.jurisdiction!.find((r) => r.key === 'PE')!;
    expect(await pe.textContent()).toBe(`${peRow.errors + peRow.warnings} (${peRow.errors} E, ${peRow.warnings} W)`);
    await page.locator('#charts').screenshot({ path: join(ARTIFACTS, 'report-charts.png') });
    await page.context().close();
  });

  it('filters by jurisdiction: the lists, the totals and the charts change', async () => {
    const { page, requests, problems } = await open();
    const before = { errors: await total(page, 'errors'), templates: await total(page, 'templates') };
    expect(before).toEqual({ errors: summary.totals.errors, templates: summary.totals.templates });

    await page.selectOption('select[name="jurisdiction"]', 'PE');
    const pe = summary.breakdowns.jurisdiction!.find((r) => r.key === 'PE')!;
    expect(await total(page, 'errors')).toBe(pe.errors);
    expect(await total(page, 'warnings')).toBe(pe.warnings);
    expect(await total(page, 'templates')).toBe(3);
    expect(await total(page, 'withFindings')).toBe(2);
    expect(await total(page, 'clean')).toBe(1);
    expect(await total(page, 'suppressions')).toBe(2);
    // Every listed template and finding is Peruvian.
    const jurisdictions = await page.locator('#templates-body td.code:nth-of-type(3)').allInnerTexts();
    expect(jurisdictions).toEqual(['PE', 'PE', 'PE']);
    const groups = await page.locator('#findings-list .group-head .file').allInnerTexts();
    expect(groups).toEqual(['pe/threat-2.md', 'pe/threat.md']);
    expect(await page.locator('#findings-list .finding').count()).toBe(pe.errors + pe.warnings);
    // The US bar drops to zero; the status says what is filtered.
    expect(
      await page.locator('svg.bar-chart[data-dim="jurisdiction"] g.bar[data-key="US"] text.value').textContent(),
    ).toBe('0');
    await expect.poll(() => page.locator('#filter-status').innerText()).toContain('Filtered view: jurisdiction PE');
    expect(await page.locator('#suppressions-body tr').count()).toBe(2);
    expect(page.url()).toContain('#jurisdiction=PE');
    await page.screenshot({ path: join(ARTIFACTS, 'report-filtered-PE.png'), fullPage: false });

    await page.click('#clear-filters');
    expect(await total(page, 'errors')).toBe(summary.totals.errors);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('filters by severity, rule and free text (accents do not matter), and opens a filter from the URL', async () => {
    const { page } = await open('#rule=no-legal-threat&severity=error');
    expect(await page.locator('select[name="rule"]').inputValue()).toBe('no-legal-threat');
    const badges = await page.locator('#findings-list .finding .rule').allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['no-legal-threat']));
    expect(await total(page, 'warnings')).toBe(0);
    await page.click('#clear-filters');

    await page.fill('input[name="q"]', 'EMBARGAR');
    await expect.poll(() => page.locator('#findings-list .finding').count()).toBe(2);
    expect(await page.locator('#findings-list mark').allInnerTexts()).toEqual(['embargar', 'embargar']);
    await page.context().close();
  });

  it('pages through long lists', async () => {
    const { page } = await open();
    const findings = summary.totals.errors + summary.totals.warnings;
    const info = page.locator('#findings-pager .page-info');
    expect(await info.innerText()).toBe(`Findings 1–50 of ${findings} · page 1 of ${Math.ceil(findings / 50)}`);
    const first = await page.locator('#findings-list .finding .loc').first().innerText();
    await page.locator('#findings-pager button', { hasText: 'Next' }).click();
    expect(await info.innerText()).toMatch(/^Findings 51–100 of/);
    expect(await page.locator('#findings-list .finding .loc').first().innerText()).not.toBe(first);
    await page.context().close();
  });

  it('shows injected markup as text and runs none of it', async () => {
    const { page, problems } = await open();
    await page.fill('input[name="q"]', 'xss/evil.md');
    await expect.poll(() => page.locator('#findings-list .group-head .file').allInnerTexts()).toEqual(['xss/evil.md']);
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    const text = await page.locator('#findings-list').innerText();
    expect(text).toContain(XSS_SCRIPT);
    expect(text).toContain(XSS_IMG);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'report-injection-as-text.png'), fullPage: false });
    await page.context().close();
  });

  it('prints without the filter controls and the pagers, stating the filters in force', async () => {
    const { page } = await open('#jurisdiction=US');
    expect(await page.locator('#findings-pager button').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('#findings-pager button').first().isVisible()).toBe(false);
    expect(await page.locator('#filter-status').innerText()).toContain('Filtered view: jurisdiction US');
    await page.context().close();
  });
});
