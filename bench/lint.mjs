#!/usr/bin/env node
// Measures how long linting takes per template, after warm-up, on the shipped templates and the
// labelled corpus (typical 0.5–1.5 KB templates). Reports the mean per template and per KB, for all
// rules and for the wording rules (tone, privacy, locale-mismatch) alone — the figure the budget
// "the wording rules add no more than 1 ms per 1 KB template" is about.
// Usage: npm run bench:rules   (node bench/lint.mjs [--rounds N])
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, lint, presetConfig, resolveFileConfig, parseTemplate, lintDocument } from '@dunlint/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 20;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.md') ? [p] : [];
  });
}

const texts = [...files(join(root, 'templates')), ...files(join(root, '../shared/corpus/labeled'))].map((f) =>
  readFileSync(f, 'utf8'),
);
const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;

const strict = resolveFileConfig(
  { layers: [{ data: presetConfig('strict', builtinRules), baseDir: '', source: 'preset:strict' }] },
  undefined,
);
const wordingOnly = {
  ...strict,
  rules: Object.fromEntries(
    Object.entries(strict.rules).map(([id, r]) => {
      const cat = builtinRules.get(id)?.meta.category;
      return [id, cat === 'tone' || cat === 'privacy' || id === 'locale-mismatch' ? r : { ...r, severity: 0 }];
    }),
  ),
};
const none = {
  ...strict,
  rules: Object.fromEntries(Object.entries(strict.rules).map(([id, r]) => [id, { ...r, severity: 0 }])),
};

function measure(config, parsed) {
  // warm-up: compiles lexicons, loads NLP data, JIT
  for (const t of texts) lint(t, { config });
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      if (parsed) lintDocument(parsed.get(t), { config });
      else lint(t, { config });
    }
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
}

const parsed = new Map(texts.map((t) => [t, parseTemplate(t)]));
const all = measure(strict, undefined);
const base = measure(none, parsed);
const wording = measure(wordingOnly, parsed);
// Parsed documents cache their content views: measure the wording rules on fresh parses too.
const wordingFresh = measure(wordingOnly, undefined) - measure(none, undefined);

const line = (name, ms) =>
  console.log(
    `${name.padEnd(46)} ${(ms / texts.length).toFixed(3).padStart(8)} ms/template ${(ms / kb).toFixed(3).padStart(8)} ms/KB`,
  );
console.log(`${texts.length} templates, ${kb.toFixed(1)} KB, ${rounds} rounds after warm-up (node ${process.version})`);
line('parse + all rules (strict)', all);
line('wording rules only, on parsed documents', wording - base);
line('wording rules incl. building the content view', wordingFresh);

// One template, cold CLI process (SPEC §6: ≤ 400 ms): the median of 5 runs of the real executable.
const { spawnSync } = await import('node:child_process');
const cold = [];
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, [
    join(root, 'packages/cli/bin/dunlint.js'),
    'check',
    join(root, 'templates/en/us-reminder-sms.md'),
  ]);
  cold.push(Number(process.hrtime.bigint() - start) / 1e6);
}
cold.sort((a, b) => a - b);
console.log(`${'one template, cold CLI process (median of 5)'.padEnd(46)} ${cold[2].toFixed(0).padStart(8)} ms`);
const os = await import('node:os');
console.log(
  `load average while measuring: ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on ${os.cpus().length} CPUs`,
);
