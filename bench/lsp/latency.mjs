#!/usr/bin/env node
// Language server budgets (SPEC §6), measured on the built server over its real stdio transport:
//   - edit -> diagnostics latency (didChange, then textDocument/diagnostic, until the answer
//     arrives) for a 2 KB template and a 200 KB document: p50 and p95;
//   - the server's RSS after opening (and linting) 1,000 templates, in a fresh server process.
// The core's lint time of the same texts, in this process, is printed alongside: the difference
// is what the server adds. Figures depend on the machine and its load (printed first).
// Usage: npm run bench:lsp [-- --rounds 200 --rounds-large 10 --docs 1000]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lint } from '@dunlint/core';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  ShutdownRequest,
} from 'vscode-languageserver-protocol/node';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = join(ROOT, 'packages/lsp/bin/dunlint-language-server.js');
/** The Node flags of the command's `#!/usr/bin/env -S node …` line: the server starts as the installed command does. */
const SERVER_FLAGS = (/^#!.*\bnode\b(.*)$/m.exec(readFileSync(SERVER, 'utf8').split('\n')[0])?.[1] ?? '')
  .trim()
  .split(/\s+/)
  .filter(Boolean);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const ROUNDS = arg('rounds', 200);
const ROUNDS_LARGE = arg('rounds-large', 10);
const DOCS = arg('docs', 1000);
const WARMUP = 10;

const CLEAN = readFileSync(join(ROOT, 'templates/en/us-reminder-sms.md'), 'utf8');
const BODY_AT = CLEAN.lastIndexOf('---\n') + 4;

/** The clean template with its body repeated until the text is `bytes` long. */
function template(bytes) {
  let text = CLEAN.slice(0, BODY_AT);
  const body = `${CLEAN.slice(BODY_AT).trimEnd()}\n\n`;
  while (Buffer.byteLength(text) + Buffer.byteLength(body) <= bytes) text += body;
  return text + 'x'.repeat(Math.max(0, bytes - Buffer.byteLength(text) - 1)) + '\n';
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (n) => `${n.toFixed(1)} ms`;
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

async function startServer(rootDir) {
  const child = spawn(process.execPath, [...SERVER_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(child.stdout, child.stdin);
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`the language server exited during the benchmark (${signal ?? code})`);
    process.exit(1);
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  connection.onRequest(RegistrationRequest.type, () => null);
  connection.onRequest(DiagnosticRefreshRequest.type, () => null);
  connection.listen();
  const rootUri = pathToFileURL(rootDir).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, diagnostics: { refreshSupport: true } },
      textDocument: { diagnostic: { dynamicRegistration: false } },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const versions = new Map();
  return {
    child,
    open(uri, text) {
      versions.set(uri, 1);
      return connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
    },
    change(uri, range, text) {
      const version = versions.get(uri) + 1;
      versions.set(uri, version);
      return connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range, text }],
      });
    },
    pull: (uri) => connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }),
    async stop() {
      stopping = true;
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      connection.dispose();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
    },
  };
}

/** Types a word into the body and deletes it again, alternately; each edit is followed by a pull. */
async function editLatency(server, uri, text, rounds, warmup) {
  await server.open(uri, text);
  const first = await server.pull(uri);
  const line = text.split('\n').findLastIndex((l) => l.startsWith('Hi ')); // the last body paragraph
  const at = { line, character: 0 };
  const times = [];
  let cpuStart = 0;
  for (let i = 0; i < warmup + rounds; i++) {
    if (i === warmup) cpuStart = cpuOf(server.child.pid);
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line, character: 4 } };
    const start = performance.now();
    void server.change(uri, range, insert ? 'Now ' : '');
    const report = await server.pull(uri);
    const elapsed = performance.now() - start;
    if (report.kind !== 'full') throw new Error('expected a full report');
    if (i >= warmup) times.push(elapsed);
  }
  const cpu = (cpuOf(server.child.pid) - cpuStart) / rounds;
  return { ...stats(times), cpu, diagnostics: first.items.length };
}

function coreLatency(text, rounds, warmup) {
  const times = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const edited = i % 2 === 0 ? text.replace('\nHi ', '\nNow Hi ') : text;
    const start = performance.now();
    lint(edited);
    if (i >= warmup) times.push(performance.now() - start);
  }
  return stats(times);
}

/** 1,000 templates: the shipped ones (en/es/pt, every channel) with distinct ids, in 10 folders. */
function manyTemplates(dir, count) {
  const shipped = readdirSync(join(ROOT, 'templates'), { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(ROOT, 'templates', f), 'utf8'));
  const out = [];
  for (let i = 0; i < count; i++) {
    const text = shipped[i % shipped.length].replace(/^id: (.+)$/m, (_, id) => `id: ${id}-${i}`);
    const path = join(dir, `folder-${i % 10}`, `t-${i}.md`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    out.push({ uri: pathToFileURL(path).href, text });
  }
  return out;
}

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dunlint-bench-lsp-')));
try {
  console.log(
    `dunlint language server benchmark — node ${process.version} ${SERVER_FLAGS.join(' ')}, ${cpus().length} CPUs, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const small = template(2 * 1024);
  const large = template(200 * 1024);
  for (const [name, text] of [
    ['small.md', small],
    ['large.md', large],
  ])
    writeFileSync(join(dir, name), text);

  const server = await startServer(dir);
  const s = await editLatency(server, pathToFileURL(join(dir, 'small.md')).href, small, ROUNDS, WARMUP);
  const sCore = coreLatency(small, ROUNDS, WARMUP);
  console.log(
    `edit -> diagnostics, 2 KB template (${small.length} chars), ${ROUNDS} edits, ${s.diagnostics} diagnostics: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, server CPU ${ms(s.cpu)}/edit` +
      `   (budget: p95 <= 15 ms; core lint alone: p50 ${ms(sCore.p50)}, p95 ${ms(sCore.p95)})`,
  );
  const l = await editLatency(server, pathToFileURL(join(dir, 'large.md')).href, large, ROUNDS_LARGE, 1);
  const lCore = coreLatency(large, Math.min(3, ROUNDS_LARGE), 1);
  console.log(
    `edit -> diagnostics, 200 KB document (${large.length} chars), ${ROUNDS_LARGE} edits, ${l.diagnostics} diagnostics: p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, server CPU ${ms(l.cpu)}/edit` +
      `   (budget: p95 <= 150 ms; core lint alone: p50 ${ms(lCore.p50)}, p95 ${ms(lCore.p95)})`,
  );
  await server.stop();

  const fresh = await startServer(dir);
  const idle = rssOf(fresh.child.pid);
  const docs = manyTemplates(join(dir, 'many'), DOCS);
  const started = performance.now();
  for (const doc of docs) {
    await fresh.open(doc.uri, doc.text);
    await fresh.pull(doc.uri);
  }
  const seconds = (performance.now() - started) / 1000;
  const rss = rssOf(fresh.child.pid);
  console.log(
    `server RSS: ${(idle / 2 ** 20).toFixed(0)} MB after start; ${(rss / 2 ** 20).toFixed(0)} MB after opening and linting ${DOCS} templates` +
      ` (${seconds.toFixed(1)} s)   (budget: <= 150 MB)`,
  );
  await fresh.stop();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
