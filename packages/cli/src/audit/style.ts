/** The audit report's stylesheet (inlined; system fonts only, nothing loaded). */
export const REPORT_CSS = `
:root {
  color-scheme: light;
  --ink: #1d2433;
  --muted: #5b6472;
  --line: #d9dee6;
  --soft: #f4f6f9;
  --paper: #ffffff;
  --accent: #1f4e79;
  --err: #b42318;
  --err-soft: #fdecea;
  --warn: #c98a0b;
  --warn-ink: #7a4d00;
  --warn-soft: #fff5de;
  --ok: #2e7d4f;
  --ok-soft: #e8f5ee;
  --mark: #ffe08a;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { background: var(--soft); }
body { margin: 0; font: 15px/1.5 var(--font); color: var(--ink); }
a { color: var(--accent); }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.25rem; margin-bottom: 4px; }
h3 { font-size: 0.95rem; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

header.top { background: var(--accent); color: #fff; padding: 28px 0 24px; }
header.top .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; opacity: 0.85; }
header.top h1 { font-size: 1.75rem; margin: 4px 0 8px; }
header.top .meta { font-size: 0.9rem; opacity: 0.92; display: flex; flex-wrap: wrap; gap: 4px 18px; }
header.top .actions { float: right; }
header.top button { background: transparent; color: #fff; border: 1px solid rgba(255, 255, 255, 0.6); }
header.top button:hover { background: rgba(255, 255, 255, 0.12); }

main { padding: 20px 0 40px; }
section.card, .panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 18px 20px; margin: 0 0 18px; }
.section-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; flex-wrap: wrap; margin-bottom: 10px; }
.section-note { color: var(--muted); font-size: 0.85rem; }
.filtered-tag { display: none; font-size: 0.72rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: var(--accent); border: 1px solid var(--accent); border-radius: 999px; padding: 1px 8px; margin-left: 8px; vertical-align: middle; }
body.is-filtered .filtered-tag { display: inline-block; }

.verdict { display: flex; gap: 12px; align-items: center; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; font-weight: 600; border: 1px solid; }
.verdict .icon { font-size: 1.2rem; }
.verdict.fail { background: var(--err-soft); border-color: #f3b8b2; color: #7a1a12; }
.verdict.warn { background: var(--warn-soft); border-color: #f1d28a; color: var(--warn-ink); }
.verdict.pass { background: var(--ok-soft); border-color: #a9d8bc; color: #1d5535; }

.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
.kpi { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; border-top: 4px solid var(--line); }
.kpi .n { font-size: 1.9rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.1; }
.kpi .l { color: var(--muted); font-size: 0.85rem; }
.kpi.k-err { border-top-color: var(--err); }
.kpi.k-err .n { color: var(--err); }
.kpi.k-warn { border-top-color: var(--warn); }
.kpi.k-warn .n { color: var(--warn-ink); }
.kpi.k-ok { border-top-color: var(--ok); }
.kpi.k-sup { border-top-color: var(--accent); }

.filters { position: sticky; top: 0; z-index: 5; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin-bottom: 18px; box-shadow: 0 2px 6px rgba(20, 30, 50, 0.06); }
.filters form { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px 12px; align-items: end; }
.filters label { display: flex; flex-direction: column; font-size: 0.75rem; color: var(--muted); font-weight: 600; gap: 3px; }
.filters select, .filters input { font: inherit; font-size: 0.9rem; padding: 5px 8px; border: 1px solid #b9c1cc; border-radius: 6px; background: #fff; color: var(--ink); min-width: 0; }
.filters .q { grid-column: span 2; }
.filters .status { margin-top: 8px; font-size: 0.85rem; color: var(--muted); display: flex; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
.filters .status strong { color: var(--ink); }
button { font: inherit; font-size: 0.85rem; padding: 5px 12px; border-radius: 6px; border: 1px solid #b9c1cc; background: #fff; color: var(--ink); cursor: pointer; }
button:hover { background: var(--soft); }
button:disabled { opacity: 0.45; cursor: default; }
button.link { border: 0; background: none; color: var(--accent); padding: 0; text-decoration: underline; font-size: inherit; }
:focus-visible { outline: 3px solid #6aa6e8; outline-offset: 2px; }

.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 18px; }
.chart-card { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; break-inside: avoid; min-width: 0; }
.chart-card h3 { margin-bottom: 8px; }
.chart-card.wide { grid-column: 1 / -1; }
svg.chart { max-width: 100%; height: auto; display: block; font-family: var(--font); }
svg.chart .label { font-size: 12px; fill: var(--ink); }
svg.chart .value { font-size: 11.5px; fill: var(--muted); font-variant-numeric: tabular-nums; }
svg.chart .empty { font-size: 13px; fill: var(--muted); }
svg.chart .track { fill: #eef1f5; }
svg.chart rect.err, svg.chart .swatch.err { fill: var(--err); }
svg.chart .warn-bg { fill: #f2c14e; }
svg.chart .warn-line { stroke: #9a6700; }
svg.chart .swatch.ok { fill: var(--ok); }
svg.chart circle.track { fill: none; stroke: #eef1f5; }
svg.chart circle.slice.err { stroke: var(--err); }
svg.chart circle.slice.ok { stroke: var(--ok); }
svg.chart .total { font-size: 26px; font-weight: 700; fill: var(--ink); }
svg.chart .unit, svg.chart .legend-value { font-size: 12px; fill: var(--muted); }
svg.chart .legend-label { font-size: 13px; fill: var(--ink); font-weight: 600; }
.legend-key { display: flex; gap: 16px; font-size: 0.8rem; color: var(--muted); margin: 0 0 12px; flex-wrap: wrap; }
.legend-key .sw { display: inline-block; width: 14px; height: 10px; vertical-align: -1px; margin-right: 5px; border-radius: 2px; }
.legend-key .sw.err { background: var(--err); }
.legend-key .sw.warn { background: repeating-linear-gradient(45deg, #f2c14e 0 3px, #9a6700 3px 5px); }

table { width: 100%; border-collapse: collapse; font-size: 0.86rem; table-layout: fixed; }
col.c-rank { width: 3.4em; }
col.c-j { width: 7.5em; }
col.c-l { width: 7em; }
col.c-c { width: 7em; }
col.c-s { width: 10em; }
col.c-n { width: 7.4em; }
col.c-act { width: 8.5em; }
td.code { font-family: var(--mono); font-size: 0.8rem; }
button.show { white-space: nowrap; }
col.c-where { width: 21%; }
col.c-rule { width: 14%; }
col.c-why { width: 19%; }
col.c-dir { width: 23%; }
.clamp { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 0.78rem; font-weight: 600; color: var(--muted); background: var(--soft); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.file, .file { font-family: var(--mono); font-size: 0.8rem; overflow-wrap: anywhere; }
td code { font-family: var(--mono); font-size: 0.78rem; overflow-wrap: anywhere; }
tr.zero td { color: var(--muted); }
.n-err { color: var(--err); font-weight: 700; }
.n-warn { color: var(--warn-ink); font-weight: 700; }
.tid { display: block; color: var(--muted); font-size: 0.78rem; font-family: var(--font); }

.badge { display: inline-block; font-size: 0.72rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; padding: 1px 7px; border-radius: 4px; border: 1px solid; white-space: nowrap; }
.badge.error { color: #fff; background: var(--err); border-color: var(--err); }
.badge.warning { color: var(--warn-ink); background: var(--warn-soft); border-color: #e0b44a; }
.chip { display: inline-block; font-size: 0.75rem; padding: 0 7px; border-radius: 999px; background: var(--soft); border: 1px solid var(--line); color: var(--muted); margin-right: 4px; }

.group { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 14px; break-inside: avoid-page; }
.group-head { background: var(--soft); padding: 8px 12px; border-bottom: 1px solid var(--line); border-radius: 8px 8px 0 0; display: flex; justify-content: space-between; gap: 10px; flex-wrap: wrap; align-items: baseline; }
.group-head .file { font-weight: 600; }
.finding { padding: 10px 12px; border-bottom: 1px solid var(--line); break-inside: avoid; }
.finding:last-child { border-bottom: 0; }
.finding .head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.finding .loc { font-family: var(--mono); font-size: 0.8rem; color: var(--muted); }
.finding .rule { font-family: var(--mono); font-size: 0.82rem; }
.finding .fam { font-size: 0.78rem; color: var(--muted); }
.finding .msg { margin: 4px 0 6px; }
.excerpt { font-family: var(--mono); font-size: 0.8rem; background: #fbfbfc; border: 1px solid var(--line); border-left: 3px solid var(--line); border-radius: 4px; padding: 5px 8px; white-space: pre-wrap; word-break: break-word; margin: 0; }
.finding.sev-2 .excerpt { border-left-color: var(--err); }
.finding.sev-1 .excerpt { border-left-color: var(--warn); }
.excerpt .ln { color: var(--muted); user-select: none; margin-right: 8px; }
.excerpt mark { background: var(--mark); color: inherit; border-bottom: 2px solid #b07d00; padding: 0 1px; }
.excerpt .blank { color: var(--muted); font-style: italic; }
.legal { font-size: 0.82rem; color: var(--muted); margin-top: 6px; }
.legal b { color: var(--ink); font-weight: 600; }

.pager { display: flex; align-items: center; gap: 10px; justify-content: flex-end; margin-top: 10px; font-size: 0.85rem; color: var(--muted); }
.empty-state { color: var(--muted); padding: 12px 0; font-style: italic; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 0; font-size: 0.9rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.disclaimer { font-size: 0.8rem; color: var(--muted); margin-top: 14px; }
ul.plain { margin: 0; padding-left: 18px; }
noscript p { background: var(--warn-soft); border: 1px solid #f1d28a; border-radius: 6px; padding: 8px 12px; }
footer { color: var(--muted); font-size: 0.8rem; text-align: center; padding-bottom: 28px; }

@media (max-width: 640px) {
  .filters .q { grid-column: auto; }
  .charts { grid-template-columns: 1fr; }
}

@media print {
  @page { margin: 14mm 12mm; }
  html, body { background: #fff; font-size: 10.5pt; }
  header.top { background: #fff; color: var(--ink); border-bottom: 2px solid var(--accent); padding: 0 0 10px; }
  header.top .actions, .filters form, .pager, .no-print, button.show { display: none !important; }
  .filters { position: static; box-shadow: none; border: 0; padding: 0; margin: 0 0 10px; }
  .filters .status { margin: 0; }
  .wrap { max-width: none; padding: 0; }
  section.card, .panel { border: 0; padding: 0; margin-bottom: 16px; }
  .charts { grid-template-columns: 1fr 1fr; }
  .chart-card, .kpi, .group-head, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  th { position: static; }
  .clamp { display: block; -webkit-line-clamp: none; overflow: visible; }
  a { color: var(--ink); }
  .verdict, .kpi, .badge, .excerpt mark, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
