import { pathToFileURL } from 'node:url';
import type { Rule } from '@dunlint/core';
import type { Formatter } from '../types.js';
import { displayPath, legalLine } from './shared.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function level(severity: string): 'error' | 'warning' | 'none' {
  return severity === 'error' ? 'error' : severity === 'warn' ? 'warning' : 'none';
}

function ruleDescriptor(rule: Rule) {
  const legal = legalLine(rule);
  const helpText = [rule.meta.rationale, legal ? `Legal basis: ${legal}` : '', `Docs: ${rule.meta.docs.url}`].filter(
    Boolean,
  );
  const helpMarkdown = [
    rule.meta.rationale,
    ...(rule.meta.legal && rule.meta.legal.length > 0
      ? ['**Legal basis**', ...rule.meta.legal.map((l) => `- ${l.law}`)]
      : []),
    `[Rule documentation](${rule.meta.docs.url})`,
  ];
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.rationale },
    helpUri: rule.meta.docs.url,
    help: { text: helpText.join('\n\n'), markdown: helpMarkdown.join('\n\n') },
    defaultConfiguration: { level: level(rule.meta.severity), enabled: rule.meta.severity !== 'off' },
    properties: {
      category: rule.meta.category,
      tags: [...new Set([rule.meta.category, ...(rule.meta.legal?.flatMap((l) => l.jurisdictions ?? []) ?? [])])],
      ...(legal ? { legalBasis: rule.meta.legal?.map((l) => l.law) } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule described
 * (with `helpUri` and its legal basis in `help`), file locations relative to `%SRCROOT%`.
 */
export const sarif: Formatter = (results, { cwd, rules, version }) => {
  const ruleList = [...rules.values()];
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((file) => {
    const uri = displayPath(file.filePath, cwd);
    const relativeToRoot = !uri.startsWith('/') && !uri.startsWith('<');
    return file.messages.map((m) => ({
      ruleId: m.ruleId ?? 'dunlint/fatal',
      ...(m.ruleId && index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: relativeToRoot
              ? { uri, uriBaseId: '%SRCROOT%' }
              : { uri: uri.startsWith('/') ? pathToFileURL(uri).href : uri },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
      ...(m.fix
        ? {
            fixes: [
              {
                description: { text: 'dunlint --fix' },
                artifactChanges: [
                  {
                    artifactLocation: relativeToRoot
                      ? { uri, uriBaseId: '%SRCROOT%' }
                      : { uri: uri.startsWith('/') ? pathToFileURL(uri).href : uri },
                    replacements: [
                      {
                        deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] },
                        insertedContent: { text: m.fix.text },
                      },
                    ],
                  },
                ],
              },
            ],
          }
        : {}),
    }));
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dunlint',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/dunlint/dunlint',
            rules: ruleList.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
