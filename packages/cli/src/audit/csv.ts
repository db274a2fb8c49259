/**
 * The audit's findings as CSV (RFC 4180): one row per finding, a header row, CRLF line ends,
 * every field quoted when it holds a comma, a quote, a CR or an LF (quotes doubled).
 *
 * Template text is untrusted and the file is meant for spreadsheets: a text field that starts
 * with `=`, `+`, `-`, `@`, a tab or a CR would be read as a formula by Excel, LibreOffice and
 * Google Sheets, so it gets a leading `'` (OWASP's advice against CSV injection).
 */
import type { AuditData } from './model.js';

export const CSV_COLUMNS = [
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
  'template_id',
  'docs_url',
] as const;

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function auditCsv(data: AuditData): string {
  let out = csvRow(CSV_COLUMNS);
  for (const f of data.findings) {
    const t = data.templates[f.template]!;
    out += csvRow([
      t.file,
      f.line,
      f.column,
      f.rule ?? 'internal',
      f.severity === 2 ? 'error' : 'warning',
      f.category,
      t.jurisdiction,
      t.language,
      t.channel,
      t.stage,
      f.message,
      f.legalScope === 'other'
        ? `(none specific to ${t.jurisdiction}; elsewhere:) ${f.legal.join('; ')}`
        : f.legal.join('; '),
      t.id ?? '',
      (f.rule && data.rules[f.rule]?.url) || '',
    ]);
  }
  return out;
}
