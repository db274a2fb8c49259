import { defineRule } from './api.js';
import { frontMatterRange } from '../document/front-matter-range.js';

/** Today's date as YYYY-MM-DD (UTC), or the `today` option (for reproducible audits and tests). */
function today(option: unknown): string {
  return typeof option === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(option)
    ? option
    : new Date().toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (both YYYY-MM-DD). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export default defineRule({
  id: 'review-expiry',
  meta: {
    category: 'jurisdiction',
    description: 'The legal sign-off (`review.approved_at`) is not older than the allowed age (default 12 months).',
    severity: 'off',
    strictSeverity: 'warn',
    languages: 'all',
    messages: {
      expired:
        'Legal approved this template on {{date}}, {{months}} months ago; reviews expire after {{max}} months. Ask legal to review it again and update review.approved_at.',
      future: 'review.approved_at ({{date}}) is in the future. Write the date legal actually approved the template.',
    },
    rationale:
      "Laws, regulators' guidance and the company's own products change: a template approved years ago may no longer be compliant. A periodic legal review, recorded in the template, keeps the library honest and gives auditors a date to check. The maximum age is `settings.reviewMaxAgeMonths` in the configuration (default 12).",
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        today: {
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          description: 'Audit as of this date (default: today).',
        },
      },
    },
    examples: {
      valid: [
        { code: 'Hi {{debtor_name}}.', frontMatter: { review: { approved_by: 'Legal', approved_at: '2099-01-01' } } },
      ],
      invalid: [
        { code: 'Hi {{debtor_name}}.', frontMatter: { review: { approved_by: 'Legal', approved_at: '2020-01-15' } } },
      ],
    },
  },
  create(context) {
    const review = context.data?.review as { approved_at?: unknown } | undefined;
    if (!review || typeof review !== 'object') return;
    const raw = review.approved_at;
    const date = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : undefined;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return; // frontmatter-schema reports a malformed date
    const now = today(context.options.today);
    const range = frontMatterRange(context.doc, ['review', 'approved_at']);
    if (date > now) {
      // A future date is only plausible when the audit date was set explicitly.
      if (typeof context.options.today === 'string') context.report({ messageId: 'future', data: { date }, range });
      return;
    }
    const max = context.settings?.reviewMaxAgeMonths ?? 12;
    const months = monthsBetween(date, now);
    if (months >= max) context.report({ messageId: 'expired', data: { date, months, max }, range });
  },
});
