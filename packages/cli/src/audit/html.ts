/**
 * The audit report: one self-contained HTML file. No network: system fonts, inline CSS, inline SVG
 * charts drawn here, one inline script; a Content-Security-Policy (meta tag) allows only that
 * style and that script (by their SHA-256 hashes) and nothing else to load. The data is embedded
 * once as JSON; the script renders the lists from it, paginated. Totals and charts are also drawn
 * here, so the page is complete without the script except for the lists.
 */
import { createHash } from 'node:crypto';
import { barChart, count, donutChart, type BarDatum } from './charts.js';
import { CATEGORY_LABELS } from './collect.js';
import { auditReportApp } from './client.js';
import { escapeHtml, jsonForScript } from './escape.js';
import type { AuditData, Dimension } from './model.js';
import { pageData } from './page-data.js';
import { REPORT_CSS } from './style.js';

const CHARTS: readonly { dim: Dimension; title: string; wide?: boolean }[] = [
  { dim: 'category', title: 'Findings by rule family' },
  { dim: 'jurisdiction', title: 'Findings by jurisdiction' },
  { dim: 'language', title: 'Findings by language' },
  { dim: 'channel', title: 'Findings by channel' },
  { dim: 'stage', title: 'Findings by stage' },
  { dim: 'rule', title: 'Findings by rule', wide: true },
];

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** `2026-12-01 18:04 UTC` */
function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function kpi(key: string, value: number, text: string, kind: string): string {
  return `<div class="kpi ${kind}"><div class="n" data-total="${key}">${value.toLocaleString('en')}</div><div class="l" data-label="${key}">${escapeHtml(text)}</div></div>`;
}

function verdict(data: AuditData): string {
  const t = data.totals;
  if (t.templates === 0)
    return `<div class="verdict warn" id="verdict"><span class="icon" aria-hidden="true">!</span><span>No templates were found in the audited paths.</span></div>`;
  if (t.templatesWithErrors > 0)
    return `<div class="verdict fail" id="verdict"><span class="icon" aria-hidden="true">✖</span><span>Whole audit: ${escapeHtml(count(t.templatesWithErrors, 'template'))} of ${t.templates.toLocaleString('en')} ${t.templatesWithErrors === 1 ? 'has' : 'have'} errors that must be fixed before ${t.templatesWithErrors === 1 ? 'it is' : 'they are'} sent${t.templatesWithWarningsOnly > 0 ? `; ${escapeHtml(count(t.templatesWithWarningsOnly, 'more template'))} only ${t.templatesWithWarningsOnly === 1 ? 'has' : 'have'} warnings to review` : ''}.</span></div>`;
  if (t.templatesWithWarningsOnly > 0)
    return `<div class="verdict warn" id="verdict"><span class="icon" aria-hidden="true">!</span><span>Whole audit: no errors. ${escapeHtml(count(t.templatesWithWarningsOnly, 'template'))} of ${t.templates.toLocaleString('en')} ${t.templatesWithWarningsOnly === 1 ? 'has' : 'have'} warnings to review.</span></div>`;
  return `<div class="verdict pass" id="verdict"><span class="icon" aria-hidden="true">✔</span><span>Whole audit: all ${escapeHtml(count(t.templates, 'template'))} passed with no errors and no warnings.</span></div>`;
}

function select(name: string, text: string, all: string, options: string): string {
  return `<label>${escapeHtml(text)}<select name="${name}"><option value="">${escapeHtml(all)}</option>${options}</select></label>`;
}

function options(rows: readonly { key: string; label: string; extra?: string }[]): string {
  return rows
    .map(
      (r) =>
        `<option value="${escapeHtml(r.key)}">${escapeHtml(r.label)}${r.extra ? escapeHtml(r.extra) : ''}</option>`,
    )
    .join('');
}

function filterBar(data: AuditData): string {
  const b = data.breakdowns;
  const findingsOf = (r: { errors: number; warnings: number }) => ` (${(r.errors + r.warnings).toLocaleString('en')})`;
  const templatesOf = (r: { templates: number }) => ` (${count(r.templates, 'template')})`;
  const ruleOptions = b.category
    .map((c) => {
      const rules = b.rule.filter((r) => data.rules[r.key]?.category === c.key);
      return rules.length
        ? `<optgroup label="${escapeHtml(c.label)}">${options(rules.map((r) => ({ ...r, extra: findingsOf(r) })))}</optgroup>`
        : '';
    })
    .join('');
  return `<div class="filters" role="region" aria-label="Filters">
<form id="filters" hidden>
${select('category', 'Rule family', 'All families', options(b.category.map((r) => ({ ...r, extra: findingsOf(r) }))))}
${select('rule', 'Rule', 'All rules', ruleOptions)}
${select('severity', 'Severity', 'All severities', '<option value="error">Errors only</option><option value="warning">Warnings only</option>')}
${select('jurisdiction', 'Jurisdiction', 'All jurisdictions', options(b.jurisdiction.map((r) => ({ ...r, extra: templatesOf(r) }))))}
${select('language', 'Language', 'All languages', options(b.language.map((r) => ({ ...r, extra: templatesOf(r) }))))}
${select('channel', 'Channel', 'All channels', options(b.channel.map((r) => ({ ...r, extra: templatesOf(r) }))))}
${select('stage', 'Stage', 'All stages', options(b.stage.map((r) => ({ ...r, extra: templatesOf(r) }))))}
<label class="q">Search (file, id, rule, message, reported words)<input type="search" name="q" autocomplete="off" spellcheck="false" placeholder="e.g. embargo, templates/pe/, reminder"></label>
<input type="hidden" name="file">
</form>
<div class="status"><span id="filter-status" aria-live="polite">Showing the whole audit.</span><span><span id="file-filter" hidden>Template: <span class="file"></span> <button type="button" class="link" id="clear-file">show all templates</button> · </span><button type="button" id="clear-filters" class="no-print" disabled>Clear filters</button></span></div>
</div>`;
}

function charts(data: AuditData): string {
  const t = data.totals;
  const donut = donutChart({
    id: 'chart-status',
    title: 'Templates by result',
    unit: 'templates',
    slices: [
      { key: 'errors', label: 'With errors', value: t.templatesWithErrors, kind: 'err' },
      { key: 'warnings', label: 'With warnings only', value: t.templatesWithWarningsOnly, kind: 'warn' },
      { key: 'clean', label: 'Without findings', value: t.cleanTemplates, kind: 'ok' },
    ],
  });
  const cards = CHARTS.map(({ dim, title, wide }) => {
    const rows: BarDatum[] = data.breakdowns[dim].map((r) => ({ ...r }));
    const svg = barChart({ id: `chart-${dim}`, title, rows, width: wide ? 1040 : 500 }).replace(
      '<svg ',
      `<svg data-dim="${dim}" `,
    );
    return `<figure class="chart-card${wide ? ' wide' : ''}"><h3>${escapeHtml(title)}</h3>${svg}</figure>`;
  });
  return `<section class="card" id="charts" aria-labelledby="charts-h">
<div class="section-head"><h2 id="charts-h">Overview<span class="filtered-tag">Filtered</span></h2><span class="section-note">Bars count findings; each bar shows its total, then errors (E) and warnings (W).</span></div>
<p class="legend-key"><span><span class="sw err"></span>Errors (solid)</span><span><span class="sw warn"></span>Warnings (hatched)</span></p>
<div class="charts"><figure class="chart-card"><h3>Templates by result</h3>${donut}</figure>${cards.join('')}</div>
</section>`;
}

function aboutSection(data: AuditData): string {
  const c = data.config;
  const list = (items: readonly string[], none: string) =>
    items.length
      ? `<ul class="plain">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
      : escapeHtml(none);
  const unreadable = data.unreadableFiles.length
    ? `<section class="card" id="unreadable" aria-labelledby="unreadable-h"><div class="section-head"><h2 id="unreadable-h">Files not audited (${data.unreadableFiles.length})</h2><span class="section-note">These files were found but could not be read as templates; they are not in the totals.</span></div>${list(data.unreadableFiles, '')}</section>`
    : '';
  return `${unreadable}<section class="card" id="about" aria-labelledby="about-h">
<div class="section-head"><h2 id="about-h">About this audit</h2></div>
<dl class="facts">
<dt>Generated</dt><dd><time datetime="${escapeHtml(data.generatedAt)}">${escapeHtml(utc(data.generatedAt))}</time></dd>
<dt>Tool</dt><dd>dunlint ${escapeHtml(data.tool.version)}</dd>
<dt>Paths audited</dt><dd><span class="file">${escapeHtml(data.paths.join(', '))}</span>${data.paths.length === 1 && data.paths[0] === '.' ? ' (the folder the audit was run in)' : ''}</dd>
<dt>Configuration</dt><dd>${list(c.files, 'none found: the built-in recommended preset')}</dd>
<dt>Presets</dt><dd>${escapeHtml(c.presets.join(', ') || 'none')}</dd>
${c.ruleFlags.length ? `<dt>Rule settings given on the command line</dt><dd>${list(c.ruleFlags, '')}</dd>` : ''}
<dt>Rule families</dt><dd>${escapeHtml(
    Object.entries(CATEGORY_LABELS)
      .filter(([k]) => k !== 'internal')
      .map(([, v]) => v)
      .join(' · '),
  )}</dd>
</dl>
<p class="disclaimer">Errors must be fixed before a template is sent; warnings are for review. A suppression is a finding that the template's authors silenced with an inline comment, with the reason they wrote; it is listed above as the audit trail. Each finding links to its rule's documentation and names the legal basis that applies in the template's jurisdiction. dunlint checks wording and structure; it is not legal advice.</p>
</section>`;
}

/** The whole report as one HTML document. */
export function auditHtml(data: AuditData): string {
  const script = `(${auditReportApp.toString()})();`;
  // Only quotes, letters, digits and base64: safe in a double-quoted attribute as written.
  const csp = [
    "default-src 'none'",
    `style-src ${sha256(REPORT_CSS)}`,
    `script-src ${sha256(script)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const t = data.totals;
  const title = `${data.title} — dunlint`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dunlint ${escapeHtml(data.tool.version)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><div class="wrap">
<div class="actions"><button type="button" id="print-report">Print or save as PDF</button></div>
<div class="kicker">dunlint audit report</div>
<h1>${escapeHtml(data.title)}</h1>
<div class="meta"><span>Generated <time datetime="${escapeHtml(data.generatedAt)}">${escapeHtml(utc(data.generatedAt))}</time></span><span>dunlint ${escapeHtml(data.tool.version)}</span><span>Paths: <span class="file">${escapeHtml(data.paths.join(', '))}</span></span><span>${escapeHtml(count(t.templates, 'template'))} audited</span></div>
</div></header>
<main class="wrap">
<noscript><p>The totals and charts below describe the whole audit. The lists of templates, findings and suppressions need JavaScript: open this file in a web browser with scripts allowed (it loads nothing from the network). The same findings are in the CSV summary (<code>dunlint audit --summary findings.csv</code>).</p></noscript>
${verdict(data)}
<section id="totals" aria-labelledby="totals-h">
<div class="section-head"><h2 id="totals-h">Totals<span class="filtered-tag">Filtered</span></h2></div>
<div class="kpis">
${kpi('templates', t.templates, 'templates audited', 'k-all')}
${kpi('withFindings', t.templatesWithFindings, 'templates with findings', 'k-find')}
${kpi('errors', t.errors, 'errors', 'k-err')}
${kpi('warnings', t.warnings, 'warnings', 'k-warn')}
${kpi('suppressions', t.suppressions, 'suppressed findings', 'k-sup')}
${kpi('clean', t.cleanTemplates, 'templates without findings', 'k-ok')}
</div>
</section>
${filterBar(data)}
${charts(data)}
<section class="card" id="templates" aria-labelledby="templates-h">
<div class="section-head"><h2 id="templates-h">Templates ranked by severity<span class="filtered-tag">Filtered</span></h2><span class="section-note">Most errors first, then most warnings.</span></div>
<div class="table-wrap"><table class="ranked"><colgroup><col class="c-rank"><col class="c-file"><col class="c-j"><col class="c-l"><col class="c-c"><col class="c-s"><col class="c-n"><col class="c-n"><col class="c-n"><col class="c-act"></colgroup><thead><tr><th class="num">#</th><th>Template</th><th>Jurisdiction</th><th>Language</th><th>Channel</th><th>Stage</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Suppressed</th><th class="no-print"><span class="visually-hidden">Actions</span></th></tr></thead>
<tbody id="templates-body"></tbody></table></div>
<div class="pager" id="templates-pager"></div>
</section>
<section class="card" id="findings" aria-labelledby="findings-h">
<div class="section-head"><h2 id="findings-h">Findings<span class="filtered-tag">Filtered</span></h2><span class="section-note">By template (in rank order), then by line. The reported words are highlighted.</span></div>
<div id="findings-list"></div>
<div class="pager" id="findings-pager"></div>
</section>
<section class="card" id="suppressions" aria-labelledby="suppressions-h">
<div class="section-head"><h2 id="suppressions-h">Suppressions: the audit trail<span class="filtered-tag">Filtered</span></h2><span class="section-note">Findings silenced by an inline <code>dunlint-disable</code> comment, with the reason written in it.<span id="suppressions-severity-note" hidden> The severity filter does not apply here: a suppressed finding is neither an error nor a warning.</span></span></div>
<div class="table-wrap"><table class="trail"><colgroup><col class="c-where"><col class="c-rule"><col class="c-why"><col class="c-dir"><col class="c-msg"></colgroup><thead><tr><th>Where</th><th>Rule</th><th>Reason given</th><th>Directive</th><th>Silenced finding</th></tr></thead>
<tbody id="suppressions-body"></tbody></table></div>
<div class="pager" id="suppressions-pager"></div>
</section>
${aboutSection(data)}
</main>
<footer>Generated by dunlint ${escapeHtml(data.tool.version)} · this file is self-contained and loads nothing from the network.</footer>
<script type="application/json" id="audit-data">${jsonForScript(pageData(data))}</script>
<script>${script}</script>
</body>
</html>
`;
}
