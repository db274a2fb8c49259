/**
 * Rule documentation, rendered from each rule's `meta`: the Markdown pages under `docs/rules/`
 * (written by `scripts/generate.mjs`, drift-checked in CI) and the terminal text of
 * `dunlint explain RULE`. Examples are executed here: the diagnostics shown under an example are
 * the ones `lint()` produces for it when the page is generated.
 */
import {
  builtinPhraseLexicon,
  LANGUAGES,
  type PhraseLexicon,
  builtinRules,
  exampleTemplate,
  lint,
  presetConfig,
  resolveFileConfig,
  type Diagnostic,
  type Language,
  type Rule,
  type RuleCategory,
  type RuleExample,
  type SeverityName,
} from '@dunlint/core';
import { stringify } from 'yaml';

/** Categories in the order the docs list them, with plain-language titles. */
export const CATEGORY_TITLES: Readonly<Record<RuleCategory, string>> = {
  structure: 'Structure',
  tone: 'Tone: harassing and threatening wording',
  privacy: 'Privacy: telling others about the debt',
  required: 'Required content',
  jurisdiction: 'Jurisdiction, schedule, consent and audit',
  channel: 'Channels (WhatsApp, SMS, e-mail)',
  directives: 'Inline directives',
};

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Spanish', pt: 'Portuguese' };

/** The rule's severity in the `strict` preset. */
export function strictSeverity(rule: Rule): SeverityName {
  const { severity, strictSeverity: strict } = rule.meta;
  return strict ?? (severity === 'off' ? 'warn' : severity);
}

/** One rule example with its full template text and what `lint()` reports for that rule. */
export interface ExampleRun {
  kind: 'valid' | 'invalid';
  example: RuleExample;
  language: Language;
  /** The whole template, as `exampleTemplate` builds it. */
  text: string;
  /** Diagnostics of this rule only (the rule is turned on even when it is off by default). */
  diagnostics: Diagnostic[];
}

/** Lints every example of a rule with `recommended` plus the rule itself turned on. */
export function runRuleExamples(rule: Rule): ExampleRun[] {
  const examples = rule.meta.examples;
  if (!examples) return [];
  const registry = new Map(builtinRules);
  registry.set(rule.id, rule);
  const on: SeverityName = rule.meta.severity === 'off' ? strictSeverity(rule) : rule.meta.severity;
  const config = resolveFileConfig(
    {
      layers: [
        { data: presetConfig('recommended', registry), baseDir: '', source: 'preset:recommended' },
        { data: { rules: { [rule.id]: on === 'off' ? 'warn' : on } }, baseDir: '', source: 'docs' },
      ],
    },
    undefined,
    registry,
  );
  const run = (kind: ExampleRun['kind'], example: RuleExample): ExampleRun => {
    const text = exampleTemplate(example);
    const result = lint(text, { config, rules: registry });
    return {
      kind,
      example,
      language: example.language ?? 'en',
      text,
      diagnostics: result.messages.filter((m) => m.ruleId === rule.id),
    };
  };
  return [...examples.invalid.map((e) => run('invalid', e)), ...examples.valid.map((e) => run('valid', e))];
}

function severityWord(level: 1 | 2): string {
  return level === 2 ? 'error' : 'warning';
}

/** `line:column  severity  message` lines, one per diagnostic. */
function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column}  ${severityWord(d.severity)}  ${d.message}`);
}

/** A fenced code block whose fence is longer than any backtick run inside `content`. */
function fenced(content: string, info: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${content.endsWith('\n') ? content : `${content}\n`}${fence}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function languagesText(rule: Rule): string {
  const { languages } = rule.meta;
  if (languages === 'all') return 'all (this rule does not read the wording of the message)';
  return languages.map((l) => `${LANGUAGE_NAMES[l]} (${l})`).join(', ');
}

function fixableText(rule: Rule): string {
  return rule.meta.fixable === 'code' ? 'yes: `dunlint check --fix` corrects it automatically' : 'no';
}

function suggestionsText(rule: Rule): string {
  return rule.meta.hasSuggestions ? 'yes: the editor offers a correction to pick' : 'no';
}

function jurisdictionsText(jurisdictions: readonly string[] | undefined): string {
  if (!jurisdictions || jurisdictions.length === 0 || jurisdictions.includes('*')) return 'everywhere';
  return jurisdictions.join(', ');
}

function offNote(rule: Rule): string | undefined {
  return rule.meta.severity === 'off'
    ? `This rule is off in \`recommended\`; the results below were produced with it turned on (as in \`strict\`).`
    : undefined;
}

/** Options as YAML: the default options as they would be written in a config, then the schema. */
function optionsYaml(rule: Rule): { defaults?: string; schema?: string } {
  const { schema, defaultOptions } = rule.meta;
  const out: { defaults?: string; schema?: string } = {};
  const severity = rule.meta.severity === 'off' ? strictSeverity(rule) : rule.meta.severity;
  if (defaultOptions && Object.keys(defaultOptions).length > 0) {
    const entry = stringify([severity, defaultOptions], {
      collectionStyle: 'flow',
      flowCollectionPadding: true,
      lineWidth: 0,
    }).trimEnd();
    out.defaults = `rules:\n  ${rule.id}: ${entry}`;
  }
  if (schema) out.schema = stringify(schema, { lineWidth: 0 }).trimEnd();
  return out;
}

interface OptionRow {
  name: string;
  type: string;
  description: string;
  defaultValue: string;
}

function optionRows(rule: Rule): OptionRow[] {
  const schema = rule.meta.schema as
    { properties?: Record<string, { type?: unknown; description?: string; enum?: unknown[] }> } | undefined;
  const defaults = rule.meta.defaultOptions ?? {};
  return Object.entries(schema?.properties ?? {}).map(([name, prop]) => ({
    name,
    type: prop.enum
      ? prop.enum.map((v) => JSON.stringify(v)).join(' \\| ')
      : Array.isArray(prop.type)
        ? prop.type.join(' \\| ')
        : String(prop.type ?? 'any'),
    description: prop.description ?? '',
    defaultValue: name in defaults ? JSON.stringify(defaults[name]) : '',
  }));
}

function suppressExplanation(rule: Rule): string {
  return `Put the comment on the line just above the text that is reported. Everything after \`--\` is the reason: it is required (a comment without one silences nothing and is reported by \`invalid-directive\`), and it stays in the template as an audit trail of who allowed the wording and why. A comment that no longer silences anything is reported by \`unused-directive\`. In the front matter, write the same directive as a YAML comment: \`# dunlint-disable-next-line ${rule.id} -- reason\`.`;
}

function suppressDirective(rule: Rule): string {
  return `<!-- dunlint-disable-next-line ${rule.id} -- approved by legal, ticket LEG-42 -->`;
}

function configureYaml(rule: Rule): string {
  const other = rule.meta.severity === 'error' ? 'warn' : 'error';
  return [
    '# .dunlintrc.yaml',
    'rules:',
    '  # turn the rule off:',
    `  ${rule.id}: off`,
    `  # or make it ${other === 'error' ? 'an error' : 'a warning'} instead:`,
    `  # ${rule.id}: ${other}`,
  ].join('\n');
}

/** Groups example runs by language when any example names one, keeping first-seen order. */
function byLanguage(runs: readonly ExampleRun[]): { language: Language | undefined; runs: ExampleRun[] }[] {
  if (!runs.some((r) => r.example.language)) return [{ language: undefined, runs: [...runs] }];
  const groups = new Map<Language, ExampleRun[]>();
  for (const r of runs) groups.set(r.language, [...(groups.get(r.language) ?? []), r]);
  return [...groups].map(([language, list]) => ({ language, runs: list }));
}

function markdownExamples(rule: Rule, runs: readonly ExampleRun[], depth: number): string[] {
  const h = '#'.repeat(depth);
  const out: string[] = [];
  const invalid = runs.filter((r) => r.kind === 'invalid');
  const valid = runs.filter((r) => r.kind === 'valid');
  if (invalid.length > 0) {
    out.push(`${h} Reported`, '');
    for (const r of invalid) {
      out.push(fenced(r.text, 'markdown'), '');
      if (r.diagnostics.length === 0) {
        out.push(`dunlint reports nothing for \`${rule.id}\` here. This example is out of date: please report it.`, '');
      } else {
        out.push('dunlint reports (line:column):', '', fenced(diagnosticLines(r.diagnostics).join('\n'), 'text'), '');
      }
    }
  }
  if (valid.length > 0) {
    out.push(`${h} Not reported`, '');
    for (const r of valid) {
      out.push(fenced(r.text, 'markdown'), '');
      if (r.diagnostics.length > 0) {
        out.push(
          `dunlint does report this example (it is out of date: please report it):`,
          '',
          fenced(diagnosticLines(r.diagnostics).join('\n'), 'text'),
          '',
        );
      }
    }
  }
  return out;
}

export interface RuleDocOptions {
  /** How a source key of the legal basis is shown, e.g. as a link to the page of legal sources. */
  sourceLink?: (key: string) => string;
}

/** The Markdown page of one rule (`docs/rules/<id>.md`). */
export function renderRuleDoc(rule: Rule, options: RuleDocOptions = {}): string {
  const { meta } = rule;
  const source = options.sourceLink ?? ((key: string) => key);
  const out: string[] = [
    `# ${rule.id}`,
    '',
    meta.description,
    '',
    '| | |',
    '|---|---|',
    `| Category | ${cell(CATEGORY_TITLES[meta.category])} (\`${meta.category}\`) |`,
    `| Default severity (\`recommended\`) | \`${meta.severity}\` |`,
    `| Severity in \`strict\` | \`${strictSeverity(rule)}\` |`,
    `| Languages | ${cell(languagesText(rule))} |`,
    `| Fixable | ${cell(fixableText(rule))} |`,
    `| Suggestions | ${cell(suggestionsText(rule))} |`,
    '',
    '## Why',
    '',
    meta.rationale,
    '',
    '## Legal basis',
    '',
  ];

  if (meta.legal && meta.legal.length > 0) {
    out.push(
      'This rule rests on the following laws and platform rules:',
      '',
      '| Law or rule | Where it applies | Sources |',
      '|---|---|---|',
      ...meta.legal.map(
        (l) =>
          `| ${cell(l.law)} | ${cell(jurisdictionsText(l.jurisdictions))} | ${l.sources?.length ? cell(l.sources.map(source).join(', ')) : ''} |`,
      ),
      '',
      options.sourceLink
        ? 'Each source key links to the [legal sources](../legal-sources.md), and each jurisdiction has a [profile page](../jurisdictions/README.md). dunlint is not legal advice: check with your legal team how these rules apply to your messages.'
        : "The source keys refer to the list of sources in the project's legal notes. dunlint is not legal advice: check with your legal team how these rules apply to your messages.",
      '',
    );
  } else {
    out.push(
      'None: this is a structural and quality rule. It does not enforce a law itself; it keeps templates well formed so that the sending systems and the legal rules read them correctly.',
      '',
    );
  }

  out.push('## Examples', '');
  const runs = runRuleExamples(rule);
  if (runs.length === 0) {
    out.push('This rule has no examples yet.', '');
  } else {
    out.push(
      'Each example is a whole template. The results under the reported ones are produced by running dunlint on the example when this page is generated.',
      '',
    );
    const note = offNote(rule);
    if (note) out.push(note, '');
    if (meta.languages === 'all') {
      out.push(
        'This rule does not read the wording of the message, so it works the same in English, Spanish and Portuguese templates.',
        '',
      );
    }
    for (const group of byLanguage(runs)) {
      if (group.language) {
        out.push(
          `### ${LANGUAGE_NAMES[group.language]} (${group.language})`,
          '',
          ...markdownExamples(rule, group.runs, 4),
        );
      } else {
        out.push(...markdownExamples(rule, group.runs, 3));
      }
    }
  }

  out.push(...lexiconSection(rule));

  out.push('## Options', '');
  const { defaults, schema } = optionsYaml(rule);
  if (!schema && !defaults) {
    out.push('This rule has no options.', '');
  } else {
    const rows = optionRows(rule);
    if (rows.length > 0) {
      out.push(
        '| Option | Type | Default | Description |',
        '|---|---|---|---|',
        ...rows.map(
          (r) =>
            `| \`${r.name}\` | ${r.type} | ${r.defaultValue ? `\`${cell(r.defaultValue)}\`` : ''} | ${cell(r.description)} |`,
        ),
        '',
      );
    }
    if (defaults)
      out.push('The default options, as they would be written in `.dunlintrc.yaml`:', '', fenced(defaults, 'yaml'), '');
    if (schema) out.push('The options schema (JSON Schema, shown as YAML):', '', fenced(schema, 'yaml'), '');
  }

  out.push(
    '## How to suppress',
    '',
    'When the wording has been reviewed and must stay, silence the finding for one line with an HTML comment (it does not show in the sent message):',
    '',
    fenced(suppressDirective(rule), 'markdown'),
    '',
    suppressExplanation(rule),
    '',
    '## Configure',
    '',
    fenced(configureYaml(rule), 'yaml'),
    '',
    'See the [configuration reference](../configuration.md) and the [list of rules](README.md).',
    '',
  );
  return out.join('\n');
}

/** The Markdown index of all rules (`docs/rules/README.md`), by category. */
/** What a phrase rule looks for, per language, from its lexicons' hints and examples. */
function lexiconSection(rule: Rule): string[] {
  const out: string[] = [];
  for (const language of LANGUAGES) {
    let lexicon: PhraseLexicon | undefined;
    try {
      lexicon = builtinPhraseLexicon(rule.id, language);
    } catch {
      lexicon = undefined;
    }
    if (!lexicon || !Array.isArray(lexicon.entries) || !lexicon.entries.some((e) => e.examples)) continue;
    if (out.length === 0)
      out.push(
        '## What it looks for',
        '',
        `The words come from the rule's lexicons (\`packages/core/src/lexicons/<language>/${rule.id}.yaml\`); every line below is checked by the test suite. Inflections, accents and capitals do not matter, and a negation or reassurance ("we will never…", "nunca…", "no…") is not reported. A team can add its own entries with the configuration's \`lexicons:\` (see [configuration](../configuration.md)).`,
        '',
      );
    out.push(`### ${LANGUAGE_NAMES[language]} (${language})`, '');
    if (lexicon.hint) out.push(`Advice shown with each finding: ${lexicon.hint}`, '');
    out.push('| Reported | Not reported |', '|---|---|');
    for (const e of lexicon.entries) {
      const yes = (e.examples?.match ?? []).map((x) => cell(x)).join('<br>');
      const no = (e.examples?.nomatch ?? []).map((x) => cell(x)).join('<br>');
      out.push(`| ${yes} | ${no} |`);
    }
    out.push('');
  }
  return out;
}

export function renderRuleIndex(rules: ReadonlyMap<string, Rule>): string {
  const out: string[] = [
    '# Rules',
    '',
    `dunlint has ${rules.size} rules. Each page says what the rule reports, why, its legal basis, examples, and how to configure or suppress it. The default severity is the one in the \`recommended\` preset; \`strict\` turns every rule on.`,
    '',
  ];
  for (const [category, title] of Object.entries(CATEGORY_TITLES) as [RuleCategory, string][]) {
    const list = [...rules.values()]
      .filter((r) => r.meta.category === category)
      .sort((a, b) => a.id.localeCompare(b.id));
    if (list.length === 0) continue;
    out.push(`## ${title}`, '', '| Rule | What it reports | Default | Strict |', '|---|---|---|---|');
    for (const r of list) {
      out.push(
        `| [\`${r.id}\`](${r.id}.md) | ${cell(r.meta.description)} | \`${r.meta.severity}\` | \`${strictSeverity(r)}\` |`,
      );
    }
    out.push('');
  }
  out.push('See the [configuration reference](../configuration.md) to change severities.', '');
  return out.join('\n');
}

/** Wraps prose at `width` columns, with `indent` in front of every line. */
function wrap(text: string, width = 100, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + line.length + 1 + word.length > width) {
        lines.push(indent + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(indent + line);
    lines.push('');
  }
  lines.pop();
  return lines.join('\n');
}

function heading(title: string, underline: string): string {
  return `${title}\n${underline.repeat(title.length)}`;
}

function indentBlock(text: string, indent: string): string {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l ? indent + l : indent.trimEnd()))
    .join('\n');
}

/** The same content as `renderRuleDoc`, for a terminal (`dunlint explain RULE`): no Markdown. */
export function renderRuleText(rule: Rule): string {
  const { meta } = rule;
  const facts: [string, string][] = [
    ['Category', `${CATEGORY_TITLES[meta.category]} (${meta.category})`],
    ['Default severity', `${meta.severity} (recommended), ${strictSeverity(rule)} (strict)`],
    ['Languages', languagesText(rule)],
    ['Fixable', fixableText(rule).replace(/`/g, '"')],
    ['Suggestions', suggestionsText(rule)],
  ];
  const width = Math.max(...facts.map(([k]) => k.length)) + 2;
  const out: string[] = [
    heading(rule.id, '='),
    wrap(meta.description),
    '',
    ...facts.map(([k, v]) => `  ${`${k}:`.padEnd(width)}${v}`),
    '',
    heading('Why', '-'),
    wrap(meta.rationale),
    '',
    heading('Legal basis', '-'),
  ];
  if (meta.legal && meta.legal.length > 0) {
    for (const l of meta.legal) {
      const sources = l.sources?.length ? ` [sources: ${l.sources.join(', ')}]` : '';
      out.push(wrap(`- ${l.law} (${jurisdictionsText(l.jurisdictions)})${sources}`, 100, '  '));
    }
  } else {
    out.push(wrap('None: this is a structural and quality rule; it keeps templates well formed.'));
  }
  out.push('');

  const runs = runRuleExamples(rule);
  if (runs.length > 0) {
    out.push(heading('Examples', '-'));
    const note = offNote(rule);
    if (note) out.push(wrap(note.replace(/`/g, '"')), '');
    for (const group of byLanguage(runs)) {
      const prefix = group.language ? `${LANGUAGE_NAMES[group.language]}: ` : '';
      for (const r of group.runs) {
        out.push(`${prefix}${r.kind === 'invalid' ? 'reported' : 'not reported'}:`, indentBlock(r.text, '    │ '));
        for (const line of diagnosticLines(r.diagnostics)) out.push(`  → ${line}`);
        out.push('');
      }
    }
  }

  const { defaults, schema } = optionsYaml(rule);
  if (defaults || schema) {
    out.push(heading('Options', '-'));
    for (const r of optionRows(rule)) {
      out.push(
        wrap(
          `- ${r.name} (${r.type.replace(/ \\\| /g, ' | ')}${r.defaultValue ? `, default ${r.defaultValue}` : ''})${r.description ? `: ${r.description}` : ''}`,
          100,
          '  ',
        ),
      );
    }
    if (defaults) out.push('In .dunlintrc.yaml:', indentBlock(defaults, '    '));
    out.push('');
  }

  out.push(
    heading('How to suppress', '-'),
    `    ${suppressDirective(rule)}`,
    '',
    wrap(suppressExplanation(rule).replace(/`/g, '"')),
    '',
    heading('Configure', '-'),
    indentBlock(configureYaml(rule), '    '),
    '',
    `Docs: ${meta.docs.url}`,
    '',
  );
  return out.join('\n');
}
