#!/usr/bin/env node
// The speed benchmark of SPEC §6 (`npm run bench`; build first with `npm run build`).
//
// Generates the 2,000-template corpus (bench/corpus.mjs: seeded, en/es/pt, SMS/WhatsApp/e-mail,
// 30 % with a deliberate violation) into bench/.corpus, checks that dunlint reports exactly the
// violating files, then times, in alternating rounds so that load changes hit every command alike:
//   - dunlint check, cold (fresh process, no cache)            - every rule on (strict), 3 languages
//   - dunlint check --cache, warm (cache filled beforehand)
//   - dunlint check of one template, cold
//   - markdownlint-cli2 on the same files (structure rules only; front matter is skipped)
//   - alex on the same files (prose linting)
// and, with --threads, dunlint at --concurrency 1 (main thread only), 2 and 3 on 6, 100 and 2,000 files.
// Prints medians and ratios, and writes them with the machine's facts to bench/RESULTS.md.
//
// Usage: node bench/run.mjs [--rounds 5] [--count 2000] [--threads] [--no-peers] [--out FILE]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const rounds = Number(option('--rounds', 5));
const count = Number(option('--count', 2000));
const withPeers = !flag('--no-peers');
const withThreads = flag('--threads');
const outFile = option('--out', join(root, 'bench/RESULTS.md'));

const dunlint = join(root, 'packages/cli/bin/dunlint.js');
const markdownlint = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const alex = join(root, 'node_modules/alex/cli.js');
const hook = join(root, 'bench/rss-hook.mjs');
for (const [what, path] of [
  ['dunlint (run "npm run build" first)', join(root, 'packages/cli/dist/main.js')],
  ['markdownlint-cli2', markdownlint],
  ['alex', alex],
]) {
  if (!existsSync(path)) {
    console.error(`bench: ${what} is missing: ${relative(root, path)}`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------------------------
// Corpus and sanity check

const corpus = join(root, 'bench/.corpus');
const { files, bytes } = generateCorpus(corpus, { count, seed: 1 });
// markdownlint-cli2 reads this from its working folder: structure rules only (no line length, no
// "first line is a heading": templates are messages, not documents). Front matter is skipped by default.
writeFileSync(
  join(corpus, '.markdownlint-cli2.jsonc'),
  '{ "config": { "default": true, "MD013": false, "MD041": false } }\n',
);
const violating = files.filter((f) => f.expect.length > 0);
console.log(
  `corpus: ${files.length} templates (${(bytes / 1024).toFixed(0)} KB, ${Math.round(bytes / files.length)} bytes on average), ` +
    `${violating.length} with a deliberate violation, in ${relative(root, corpus)}`,
);

const scratch = mkdtempSync(join(tmpdir(), 'dunlint-bench-'));
const sanity = await measure('sanity', process.execPath, [dunlint, 'check', '.', '--format', 'json'], {
  cwd: corpus,
  capture: true,
});
const results = JSON.parse(sanity.stdout);
const byFile = new Map(results.map((r) => [relative(corpus, r.filePath), r]));
let detected = 0;
let cleanFlagged = 0;
const familyCounts = {};
for (const f of files) {
  const ids = new Set((byFile.get(f.file)?.messages ?? []).map((m) => m.ruleId));
  if (f.expect.length === 0) {
    if (ids.size > 0) cleanFlagged++;
  } else if (f.expect.some((id) => ids.has(id))) {
    detected++;
    familyCounts[f.family] = (familyCounts[f.family] ?? 0) + 1;
  }
}
const problems = results.reduce((n, r) => n + r.errorCount + r.warningCount, 0);
const sanityLine = `dunlint reported ${detected}/${violating.length} violating templates (${Object.entries(familyCounts)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')}) and ${cleanFlagged}/${files.length - violating.length} clean ones; ${problems} problems in all`;
console.log(`sanity: ${sanityLine}`);
if (detected !== violating.length || cleanFlagged !== 0) {
  console.error('bench: dunlint does not report exactly the violating templates; the benchmark would not be honest.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** Runs a command to completion: wall time (ms), peak RSS (KB) and CPU time (ms) of the process, all threads. */
function measure(name, command, argv, { cwd, capture = false, env = {} } = {}) {
  const rssFile = join(scratch, `${name.replace(/\W+/g, '_')}.rss`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, ['--import', hook, ...argv], {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => capture && out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const [rss, cpu] = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').split(' ').map(Number) : [NaN, NaN];
      // dunlint and the peers exit 1 when they find problems; 2 or more is a failure.
      if (code === null || code > 1) {
        reject(new Error(`${name} exited with ${code}: ${Buffer.concat(err).toString().slice(0, 2000)}`));
        return;
      }
      resolve({ ms, rss, cpu, stdout: Buffer.concat(out).toString() });
    });
  });
}

const cacheFile = join(scratch, 'dunlintcache');
const oneFile = files.find((f) => f.expect.length === 0).file;
const allMd = ['en', 'es', 'pt'];
const node = process.execPath;

/** name -> list of { ms, rss } */
const samples = new Map();
const record = (name, m) => samples.set(name, [...(samples.get(name) ?? []), m]);

const steps = [
  ['dunlint check, cold', () => measure('cold', node, [dunlint, 'check', '.'], { cwd: corpus })],
  [
    'dunlint check --cache, warm',
    async () => {
      // Fill the cache (a cold run with --cache), then time the warm run.
      rmSync(cacheFile, { force: true });
      record(
        'dunlint check --cache, cold (fills the cache)',
        await measure('cache-fill', node, [dunlint, 'check', '.', '--cache', '--cache-location', cacheFile], {
          cwd: corpus,
        }),
      );
      return measure('warm', node, [dunlint, 'check', '.', '--cache', '--cache-location', cacheFile], { cwd: corpus });
    },
  ],
  ['dunlint check, one template, cold', () => measure('one', node, [dunlint, 'check', oneFile], { cwd: corpus })],
];
if (withPeers) {
  steps.push(
    ['markdownlint-cli2 (structure)', () => measure('markdownlint', node, [markdownlint, '**/*.md'], { cwd: corpus })],
    ['alex (prose)', () => measure('alex', node, [alex, ...allMd], { cwd: corpus })],
  );
}

const threadSizes = [6, 100, files.length];
const threadSettings = ['1', '2', '3', 'auto'];
if (withThreads) {
  for (const size of threadSizes) {
    const subset = size >= files.length ? ['.'] : spread(files, size).map((f) => f.file);
    for (const setting of threadSettings) {
      steps.push([
        `threads: ${size} files, --concurrency ${setting}`,
        () =>
          measure(`t${size}-${setting}`, node, [dunlint, 'check', ...subset, '--concurrency', setting], {
            cwd: corpus,
          }),
      ]);
    }
  }
}

/** `n` files spread over the corpus (every language, channel and violation kind). */
function spread(list, n) {
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

const loadBefore = loadavg();
console.log(
  `${rounds} rounds, ${steps.length} commands each, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
);
for (let round = 1; round <= rounds; round++) {
  // Alternate the order between rounds, so that a slow patch of the machine hits everyone.
  const order = round % 2 ? steps : [...steps].reverse();
  for (const [name, run] of order) {
    const m = await run();
    record(name, m);
  }
  console.log(`round ${round}/${rounds} done (load ${loadavg()[0].toFixed(2)})`);
}
const loadAfter = loadavg();
rmSync(scratch, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// Report

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const stat = (name) => {
  const list = samples.get(name) ?? [];
  return {
    ms: median(list.map((m) => m.ms)),
    min: Math.min(...list.map((m) => m.ms)),
    max: Math.max(...list.map((m) => m.ms)),
    rss: median(list.map((m) => m.rss)),
    cpu: median(list.map((m) => m.cpu)),
    n: list.length,
  };
};
const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (kb) => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : '—');

const cold = stat('dunlint check, cold');
const warm = stat('dunlint check --cache, warm');
const one = stat('dunlint check, one template, cold');
const mdl = withPeers ? stat('markdownlint-cli2 (structure)') : undefined;
const alexStat = withPeers ? stat('alex (prose)') : undefined;
const filesPerS = (s) => Math.round(files.length / (s.ms / 1000));

const budgets = [
  [
    'full check vs markdownlint-cli2 (wall)',
    mdl ? `${(cold.ms / mdl.ms).toFixed(2)} × (${fmtMs(cold.ms)} vs ${fmtMs(mdl.ms)})` : 'not measured',
    '≤ 1.00 ×',
    mdl ? cold.ms <= mdl.ms : undefined,
  ],
  ['warm --cache / cold', `${((100 * warm.ms) / cold.ms).toFixed(1)} %`, '≤ 25 %', warm.ms <= 0.25 * cold.ms],
  ['one template, cold', fmtMs(one.ms), '≤ 400 ms', one.ms <= 400],
  ['peak memory of the batch run', fmtMb(cold.rss), '≤ 300 MB', cold.rss <= 300 * 1024],
];

const lines = [];
const out = (s = '') => lines.push(s);
out('# dunlint speed benchmark');
out();
out(
  `Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
);
out();
out(
  `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
    `Node ${process.version}, ${process.platform}. Load average before ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}, ` +
    `after ${loadAfter.map((l) => l.toFixed(2)).join(' / ')}${loadBefore[0] > availableParallelism() * 0.5 ? ' — **a busy machine: treat the absolute numbers with care**' : ''}.`,
);
out();
out(
  `Corpus: ${files.length} templates generated by bench/corpus.mjs (seed 1; ${(bytes / 1024).toFixed(0)} KB, ` +
    `${Math.round(bytes / files.length)} bytes on average; en/es/pt × SMS/WhatsApp/e-mail; config \`extends: [strict]\`, every rule on). ` +
    `Sanity: ${sanityLine}.`,
);
out();
out(`Each command ran ${rounds} times in alternating order, each in a fresh process; medians (min–max).`);
out();
out('| command | wall time | files/s | CPU time (all threads) | peak RSS |');
out('|---|---:|---:|---:|---:|');
for (const [name] of steps.filter(([n]) => !n.startsWith('threads:'))) {
  const s = stat(name);
  const perS = name.includes('one template') ? '' : String(filesPerS(s));
  out(`| ${name} | ${fmtMs(s.ms)} (${fmtMs(s.min)}–${fmtMs(s.max)}) | ${perS} | ${fmtMs(s.cpu)} | ${fmtMb(s.rss)} |`);
  if (name === 'dunlint check --cache, warm') {
    const fill = stat('dunlint check --cache, cold (fills the cache)');
    out(
      `| dunlint check --cache, cold (fills the cache) | ${fmtMs(fill.ms)} (${fmtMs(fill.min)}–${fmtMs(fill.max)}) | ${filesPerS(fill)} | ${fmtMs(fill.cpu)} | ${fmtMb(fill.rss)} |`,
    );
  }
}
out();
out('## Budgets (SPEC §6)');
out();
out('| budget | measured | limit | met |');
out('|---|---:|---:|:---:|');
for (const [what, measured, limit, ok] of budgets)
  out(`| ${what} | ${measured} | ${limit} | ${ok === undefined ? '—' : ok ? 'yes' : '**no**'} |`);
if (alexStat && mdl) {
  out();
  out(
    `alex (English prose rules only) took ${(alexStat.ms / cold.ms).toFixed(2)} × dunlint's cold time on the same files.`,
  );
}
if (withThreads) {
  out();
  out('## Threads (`--concurrency`)');
  out();
  out(
    'Wall time / CPU time (all threads) / peak RSS, medians, by number of files and linting threads; ' +
      '1 = the main thread only, N = the main thread and N − 1 worker threads.',
  );
  out();
  out(`| files | ${threadSettings.map((s) => `--concurrency ${s}`).join(' | ')} |`);
  out(`|---:|${threadSettings.map(() => '---:').join('|')}|`);
  for (const size of threadSizes) {
    const cells = threadSettings.map((setting) => {
      const s = stat(`threads: ${size} files, --concurrency ${setting}`);
      return `${fmtMs(s.ms)} / ${fmtMs(s.cpu)} / ${fmtMb(s.rss)}`;
    });
    out(`| ${size} | ${cells.join(' | ')} |`);
  }
}
out();
const report = `${lines.join('\n')}\n`;
writeFileSync(outFile, report);
console.log(`\n${report}`);
console.log(`written to ${relative(process.cwd(), outFile)}`);
