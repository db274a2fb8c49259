#!/usr/bin/env node
// Writes the generated, committed artefacts from their single sources in the BUILT packages
// (run `npm run build` first):
//   packages/core/schema/template.schema.json   <- templateSchema
//   packages/core/schema/config.schema.json     <- configSchema
//   packages/core/schema/phrase-lexicon.schema.json <- phraseLexiconSchema (team lexicons)
//   docs/rules/<rule-id>.md, docs/rules/README.md <- each rule's meta (examples are executed)
//   docs/configuration.md                       <- configSchema, presets, directives (examples are executed)
//   docs/schemas.md                             <- the schemas and where they are published
//   docs/jurisdictions/<CODE>.md, README.md     <- jurisdiction profiles (packages/core/src/jurisdictions)
//   docs/legal-sources.md                       <- docs/legal-sources.yaml, and what cites each source
//   templates/README.md                         <- the front matter of the starter templates
//
//   node scripts/generate.mjs           write the files (and remove docs/rules/*.md and
//                                       docs/jurisdictions/*.md that no rule or profile has)
//   node scripts/generate.mjs --check   write nothing; exit 1 listing missing, stale and extra files
//
// The output root is the repository, or `--root DIR` / the DUNLINT_GENERATE_ROOT environment
// variable (used by the tests to check a modified copy).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  LEGAL_SOURCES_PAGE,
  collectCitations,
  loadLegalSources,
  renderLegalSources,
  sourceLink,
} from './docs/legal-sources.mjs';
import { loadProfileFiles, renderJurisdictionIndex, renderJurisdictionPage } from './docs/jurisdictions.mjs';
import { renderSchemas } from './docs/schemas.mjs';
import { TEMPLATES_INDEX, renderTemplatesIndex } from './docs/templates-index.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const rootFlag = args.indexOf('--root');
const root = resolve(
  rootFlag !== -1 && args[rootFlag + 1] ? args[rootFlag + 1] : (process.env.DUNLINT_GENERATE_ROOT ?? repo),
);
const unknown = args.filter((a, i) => a !== '--check' && a !== '--root' && !(rootFlag !== -1 && i === rootFlag + 1));
if (unknown.length > 0) {
  console.error(
    `generate: unknown argument ${unknown.join(' ')}. Usage: node scripts/generate.mjs [--check] [--root DIR]`,
  );
  process.exit(2);
}

let core;
let ruleDocs;
let schemaUrls;
try {
  core = await import('@dunlint/core');
  ruleDocs = await import(pathToFileURL(join(repo, 'packages/cli/dist/rule-docs.js')).href);
  schemaUrls = await import(pathToFileURL(join(repo, 'packages/cli/dist/schema-urls.js')).href);
} catch (error) {
  console.error(`generate: cannot load the built packages (${error.message}). Run "npm run build" first.`);
  process.exit(2);
}
const {
  builtinRules,
  configSchema,
  templateSchema,
  presetConfig,
  PRESET_NAMES,
  CONFIG_FILE_NAMES,
  parseConfigText,
  lint,
} = core;
const { renderRuleDoc, renderRuleIndex, runRuleExamples, strictSeverity, CATEGORY_TITLES } = ruleDocs;

/** Problems found while executing docs examples; any of them fails the run. */
const exampleProblems = [];

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

// ---------------------------------------------------------------------------------------------
// docs/configuration.md

function fenced(content, info) {
  return `\`\`\`${info}\n${content.endsWith('\n') ? content : `${content}\n`}\`\`\``;
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const isSeverity = (node) => Array.isArray(node.enum) && node.enum.includes('off') && node.enum.includes('error');

/** A short, readable type for a JSON Schema node. */
function typeOf(node) {
  if (!node || typeof node !== 'object') return 'any';
  if (isSeverity(node)) return 'severity (`off`, `warn`, `error`)';
  if (node.enum) return node.enum.map((v) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``).join(', ');
  if (node.oneOf) return node.oneOf.map(typeOf).join(' or ');
  if (node.type === 'array' && Array.isArray(node.items)) {
    return `[${node.items.map((item) => (isSeverity(item) ? 'severity' : item.type === 'object' ? 'options' : typeOf(item))).join(', ')}]`;
  }
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'any'}`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
    return `map of ${node.propertyNames ? 'rule id' : 'name'} → ${typeOf(node.additionalProperties)}`;
  }
  return node.type ?? 'any';
}

function propertyTable(properties, required = []) {
  const rows = Object.entries(properties).map(
    ([key, node]) =>
      `| \`${key}\`${required.includes(key) ? ' (required)' : ''} | ${cell(typeOf(node))} | ${cell(node.description ?? '')} |`,
  );
  return ['| Key | Type | Meaning |', '|---|---|---|', ...rows].join('\n');
}

/** The example configuration; validated with the real config parser so it cannot rot. */
function exampleConfig() {
  const ids = [...builtinRules.keys()];
  const pick = (preferred) => (ids.includes(preferred) ? preferred : ids[0]);
  const text = [
    '# .dunlintrc.yaml',
    `# yaml-language-server: $schema=${schemaUrls.schemaUrl('config')}`,
    'root: true',
    'extends: [recommended]          # or strict, or ./base.yaml',
    'defaults: { jurisdiction: BR, locale: pt-BR, channel: whatsapp }',
    'rules:',
    `  ${pick('placeholder-unused')}: error`,
    `  ${pick('unused-directive')}: off`,
    'overrides:',
    '  - files: ["us/**"]',
    '    defaults: { jurisdiction: US, locale: en-US }',
    `    rules: { ${pick('placeholder-unused')}: warn }`,
    'ignores: ["drafts/**"]',
    'settings:',
    '  reviewMaxAgeMonths: 6',
  ].join('\n');
  try {
    parseConfigText(text, '.dunlintrc.yaml', builtinRules);
  } catch (error) {
    exampleProblems.push(`docs/configuration.md: the example configuration is not valid: ${error.message}`);
  }
  return text;
}

/** A template with a directive, linted to show (and check) what the directive does. */
function directiveExample() {
  const rule = builtinRules.has('placeholder-undeclared') ? 'placeholder-undeclared' : undefined;
  if (!rule) return [];
  const template = [
    '---',
    'id: reminder-legacy',
    'locale: en-US',
    'channel: sms',
    'jurisdiction: US',
    'stage: reminder',
    'creditor: { name: Acme Finance }',
    'contact: { phone: "+1 800-555-0100" }',
    'send_window: { days: [mon, tue, wed, thu, fri], start: "09:00", end: "20:00" }',
    'consent: { basis: contract }',
    'variables:',
    '  debtor_name: { type: string, sample: Sam }',
    '  amount: { type: money, sample: "$120.50" }',
    '  due_date: { type: date, sample: "2026-11-30" }',
    '  payment_link: { type: url, sample: "https://pay.example/abc" }',
    '---',
    'Hi {{debtor_name}}, this is Sam from {{creditor.name}}.',
    `<!-- dunlint-disable-next-line ${rule} -- the sending system fills account_ref; approved by legal, ticket LEG-42 -->`,
    '{{amount}} on account {{account_ref}} was due on {{due_date}}. Pay at {{payment_link}} or call {{contact.phone}}.',
    'This is an attempt to collect a debt and any information obtained will be used for that purpose. Reply STOP to opt out.',
    '',
  ].join('\n');
  const result = lint(template);
  const s = result.suppressed.find((x) => x.ruleId === rule);
  if (result.messages.length > 0 || !s) {
    exampleProblems.push(
      `docs/configuration.md: the directive example should lint clean with one suppression, got ${JSON.stringify(result.messages.map((m) => m.message))}`,
    );
    return [];
  }
  const noReason = template.replace(/ -- [^>]*-->/, ' -->');
  const withoutReason = lint(noReason).messages.map(
    (m) => `${m.line}:${m.column}  ${m.severity === 2 ? 'error' : 'warning'}  ${m.message}  ${m.ruleId}`,
  );
  return [
    'For example, this template uses a value that the sending system fills in but that is not declared:',
    '',
    fenced(template, 'markdown'),
    '',
    `dunlint reports nothing for it, and records the suppression (\`dunlint check --format json\` lists it with the reason): line ${s.line}, \`${s.ruleId}\`, reason "${s.reason}".`,
    '',
    'Without the reason, the comment silences nothing and dunlint reports both the comment and the finding:',
    '',
    fenced(withoutReason.join('\n'), 'text'),
  ];
}

function renderConfiguration() {
  const props = configSchema.properties;
  const out = [
    '# Configuration',
    '',
    '<!-- Generated by scripts/generate.mjs from the config schema and the presets. Do not edit: run npm run generate. -->',
    '',
    `dunlint reads its settings from a file named one of ${CONFIG_FILE_NAMES.map((n) => `\`${n}\``).join(', ')}. For each template it uses the nearest such file, looking in the template's folder and then upward (the nearest folder wins); \`--config FILE\` picks one explicitly. When no file is found, the \`recommended\` preset applies.`,
    '',
    'Configuration is **data only**: YAML or JSON, never code. Nothing in a configuration file (or anything it extends) is executed, so dunlint is safe to run on a repository you do not trust.',
    '',
    `The file follows a JSON Schema that ships with dunlint, \`@dunlint/core/schema/config.schema.json\`, published at <${schemaUrls.schemaUrl('config')}>. Editors that understand the \`yaml-language-server\` comment (as in the example) check the file and complete keys and values as you type; \`dunlint init\` writes the comment for you. The front matter of templates has a schema too: see [JSON Schemas](schemas.md) for both, and for other ways to set editors up.`,
    '',
    '## Example',
    '',
    fenced(exampleConfig(), 'yaml'),
    '',
    '## Keys',
    '',
  ];
  for (const [key, node] of Object.entries(props)) {
    out.push(`### \`${key}\``, '', `Type: ${typeOf(node)}.`, '', node.description ?? '', '');
    if (node.properties) out.push(propertyTable(node.properties, node.required), '');
    if (node.type === 'array' && node.items?.properties) {
      out.push('Each entry has:', '', propertyTable(node.items.properties, node.items.required), '');
    }
    if (key === 'rules') {
      out.push(
        "Each rule is set to `off`, `warn` or `error` (or `0`, `1`, `2`), or to `[severity, options]` for rules that take options. Options are checked against the rule's own schema, and an unknown rule id is an error (with a did-you-mean), so a typo never silently turns nothing off. The [list of rules](rules/README.md) links to each rule's page.",
        '',
      );
    }
    if (key === 'overrides') {
      out.push(
        'Overrides apply in order after the rest of the file, to the files their `files` globs match (minus `excludedFiles`); globs are relative to the configuration file.',
        '',
      );
    }
  }

  out.push(
    '## Presets',
    '',
    '`extends` names the preset the file builds on. A file whose `extends` chain names no preset builds on `recommended`.',
    '',
    '- `recommended`: each rule at its default severity.',
    '- `strict`: every rule on; rules that are off by default become warnings, and some rules are stricter.',
    '',
  );
  const presets = Object.fromEntries(PRESET_NAMES.map((name) => [name, presetConfig(name, builtinRules).rules]));
  out.push(
    `| Rule | ${PRESET_NAMES.map((n) => `\`${n}\``).join(' | ')} |`,
    `|---|${PRESET_NAMES.map(() => '---|').join('')}`,
  );
  const categories = Object.keys(CATEGORY_TITLES);
  const rules = [...builtinRules.values()].sort(
    (a, b) => categories.indexOf(a.meta.category) - categories.indexOf(b.meta.category) || a.id.localeCompare(b.id),
  );
  for (const rule of rules) {
    out.push(
      `| [\`${rule.id}\`](rules/${rule.id}.md) | ${PRESET_NAMES.map((n) => `\`${presets[n][rule.id]}\``).join(' | ')} |`,
    );
    if (presets.strict?.[rule.id] !== undefined && presets.strict[rule.id] !== strictSeverity(rule)) {
      exampleProblems.push(`docs/configuration.md: strict severity of ${rule.id} disagrees with the renderer`);
    }
  }
  out.push('');

  out.push(
    '## `extends`: what may be extended',
    '',
    'To keep configuration free of code and confined to the project, `extends` accepts only:',
    '',
    `- the built-in presets: ${PRESET_NAMES.map((n) => `\`${n}\``).join(', ')};`,
    '- relative paths that start with `./` or `../`, resolved from the folder of the file that names them, and that stay **inside the workspace**.',
    '',
    'Anything else is an error that stops the run: package names (no `node_modules` lookup), absolute paths, URLs, and relative paths that lead outside the workspace. A cycle (`a.yaml` extends `b.yaml` extends `a.yaml`) is an error too. Extended files come first; the file that extends them overrides their settings.',
    '',
  );

  out.push(
    '## Inline directives',
    '',
    'A template can silence a finding with an HTML comment, which does not show in the sent message. Every directive except `dunlint-enable` needs a reason after ` -- `: a directive without one silences nothing and is reported (`invalid-directive`). The reasons are kept as an **audit trail**: `dunlint check --format json` lists every suppressed finding with its reason, and a directive that no longer silences anything is reported (`unused-directive`) so stale suppressions do not pile up.',
    '',
    '| Directive | What it silences |',
    '|---|---|',
    '| `<!-- dunlint-disable-next-line RULE -- reason -->` | the named rules on the next line |',
    '| `<!-- dunlint-disable-line RULE -- reason -->` | the named rules on the line(s) of the comment |',
    '| `<!-- dunlint-disable RULE -- reason -->` … `<!-- dunlint-enable RULE -->` | the named rules from the comment to the matching `dunlint-enable` (or to the end of the file) |',
    '| `<!-- dunlint-disable-file RULE -- reason -->` | the named rules in the whole file |',
    '',
    'Name several rules with commas (`rule-a, rule-b`); naming no rule silences every rule, which is rarely what you want. In the front matter, the same directives are written as YAML comments: `# dunlint-disable-next-line frontmatter-schema -- reason`.',
    '',
    ...directiveExample(),
    '',
  );
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// What to write

const files = new Map();
files.set('packages/core/schema/template.schema.json', json(templateSchema));
files.set('packages/core/schema/config.schema.json', json(configSchema));
files.set('packages/core/schema/phrase-lexicon.schema.json', json(core.phraseLexiconSchema));
for (const [id, rule] of builtinRules) {
  files.set(`docs/rules/${id}.md`, renderRuleDoc(rule, { sourceLink: (key) => sourceLink(key, 'rules') }));
  for (const run of runRuleExamples(rule)) {
    const where = `docs/rules/${id}.md`;
    if (run.kind === 'invalid' && run.diagnostics.length === 0) {
      exampleProblems.push(`${where}: an invalid example is not reported by ${id}:\n${run.text}`);
    }
    if (run.kind === 'valid' && run.diagnostics.length > 0) {
      exampleProblems.push(
        `${where}: a valid example is reported by ${id}: ${run.diagnostics.map((d) => d.message).join('; ')}`,
      );
    }
  }
  // The default options shown on the page must be accepted by the rule's own options schema.
  if (rule.meta.defaultOptions) {
    const severity = rule.meta.severity === 'off' ? strictSeverity(rule) : rule.meta.severity;
    try {
      parseConfigText(
        JSON.stringify({ rules: { [id]: [severity, rule.meta.defaultOptions] } }),
        '.dunlintrc.json',
        builtinRules,
      );
    } catch (error) {
      exampleProblems.push(`docs/rules/${id}.md: the default options are not valid for the rule: ${error.message}`);
    }
  }
}
files.set('docs/rules/README.md', renderRuleIndex(builtinRules));
files.set('docs/configuration.md', renderConfiguration());
files.set('docs/schemas.md', renderSchemas(core, schemaUrls));

// Jurisdiction profiles, and the legal sources that rules and profiles cite.
const profileFiles = loadProfileFiles(join(repo, 'packages/core/src/jurisdictions'));
const legalSources = loadLegalSources(root);
for (const code of core.profileCodes()) {
  files.set(
    `docs/jurisdictions/${code}.md`,
    renderJurisdictionPage(code, { core, files: profileFiles, sources: legalSources }),
  );
}
files.set('docs/jurisdictions/README.md', renderJurisdictionIndex({ core }));
const citations = collectCitations(builtinRules, profileFiles);
for (const [key, by] of citations) {
  if (!legalSources.has(key)) {
    const who = [
      ...[...by.rules].map((r) => `rule ${r}`),
      ...[...by.jurisdictions].map((j) => `jurisdictions/${j}.yaml`),
    ];
    exampleProblems.push(
      `${LEGAL_SOURCES_PAGE}: source ${key}, cited by ${who.join(', ')}, is not in docs/legal-sources.yaml`,
    );
  }
}
files.set(LEGAL_SOURCES_PAGE, renderLegalSources(legalSources, citations));

// The index of the starter templates, from their front matter.
const templatesIndex = renderTemplatesIndex(root, core);
files.set(TEMPLATES_INDEX, templatesIndex.text);
exampleProblems.push(...templatesIndex.problems);

const read = (rel) => {
  const abs = join(root, rel);
  return existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
};

/** docs/rules/*.md and docs/jurisdictions/*.md files that no rule or profile has (the indexes excepted). */
function extraRuleDocs() {
  return ['docs/rules', 'docs/jurisdictions'].flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${folder}/${name}`)
      .filter((rel) => !files.has(rel))
      .sort();
  });
}

const shown = relative(process.cwd(), root) || '.';
if (check) {
  const problems = [];
  for (const [rel, content] of files) {
    const current = read(rel);
    if (current === undefined) problems.push(`  missing  ${rel}`);
    else if (current !== content) problems.push(`  stale    ${rel}`);
  }
  for (const rel of extraRuleDocs()) problems.push(`  extra    ${rel} (no rule or profile has this name)`);
  for (const p of exampleProblems) console.error(`generate: ${p}`);
  if (problems.length > 0) {
    console.error(`Generated files are out of date in ${shown}:\n${problems.join('\n')}\nrun npm run generate`);
    process.exit(1);
  }
  if (exampleProblems.length > 0) process.exit(1);
  console.log(`Generated files are up to date (${files.size} files).`);
} else {
  let written = 0;
  for (const [rel, content] of files) {
    if (read(rel) === content) continue;
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    written++;
    console.log(`wrote    ${rel}`);
  }
  for (const rel of extraRuleDocs()) {
    rmSync(join(root, rel));
    console.log(`removed  ${rel} (no rule or profile has this name)`);
  }
  console.log(`${written} of ${files.size} generated files changed in ${shown}.`);
  for (const p of exampleProblems) console.error(`generate: ${p}`);
  if (exampleProblems.length > 0) process.exit(1);
}
