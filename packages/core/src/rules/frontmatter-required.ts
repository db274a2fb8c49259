import { defineRule } from './api.js';

const SKELETON = [
  '---',
  'id: my-template',
  'locale: en-US',
  'channel: sms',
  'jurisdiction: US',
  'stage: reminder',
  'creditor:',
  '  name: Your Company Name',
  'contact:',
  '  phone: "+1 555-0100"',
  '---',
  '',
];

export default defineRule({
  id: 'frontmatter-required',
  meta: {
    category: 'structure',
    description: 'Every template starts with YAML front matter that parses.',
    severity: 'error',
    languages: 'all',
    hasSuggestions: true,
    messages: {
      missing:
        'This template has no front matter. Start the file with a "---" block that says at least id, locale, channel, jurisdiction, stage, creditor and contact.',
      unterminated: 'The front matter is never closed: add a line with only "---" after the last key.',
      invalidYaml: 'The front matter is not valid YAML: {{reason}}.',
      insertSkeleton: 'Insert a front matter skeleton to fill in',
    },
    rationale:
      "dunlint learns from the front matter who the creditor is, which country's law applies, which channel carries the message and at which stage it is sent. Without it, none of the legal checks can run, so a template without readable front matter is always an error. The message points at the exact place where the YAML stops making sense.",
    examples: {
      valid: [],
      invalid: [{ code: 'Hi, this is a reminder about your payment.\n', frontMatter: { __none: true } }],
    },
  },
  create(context) {
    const { doc } = context;
    const fm = doc.frontMatter;
    if (!fm) {
      const end = doc.lines.lineEnd(1);
      context.report({
        messageId: 'missing',
        range: [0, Math.max(end, Math.min(1, doc.text.length))],
        suggest: [{ messageId: 'insertSkeleton', fix: { range: [0, 0], text: SKELETON.join(doc.eol) } }],
      });
      return;
    }
    if (fm.unterminated) {
      context.report({ messageId: 'unterminated', range: [0, 3] });
    }
    for (const error of fm.errors) {
      context.report({
        messageId: 'invalidYaml',
        data: { reason: error.message.replace(/\.$/, '') },
        range: error.range,
      });
    }
  },
});
