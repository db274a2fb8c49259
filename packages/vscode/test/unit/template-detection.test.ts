import { CONFIG_FILE_NAMES as CORE_CONFIG_FILE_NAMES } from '@dunlint/core';
import { describe, expect, it } from 'vitest';
import {
  ancestorFolders,
  CONFIG_FILE_NAMES,
  hasTemplateFrontMatter,
  isConfigFileName,
} from '../../src/template-detection.js';

const TEMPLATE = `---
id: us-reminder-sms
locale: en-US
channel: sms
jurisdiction: US
stage: reminder
creditor:
  name: Northwind Credit Union
---
Hi {{debtor_name}}.
`;

describe('hasTemplateFrontMatter', () => {
  it('recognises a dunlint template', () => {
    expect(hasTemplateFrontMatter(TEMPLATE)).toBe(true);
    expect(hasTemplateFrontMatter(`\uFEFF${TEMPLATE}`)).toBe(true);
    expect(hasTemplateFrontMatter(TEMPLATE.replace(/\n/g, '\r\n'))).toBe(true);
  });

  it('recognises a template whose front matter is still being typed (not closed yet)', () => {
    expect(hasTemplateFrontMatter('---\nchannel: whatsapp\nstage: overdue\nlocale: pt-BR\n')).toBe(true);
  });

  it('leaves other Markdown alone: no front matter, a blog post, a static site page', () => {
    expect(hasTemplateFrontMatter('# README\n\nchannel: sms\nstage: x\nlocale: en\n')).toBe(false);
    expect(hasTemplateFrontMatter('---\ntitle: Hello\nlayout: post\ndate: 2026-01-01\n---\nText\n')).toBe(false);
    expect(hasTemplateFrontMatter('---\ntitle: Docs\nlocale: en\nchannel: stable\n---\n')).toBe(false);
    expect(hasTemplateFrontMatter('')).toBe(false);
  });

  it('needs channel or stage, and counts only top-level keys', () => {
    expect(hasTemplateFrontMatter('---\nlocale: en\njurisdiction: US\ncreditor: { name: A }\n---\n')).toBe(false);
    expect(hasTemplateFrontMatter('---\nmeta:\n  channel: sms\n  stage: reminder\n  locale: en\n---\n')).toBe(false);
  });

  it('ignores keys that come after the front matter', () => {
    expect(hasTemplateFrontMatter('---\ntitle: x\n---\nchannel: sms\nstage: reminder\nlocale: en\n')).toBe(false);
  });
});

describe('configuration files', () => {
  it('are the core’s configuration file names', () => {
    expect(CONFIG_FILE_NAMES).toEqual(CORE_CONFIG_FILE_NAMES);
    expect(isConfigFileName('.dunlintrc.yaml')).toBe(true);
    expect(isConfigFileName('dunlintrc.yaml')).toBe(false);
  });

  it('are looked for from the file’s folder up to the root', () => {
    expect(ancestorFolders('/work/team/templates/a.md')).toEqual(['/work/team/templates', '/work/team', '/work', '/']);
  });
});
