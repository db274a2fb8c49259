/**
 * The audit's JSON summary (`dunlint audit --summary summary.json`): totals, the breakdowns the
 * report charts, the templates ranked by severity and the suppressions with their reasons. The
 * findings themselves are in the CSV and the HTML report.
 */
import type { AuditData } from './model.js';

export const SUMMARY_SCHEMA_VERSION = 1;

export function auditSummary(data: AuditData) {
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    tool: data.tool,
    title: data.title,
    generatedAt: data.generatedAt,
    paths: data.paths,
    config: data.config,
    totals: data.totals,
    breakdowns: data.breakdowns,
    templates: data.templates,
    suppressions: data.suppressions.map(({ template, ...s }) => ({
      file: data.templates[template]!.file,
      ...s,
    })),
    unreadableFiles: data.unreadableFiles,
  };
}

export function auditSummaryJson(data: AuditData): string {
  return `${JSON.stringify(auditSummary(data), null, 2)}\n`;
}
