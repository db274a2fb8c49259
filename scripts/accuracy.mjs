#!/usr/bin/env node
// Scores dunlint's rules on the labelled corpus (../shared/corpus/labeled/manifest.yaml):
// `expect` ids must be reported, `allow` ids may be, every other rule must stay silent.
// Prints per-rule and per-family (rule category) recall and precision; with --json prints JSON.
// Then runs the wording rules (tone, privacy, locale-mismatch) over ../shared/corpus/real — real
// dunning texts from open-source projects — and prints every finding with the verdict recorded by a
// person in scripts/real-corpus-verdicts.yaml (true / false alarm); a finding nobody reviewed yet is
// marked UNREVIEWED.
// Usage: node scripts/accuracy.mjs [--corpus DIR] [--real DIR] [--json] [--verbose]
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { lint, loadConfig, resolveFileConfig, builtinRules } from '@dunlint/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const corpus = resolve(opt('--corpus') ?? join(root, '../shared/corpus/labeled'));
const realCorpus = resolve(opt('--real') ?? join(root, '../shared/corpus/real'));
const VERDICTS = join(root, 'scripts/real-corpus-verdicts.yaml');

/** The rule families that judge wording; the real texts are not dunlint templates, so only these run. */
export const WORDING_FAMILIES = ['tone', 'privacy'];

/** A real text as a template: a neutral front matter, its "Subject:" line as the e-mail subject. */
export function realTemplate(text, lang) {
  let body = text;
  let subject = 'Payment reminder';
  const m = /^Subject: (.*)\r?\n/.exec(text);
  if (m) {
    subject = m[1];
    body = text.slice(m[0].length);
  }
  const locale = { en: 'en-US', es: 'es-MX', pt: 'pt-BR' }[lang];
  return [
    '---',
    'id: real',
    `locale: ${locale}`,
    'channel: email',
    'jurisdiction: generic',
    'stage: reminder',
    'creditor: { name: Example }',
    'contact: { email: billing@example.com }',
    `email: { subject: ${JSON.stringify(subject)} }`,
    '---',
    body,
  ].join('\n');
}

/** Every finding of the wording rules on the real texts, with the recorded verdict. */
export function realFindings(dir) {
  const verdicts = existsSync(VERDICTS) ? (parse(readFileSync(VERDICTS, 'utf8'))?.findings ?? []) : [];
  const rules = {};
  for (const [id, rule] of builtinRules) {
    const wording = WORDING_FAMILIES.includes(rule.meta.category) || id === 'locale-mismatch';
    rules[id] = { severity: wording ? 2 : 0, options: {} };
  }
  const config = {
    rules,
    defaults: {},
    settings: { reviewMaxAgeMonths: 12, maxFileSize: 2 ** 21 },
    lexicons: {},
    teamLexicons: {},
  };
  const findings = [];
  for (const source of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of readdirSync(join(dir, source))
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const lang = /-(en|es|pt)\.txt$/.exec(name)?.[1];
      if (!lang) continue;
      const text = realTemplate(readFileSync(join(dir, source, name), 'utf8'), lang);
      const file = `${source}/${name}`;
      for (const m of lint(text, { config }).messages) {
        if (!m.ruleId || rules[m.ruleId]?.severity !== 2) continue;
        const words = text.slice(m.offset, m.endOffset).replace(/\s+/g, ' ').slice(0, 60);
        const v = verdicts.find(
          (x) => x.file === file && x.rule === m.ruleId && (x.text === undefined || x.text === words),
        );
        findings.push({
          file,
          ruleId: m.ruleId,
          text: words,
          verdict: v?.verdict ?? 'UNREVIEWED',
          note: v?.note ?? '',
        });
      }
    }
  }
  return findings;
}
const asJson = args.includes('--json');
const verbose = args.includes('--verbose');

export function score(corpusDir) {
  const manifest = parse(readFileSync(join(corpusDir, 'manifest.yaml'), 'utf8'));
  const configPath = join(corpusDir, '.dunlintrc.yaml');
  const config = existsSync(configPath)
    ? loadConfig(
        configPath,
        { readFile: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined) },
        { workspaceRoot: corpusDir },
      )
    : { layers: [] };
  const perRule = new Map();
  const stat = (id) => {
    if (!perRule.has(id)) perRule.set(id, { tp: 0, fn: 0, fp: 0 });
    return perRule.get(id);
  };
  const mistakes = [];
  for (const entry of manifest) {
    const file = join(corpusDir, entry.file);
    const fileConfig = resolveFileConfig(config, file);
    const result = lint(readFileSync(file, 'utf8'), { config: fileConfig, filePath: file });
    const fired = new Set(result.messages.map((m) => m.ruleId).filter(Boolean));
    const expect = new Set(entry.expect ?? []);
    const allow = new Set(entry.allow ?? []);
    for (const id of expect) {
      if (!builtinRules.has(id)) continue; // rule not implemented yet: reported separately
      if (fired.has(id)) stat(id).tp++;
      else {
        stat(id).fn++;
        mistakes.push({ file: entry.file, ruleId: id, kind: 'missed' });
      }
    }
    for (const id of fired) {
      if (expect.has(id) || allow.has(id)) continue;
      stat(id).fp++;
      const msgs = result.messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column} ${m.message}`);
      mistakes.push({ file: entry.file, ruleId: id, kind: 'false alarm', messages: msgs });
    }
  }
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  const rules = [...builtinRules.values()]
    .map((r) => {
      const s = perRule.get(r.id) ?? { tp: 0, fn: 0, fp: 0 };
      return {
        id: r.id,
        family: r.meta.category,
        ...s,
        recall: ratio(s.tp, s.tp + s.fn),
        precision: ratio(s.tp, s.tp + s.fp),
      };
    })
    .sort((a, b) => a.family.localeCompare(b.family) || a.id.localeCompare(b.id));
  const families = {};
  for (const r of rules) {
    const f = (families[r.family] ??= { family: r.family, tp: 0, fn: 0, fp: 0 });
    f.tp += r.tp;
    f.fn += r.fn;
    f.fp += r.fp;
  }
  for (const f of Object.values(families)) {
    f.recall = ratio(f.tp, f.tp + f.fn);
    f.precision = ratio(f.tp, f.tp + f.fp);
  }
  const labelled = new Set(manifest.flatMap((e) => [...(e.expect ?? []), ...(e.allow ?? [])]));
  const notImplemented = [...labelled].filter((id) => !builtinRules.has(id)).sort();
  return { files: manifest.length, rules, families: Object.values(families), mistakes, notImplemented };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = score(corpus);
  const real = existsSync(realCorpus) ? realFindings(realCorpus) : [];
  if (asJson) {
    console.log(JSON.stringify({ ...report, real }, null, 2));
  } else {
    const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
    console.log(`dunlint accuracy on ${report.files} labelled templates (${corpus})\n`);
    console.log('family        recall  precision   tp  fn  fp');
    for (const f of report.families)
      console.log(
        `${f.family.padEnd(12)} ${pct(f.recall)}  ${pct(f.precision)}  ${String(f.tp).padStart(4)}${String(f.fn).padStart(4)}${String(f.fp).padStart(4)}`,
      );
    console.log('\nrule                              recall  precision   tp  fn  fp');
    for (const r of report.rules)
      console.log(
        `${r.id.padEnd(32)} ${pct(r.recall)}  ${pct(r.precision)}  ${String(r.tp).padStart(4)}${String(r.fn).padStart(4)}${String(r.fp).padStart(4)}`,
      );
    if (report.notImplemented.length)
      console.log(`\nlabelled but not implemented yet: ${report.notImplemented.join(', ')}`);
    if (verbose || report.mistakes.length <= 40) {
      console.log('\nmistakes:');
      for (const m of report.mistakes)
        console.log(
          `  ${m.kind.padEnd(11)} ${m.ruleId.padEnd(32)} ${m.file}${m.messages ? `\n      ${m.messages.join('\n      ')}` : ''}`,
        );
    } else console.log(`\n${report.mistakes.length} mistakes (use --verbose to list them)`);
    const count = (v) => real.filter((f) => f.verdict === v).length;
    console.log(
      `\nreal texts (${realCorpus}): ${real.length} findings of the wording rules — ${count('true')} true, ${count('false alarm')} false alarms, ${count('UNREVIEWED')} not reviewed`,
    );
    for (const f of real)
      console.log(
        `  ${f.verdict.padEnd(11)} ${f.ruleId.padEnd(28)} ${f.file}  "${f.text}"${f.note ? ` — ${f.note}` : ''}`,
      );
  }
}
