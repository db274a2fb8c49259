/**
 * Inline SVG charts for the audit report, drawn here (no chart library, nothing loaded from the
 * network). Accessible: each chart is an `img` with a title and a text description of its data,
 * every bar carries its numbers as text, and warnings are hatched as well as coloured so that no
 * meaning depends on colour alone. The report's script updates the bars in place when a filter
 * changes (see `client.ts`): the geometry it needs is in `data-*` attributes.
 */
import { escapeHtml } from './escape.js';

export interface BarDatum {
  key: string;
  label: string;
  errors: number;
  warnings: number;
}

export interface BarChartSpec {
  /** Unique in the page: used for element ids. */
  id: string;
  title: string;
  rows: readonly BarDatum[];
  /** Width in CSS pixels (the chart shrinks to fit a narrower container). */
  width?: number;
}

const ROW = 24;
const BAR = 14;
const TOP = 6;
const WIDTH = 500;
const CHAR = 6.9;
const VALUE_CHAR = 6.6;

/** Text for a count with its noun ("1 error", "3 warnings"). */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The value label of a bar: the total, then the split (text, so colour is not needed to read it). */
export function barValueText(errors: number, warnings: number): string {
  const total = errors + warnings;
  if (total === 0) return '0';
  const parts = [errors ? `${errors} E` : '', warnings ? `${warnings} W` : ''].filter(Boolean);
  return `${total} (${parts.join(', ')})`;
}

/** The spoken description of one bar ("PE · Perú: 3 errors, 2 warnings"). */
export function barDescription(d: Pick<BarDatum, 'label' | 'errors' | 'warnings'>): string {
  return `${d.label}: ${count(d.errors, 'error')}, ${count(d.warnings, 'warning')}`;
}

function truncate(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** The `<defs>` each chart carries: the warnings' hatching (ids are unique per chart). */
function defs(id: string): string {
  return (
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" class="warn-bg"/><line x1="0" y1="0" x2="0" y2="6" class="warn-line" stroke-width="2.5"/>` +
    `</pattern></defs>`
  );
}

/**
 * A horizontal stacked bar chart (errors solid, warnings hatched), one bar per row, in the given
 * order; bar lengths are relative to the largest total.
 */
export function barChart(spec: BarChartSpec): string {
  const id = escapeHtml(spec.id);
  const width = spec.width ?? WIDTH;
  const labelChars = Math.min(width < 700 ? 26 : 34, Math.max(8, ...spec.rows.map((r) => r.label.length)));
  const x0 = Math.round(labelChars * CHAR + 12);
  // Room after the longest bar for the longest value label ("1517 (835 E, 682 W)").
  const valueSpace = Math.round(
    12 + VALUE_CHAR * Math.max(1, ...spec.rows.map((r) => barValueText(r.errors, r.warnings).length)),
  );
  const barWidth = Math.max(40, width - x0 - valueSpace);
  const max = Math.max(0, ...spec.rows.map((r) => r.errors + r.warnings));
  const height = TOP * 2 + Math.max(1, spec.rows.length) * ROW;
  const description = spec.rows.length
    ? `${spec.title}. ${spec.rows.map(barDescription).join('; ')}.`
    : `${spec.title}: nothing to show.`;
  const out: string[] = [
    `<svg class="chart bar-chart" id="${id}" data-chart="${id}" data-x0="${x0}" data-w="${barWidth}" ` +
      `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
      `aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    defs(id),
  ];
  if (spec.rows.length === 0) {
    out.push(`<text x="0" y="${TOP + 16}" class="empty">No findings</text>`);
  }
  spec.rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    const scale = max > 0 ? barWidth / max : 0;
    const ew = round(r.errors * scale);
    const ww = round(r.warnings * scale);
    out.push(
      `<g class="bar" data-key="${escapeHtml(r.key)}" data-label="${escapeHtml(r.label)}">`,
      `<title>${escapeHtml(barDescription(r))}</title>`,
      `<text x="${x0 - 8}" y="${y + BAR - 2}" class="label" text-anchor="end">${escapeHtml(truncate(r.label, labelChars))}</text>`,
      `<rect x="${x0}" y="${y}" width="${barWidth}" height="${BAR}" class="track"/>`,
      `<rect x="${x0}" y="${y}" width="${ew}" height="${BAR}" class="err"/>`,
      `<rect x="${round(x0 + ew)}" y="${y}" width="${ww}" height="${BAR}" class="warn" fill="url(#${id}-hatch)"/>`,
      `<text x="${round(x0 + ew + ww + 6)}" y="${y + BAR - 2}" class="value">${escapeHtml(barValueText(r.errors, r.warnings))}</text>`,
      `</g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

export interface DonutSlice {
  key: string;
  label: string;
  value: number;
  /** CSS class of the slice (its colour and pattern). */
  kind: 'err' | 'warn' | 'ok';
}

export interface DonutSpec {
  id: string;
  title: string;
  /** The word under the total in the middle ("templates"). */
  unit: string;
  slices: readonly DonutSlice[];
}

const R = 56;
const STROKE = 24;
export const CIRCUMFERENCE = 2 * Math.PI * R;

export function percent(value: number, total: number): string {
  if (total === 0) return '0%';
  const p = (value / total) * 100;
  return `${p > 0 && p < 1 ? '<1' : Math.round(p)}%`;
}

/** A donut chart with a text legend (count and percentage per slice) and the total in the middle. */
export function donutChart(spec: DonutSpec): string {
  const id = escapeHtml(spec.id);
  const total = spec.slices.reduce((n, s) => n + s.value, 0);
  const description = `${spec.title}: ${spec.slices.map((s) => `${s.label} ${s.value} (${percent(s.value, total)})`).join(', ')}.`;
  const cx = 80;
  const cy = 80;
  const out: string[] = [
    `<svg class="chart donut-chart" id="${id}" data-chart="${id}" data-c="${CIRCUMFERENCE.toFixed(3)}" ` +
      `viewBox="0 0 420 160" width="420" height="160" role="img" aria-labelledby="${id}-title ${id}-desc" ` +
      `xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(description)}</desc>`,
    defs(id),
    `<g transform="rotate(-90 ${cx} ${cy})">`,
    `<circle cx="${cx}" cy="${cy}" r="${R}" class="track" fill="none" stroke-width="${STROKE}"/>`,
  ];
  let offset = 0;
  for (const s of spec.slices) {
    const len = total > 0 ? (s.value / total) * CIRCUMFERENCE : 0;
    out.push(
      `<circle class="slice ${s.kind}" data-key="${escapeHtml(s.key)}" cx="${cx}" cy="${cy}" r="${R}" fill="none" ` +
        `stroke-width="${STROKE}" stroke-dasharray="${round(len)} ${round(CIRCUMFERENCE - len)}" stroke-dashoffset="${round(-offset)}"` +
        `${s.kind === 'warn' ? ` stroke="url(#${id}-hatch)"` : ''}/>`,
    );
    offset += len;
  }
  out.push(
    '</g>',
    `<text x="${cx}" y="${cy + 2}" text-anchor="middle" class="total">${total}</text>`,
    `<text x="${cx}" y="${cy + 20}" text-anchor="middle" class="unit">${escapeHtml(spec.unit)}</text>`,
  );
  spec.slices.forEach((s, i) => {
    const y = 34 + i * 34;
    out.push(
      `<g class="legend" data-key="${escapeHtml(s.key)}">`,
      `<rect x="180" y="${y - 12}" width="16" height="16" class="swatch ${s.kind}"${s.kind === 'warn' ? ` fill="url(#${id}-hatch)"` : ''}/>`,
      `<text x="204" y="${y}" class="legend-label">${escapeHtml(s.label)}</text>`,
      `<text x="204" y="${y + 16}" class="legend-value">${escapeHtml(`${s.value} · ${percent(s.value, total)}`)}</text>`,
      '</g>',
    );
  });
  out.push('</svg>');
  return out.join('');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
