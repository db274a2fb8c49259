import { defineRule } from './api.js';
import { addFrontMatterKey, frontMatterRange } from '../document/front-matter-range.js';
import { DAYS, minutes, profileFor, type Day } from '../jurisdictions/profile.js';

const DAY_NAMES: Record<Day, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export default defineRule({
  id: 'send-window',
  meta: {
    category: 'jurisdiction',
    description:
      "The template's `send_window` stays inside the legal contact days and hours of its jurisdiction; a warning when `send_window` is missing.",
    severity: 'error',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      missing:
        "The template has no send_window, so nobody can check when it is sent. Add the days and hours it may go out, in the debtor's local time{{hint}}.",
      day: '{{jurisdiction}} does not allow collection contact on {{day}} ({{law}}). Remove "{{value}}" from send_window.days.',
      start:
        'send_window starts at {{value}}, before the legal {{allowed}} on {{days}} in {{jurisdiction}} ({{law}}). Start at {{allowed}} or later.',
      end: 'send_window ends at {{value}}, after the legal {{allowed}} on {{days}} in {{jurisdiction}} ({{law}}). End at {{allowed}} or earlier.',
      order:
        'send_window ends ({{end}}) before it starts ({{start}}). Write the start time first, e.g. start: "09:00", end: "18:00".',
      insert: 'Add send_window: {{text}}',
    },
    rationale:
      "Collection laws set the days and hours when a debtor may be contacted, in the debtor's local time: Peru forbids contact on weekends and between 20:00 and 07:00, Colombia allows Monday–Friday 7–19 and Saturday 8–15, São Paulo Monday–Friday 8–20 and Saturday 8–14, the US presumes that contact before 8 a.m. or after 9 p.m. is inconvenient. A template carries its `send_window` so that the sending system and the reviewer can check it; dunlint compares it with the jurisdiction profile (`packages/core/src/jurisdictions/<CODE>.yaml`). Where the hours are guidance rather than law (UK, Spain), a window outside them is a warning.",
    legal: [
      {
        law: 'FDCPA 15 U.S.C. §1692c(a)(1); Reg F 12 CFR 1006.6(b)(1)(i)',
        jurisdictions: ['US'],
        sources: ['S1', 'S10'],
      },
      { law: 'Ley 29571 art. 62(b)', jurisdictions: ['PE'], sources: ['S38', 'S41'] },
      { law: 'Ley 2300 de 2023 art. 3', jurisdictions: ['CO'], sources: ['S43', 'S44'] },
      { law: 'Lei estadual 15.426/2014 (SP)', jurisdictions: ['BR-SP'], sources: ['S30', 'S31b'] },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza (07:00–22:00)',
        jurisdictions: ['MX'],
        sources: ['S48', 'S49'],
      },
      { law: 'Ley 19.496 art. 37', jurisdictions: ['CL'], sources: ['S53', 'S54'] },
      {
        law: 'FCA CONC 7.9 (unreasonable times); MCOB 3A unsocial hours',
        jurisdictions: ['GB'],
        sources: ['S66', 'S71'],
      },
    ],
    examples: {
      valid: [
        {
          code: 'Hola {{debtor_name}}.',
          frontMatter: {
            jurisdiction: 'PE',
            locale: 'es-PE',
            send_window: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '19:00' },
          },
        },
      ],
      invalid: [
        {
          code: 'Hola {{debtor_name}}.',
          frontMatter: {
            jurisdiction: 'PE',
            locale: 'es-PE',
            send_window: { days: ['mon', 'sat'], start: '06:00', end: '21:00' },
          },
        },
      ],
    },
  },
  create(context) {
    const data = context.data;
    if (!data) return;
    const profile = profileFor(typeof data.jurisdiction === 'string' ? data.jurisdiction : undefined);
    const hours = profile.hours;
    const window = data.send_window as { days?: unknown; start?: unknown; end?: unknown } | undefined;
    if (!window || typeof window !== 'object') {
      const allowedDays = hours ? DAYS.filter((d) => hours.days[d]) : (['mon', 'tue', 'wed', 'thu', 'fri'] as Day[]);
      const starts = allowedDays.map((d) => hours?.days[d]?.[0] ?? '09:00');
      const ends = allowedDays.map((d) => hours?.days[d]?.[1] ?? '18:00');
      const start = starts.reduce((a, b) => (minutes(a) > minutes(b) ? a : b), '00:00');
      const end = ends.reduce((a, b) => (minutes(a) < minutes(b) ? a : b), '23:59');
      const text = `{ days: [${allowedDays.join(', ')}], start: "${start}", end: "${end}" }`;
      const fix = addFrontMatterKey(context.doc, 'send_window', text);
      context.report({
        messageId: 'missing',
        data: { hint: hours ? `; in ${profile.name}: ${hours.law}` : '' },
        range: frontMatterRange(context.doc, ['jurisdiction']),
        maxSeverity: 1,
        ...(fix ? { suggest: [{ messageId: 'insert' as const, data: { text }, fix }] } : {}),
      });
      return;
    }
    const start = typeof window.start === 'string' ? window.start : undefined;
    const end = typeof window.end === 'string' ? window.end : undefined;
    if (start && end && minutes(end) <= minutes(start)) {
      context.report({
        messageId: 'order',
        data: { start, end },
        range: frontMatterRange(context.doc, ['send_window', 'end']),
      });
      return;
    }
    if (!hours) return;
    const maxSeverity = hours.guidance ? 1 : undefined;
    const base = { jurisdiction: profile.name, law: hours.law };
    const days = Array.isArray(window.days)
      ? (window.days as unknown[]).filter((d): d is Day => DAYS.includes(d as Day))
      : [...DAYS];
    const open: Day[] = [];
    days.forEach((day, i) => {
      if (hours.days[day]) open.push(day);
      else
        context.report({
          messageId: 'day',
          data: { ...base, day: DAY_NAMES[day], value: day },
          range: frontMatterRange(context.doc, [
            'send_window',
            'days',
            String(Array.isArray(window.days) ? (window.days as unknown[]).indexOf(day) : i),
          ]),
          ...(maxSeverity ? { maxSeverity } : {}),
        });
    });
    if (open.length === 0) return;
    const latestStart = open.reduce((a, d) => Math.max(a, minutes(hours.days[d]![0])), 0);
    const earliestEnd = open.reduce((a, d) => Math.min(a, minutes(hours.days[d]![1])), 24 * 60);
    const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const dayList = (pick: (d: Day) => boolean) =>
      open
        .filter(pick)
        .map((d) => DAY_NAMES[d])
        .join(', ');
    if (start && minutes(start) < latestStart) {
      context.report({
        messageId: 'start',
        data: {
          ...base,
          value: start,
          allowed: fmt(latestStart),
          days: dayList((d) => minutes(hours.days[d]![0]) > minutes(start)),
        },
        range: frontMatterRange(context.doc, ['send_window', 'start']),
        ...(maxSeverity ? { maxSeverity } : {}),
      });
    }
    if (end && minutes(end) > earliestEnd) {
      context.report({
        messageId: 'end',
        data: {
          ...base,
          value: end,
          allowed: fmt(earliestEnd),
          days: dayList((d) => minutes(hours.days[d]![1]) < minutes(end)),
        },
        range: frontMatterRange(context.doc, ['send_window', 'end']),
        ...(maxSeverity ? { maxSeverity } : {}),
      });
    }
  },
});
