/**
 * How the preview maps a template range onto the rendered text (packages/lsp/src/preview.ts):
 * through sample values of other lengths than their placeholders, removed comments, unresolved
 * placeholders and quoted front matter strings.
 */
import { lint, parseTemplate, renderBody, renderMessage, type OffsetRange } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import { mapProblems, renderedRanges } from '../../packages/lsp/src/preview.js';

const TEMPLATE = `---
id: t
locale: en-US
channel: sms
jurisdiction: US
stage: reminder
creditor: { name: Acme Finance }
contact: { phone: "+1 800-555-0100" }
variables:
  name: { type: string, sample: Christopher Alexander }
  amount: { type: money, sample: "$7" }
  code: { type: id }
email:
  subject: "Hello {{name}}"
---
Hi {{name}}, pay {{amount}} now.
<!-- dunlint-disable-next-line no-shouting -- approved, LEG-1 -->
Your code is {{code}}.
`;

const doc = parseTemplate(TEMPLATE);
const data = doc.frontMatter!.data;
const body = renderBody(doc, data);

/** The template range of the `nth` occurrence of `search` (or of a part of it: `from`, `length`). */
function source(search: string, from = 0, length = search.length - from, nth = 0): OffsetRange {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEMPLATE.indexOf(search, at + 1);
  if (at === -1) throw new Error(`"${search}" not in the template`);
  return [at + from, at + from + length];
}

const texts = (ranges: OffsetRange[], text = body.text) => ranges.map(([s, e]) => text.slice(s, e));

describe('renderedRanges', () => {
  it('renders the body as expected (the fixture)', () => {
    expect(body.text).toBe('Hi Christopher Alexander, pay $7 now.\nYour code is {{code}}.');
  });

  it('finds text after samples longer and shorter than their placeholders', () => {
    expect(texts(renderedRanges(body, source('now')))).toEqual(['now']);
    expect(texts(renderedRanges(body, source('pay')))).toEqual(['pay']);
    expect(texts(renderedRanges(body, source('Your code')))).toEqual(['Your code']);
  });

  it('covers the whole sample when a range touches any part of its placeholder', () => {
    expect(texts(renderedRanges(body, source('{{amount}}')))).toEqual(['$7']);
    expect(texts(renderedRanges(body, source('{{amount}}', 3, 2)))).toEqual(['$7']);
    expect(texts(renderedRanges(body, source('{{name}}', 0, 1, 1)))).toEqual(['Christopher Alexander']);
  });

  it('keeps a range across a sample in one piece', () => {
    expect(texts(renderedRanges(body, source('pay {{amount}} now')))).toEqual(['pay $7 now']);
    expect(texts(renderedRanges(body, source('Hi {{name}}, pay')))).toEqual(['Hi Christopher Alexander, pay']);
  });

  it('maps an unresolved placeholder (no sample) onto its text as written', () => {
    expect(texts(renderedRanges(body, source('{{code}}')))).toEqual(['{{code}}']);
  });

  it('finds nothing for a removed comment, an empty range or the front matter', () => {
    expect(renderedRanges(body, source('dunlint-disable-next-line'))).toEqual([]);
    const [at] = source('now');
    expect(renderedRanges(body, [at, at])).toEqual([]);
    expect(renderedRanges(body, source('channel: sms'))).toEqual([]);
  });

  it('spans the line where a comment was removed without a gap', () => {
    const range: OffsetRange = [source('now')[0], source('Your code')[1]];
    expect(texts(renderedRanges(body, range))).toEqual(['now.\nYour code']);
  });

  it('maps front matter strings without their quotes', () => {
    const subject = renderMessage(doc, data).parts.find((p) => p.where === 'email.subject')!;
    expect(subject.text).toBe('Hello Christopher Alexander');
    expect(texts(renderedRanges(subject, source('Hello')), subject.text)).toEqual(['Hello']);
    expect(texts(renderedRanges(subject, source('{{name}}', 0, 8, 0)), subject.text)).toEqual([
      'Christopher Alexander',
    ]);
  });
});

describe('mapProblems', () => {
  it('marks the problems on the rendered text and lists every problem', () => {
    const text = TEMPLATE.replace('pay {{amount}} now.', 'pay {{amount}} now or you will be arrested.');
    const parsed = parseTemplate(text);
    const messages = lint(text, {}).messages;
    const { highlights, problems } = mapProblems(renderMessage(parsed, parsed.frontMatter!.data).parts, messages);
    expect(problems).toHaveLength(messages.length);
    const arrest = highlights.filter((h) => h.ruleId === 'no-arrest-threat');
    expect(arrest).toHaveLength(1);
    const bodyText = renderBody(parsed, parsed.frontMatter!.data).text;
    expect(bodyText.slice(arrest[0]!.start, arrest[0]!.end)).toBe('arrested');
    for (const p of problems) {
      expect(p.shown).toBe(highlights.some((h) => h.ruleId === p.ruleId && h.line === p.line && h.column === p.column));
    }
    const status = (rule: string) => problems.find((p) => p.ruleId === rule);
    // In the front matter, and in a comment that is not rendered: listed, not marked.
    expect(status('send-window')).toMatchObject({ shown: false, missing: false });
    expect(status('unused-directive')).toMatchObject({ shown: false, missing: false });
    // Missing content (anchored on the first body line in the editor): listed as missing, not marked.
    expect(status('require-opt-out')).toMatchObject({ shown: false, missing: true });
    expect(highlights.some((h) => h.ruleId === 'require-opt-out')).toBe(false);
  });
});
