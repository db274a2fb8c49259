import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { threadCount, AUTO_MIN_FILES_PER_THREAD } from '../../packages/cli/dist/workers/pool.js';
import { run, valid, tempWorkspaces } from './helpers.js';

const ws = tempWorkspaces();

const BODY_END = 'Reply STOP to opt out.\n';
const THREAT = (id: string) =>
  valid(id).replace(BODY_END, `If this is not paid, we will take you to court and sue you.\n${BODY_END}`);
const FIXABLE = (id: string) => valid(id).replace('{{balance}}', '{{balance}');

/** 40 templates: clean ones, threats, fixable ones, a duplicate id pair and two files that cannot be read. */
function project(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 36; i++) {
    const id = `t${i}`;
    files[`${['en', 'es', 'pt'][i % 3]}/${id}.md`] = i % 5 === 0 ? THREAT(id) : i % 7 === 0 ? FIXABLE(id) : valid(id);
  }
  files['en/dup-a.md'] = valid('dup');
  files['pt/dup-b.md'] = valid('dup');
  files['es/binary.md'] = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]);
  files['pt/latin1.md'] = new Uint8Array([0x48, 0x6f, 0x6c, 0xe1, 0x0a]);
  return files;
}

const CLI_MAIN = resolve(__dirname, '../../packages/cli/dist/main.js');
const CORE = resolve(__dirname, '../../packages/core/dist/index.js');

/**
 * Runs the CLI in a child process with a module preloaded into every thread (node --import applies
 * to worker threads too) that logs which thread lints each file and, on request, breaks the
 * engine: `rule` makes placeholder-syntax throw, `internal` makes the engine itself throw (in
 * worker threads only, with `onlyInWorkers`). With more than one thread, the main thread waits on
 * its first file until a worker has started, so that worker threads surely lint some files.
 */
function hookedRun(
  dir: string,
  args: string[],
  { crash, onlyInWorkers = false }: { crash?: 'rule' | 'internal'; onlyInWorkers?: boolean } = {},
) {
  const hook = join(dir, '.hook.mjs');
  const log = join(dir, '.threads.log');
  const readyFile = join(dir, '.worker-ready');
  writeFileSync(log, '');
  rmSync(readyFile, { force: true });
  const threads = args[args.indexOf('--concurrency') + 1];
  writeFileSync(
    hook,
    `import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';
import { builtinRules } from ${JSON.stringify(pathToFileURL(CORE).href)};
const log = ${JSON.stringify(log)};
const readyFile = ${JSON.stringify(readyFile)};
const crash = ${JSON.stringify(crash ?? '')};
const here = isMainThread ? 'main' : 'worker';
const armed = !${onlyInWorkers} || !isMainThread;
if (!isMainThread) {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (message, ...rest) => {
    if (message === 'ready') writeFileSync(readyFile, '');
    return post(message, ...rest);
  };
}
let waited = !isMainThread || ${JSON.stringify(threads)} === '1';
const rule = builtinRules.get('placeholder-syntax');
const create = rule.create;
rule.create = (context) => {
  if (!waited) {
    waited = true;
    const until = Date.now() + 60000;
    while (!existsSync(readyFile) && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  appendFileSync(log, here + '\\t' + context.filePath + '\\n');
  if (armed && crash === 'rule') throw new Error('simulated crash');
  return create(context);
};
if (armed && crash === 'internal') {
  builtinRules[Symbol.iterator] = function () {
    if (new Error().stack.includes('lintDocument')) {
      appendFileSync(log, here + '\\n');
      throw new Error('simulated internal error');
    }
    return Map.prototype.entries.call(this);
  };
}
`,
  );
  const cli = join(dir, '.cli.mjs');
  writeFileSync(
    cli,
    `import { main } from ${JSON.stringify(pathToFileURL(CLI_MAIN).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  const r = spawnSync(process.execPath, ['--import', hook, cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  /** The files each thread linted, in the order it linted them (from the rule hook). */
  const files = { main: [] as string[], worker: [] as string[] };
  for (const line of lines) {
    const [thread, file] = line.split('\t') as ['main' | 'worker', string | undefined];
    if (file) files[thread].push(relative(dir, file).split('\\').join('/'));
  }
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    threads: new Set(lines.map((l) => l.split('\t')[0])),
    files,
  };
}

describe('dunlint check --concurrency', () => {
  it('gives the same output, order and exit code with any number of threads', async () => {
    const dir = ws(project());
    for (const format of ['json', 'stylish']) {
      const one = await run(dir, ['check', '-f', format, '--concurrency', '1']);
      expect(one.code).toBe(2); // the two unreadable files
      expect(one.stderr).toBe(
        'dunlint: error: es/binary.md: is a binary file, not a text template (NUL byte at byte 4)\n' +
          'dunlint: error: pt/latin1.md: is not valid UTF-8 (first bad byte at offset 3, line 1); save it as UTF-8\n',
      );
      for (const n of ['2', '3', 'auto']) {
        expect(await run(dir, ['check', '-f', format, '--concurrency', n])).toEqual(one);
      }
    }
    const json = JSON.parse((await run(dir, ['check', '-f', 'json', '--concurrency', '3'])).stdout);
    expect(json.filter((f: { errorCount: number }) => f.errorCount > 0)).toHaveLength(8 + 4 + 2);
  });

  it('--fix writes the same files from worker threads as from the main thread', () => {
    const a = ws(project());
    const b = ws(project());
    const one = hookedRun(a, ['check', '--fix', '-f', 'json', '--concurrency', '1']);
    const three = hookedRun(b, ['check', '--fix', '-f', 'json', '--concurrency', '3']);
    expect(one.threads).toEqual(new Set(['main']));
    expect(three.threads).toEqual(new Set(['main', 'worker']));
    expect(three.stdout.replaceAll(b, a)).toBe(one.stdout);
    for (const i of [7, 14, 21, 28]) {
      const file = `${['en', 'es', 'pt'][i % 3]}/t${i}.md`;
      expect(readFileSync(join(b, file), 'utf8')).toBe(valid(`t${i}`));
      expect(readFileSync(join(a, file), 'utf8')).toBe(valid(`t${i}`));
    }
  });

  it('hands the main thread the files from the front and the workers those from the back', () => {
    // Files come sorted by path (here en/, es/, pt/): each thread then meets fewer languages.
    const dir = ws(project());
    const { files } = hookedRun(dir, ['check', '-f', 'json', '--concurrency', '2']);
    const all = hookedRun(dir, ['check', '-f', 'json', '--concurrency', '1']).files.main;
    expect(files.main.length).toBeGreaterThan(0);
    expect(files.worker.length).toBeGreaterThan(0);
    expect(files.main).toEqual(all.slice(0, files.main.length));
    expect(new Set(files.worker)).toEqual(new Set(all.slice(files.main.length)));
  });

  it('works with --cache: cold, warm and partly warm runs on threads match a plain run', async () => {
    const dir = ws(project());
    const plain = await run(dir, ['check', '-f', 'json', '--concurrency', '1']);
    expect(await run(dir, ['check', '-f', 'json', '--cache', '--concurrency', '3'])).toEqual(plain);
    expect(await run(dir, ['check', '-f', 'json', '--cache', '--concurrency', '3'])).toEqual(plain);
    for (const i of [1, 2, 3, 5, 8]) writeFileSync(join(dir, `${['en', 'es', 'pt'][i % 3]}/t${i}.md`), THREAT(`t${i}`));
    const changed = await run(dir, ['check', '-f', 'json', '--concurrency', '1']);
    expect(changed).not.toEqual(plain);
    expect(await run(dir, ['check', '-f', 'json', '--cache', '--concurrency', '2'])).toEqual(changed);
  });

  it('refuses a --concurrency that is not a number of threads or "auto"', async () => {
    const dir = ws({ 'a.md': valid('a') });
    for (const bad of ['0', 'two', '-1', '1.5']) {
      const r = await run(dir, ['check', '--concurrency', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--concurrency takes a number of threads (1 or more) or "auto", not "${bad}"`);
    }
  });

  it('auto lints small runs in the main thread and large ones on every core', () => {
    expect(threadCount('auto', 6, 2)).toBe(1);
    expect(threadCount('auto', AUTO_MIN_FILES_PER_THREAD * 2 - 1, 2)).toBe(1);
    expect(threadCount('auto', AUTO_MIN_FILES_PER_THREAD * 2, 2)).toBe(2);
    expect(threadCount('auto', 2000, 2)).toBe(2);
    expect(threadCount('auto', AUTO_MIN_FILES_PER_THREAD * 3, 8)).toBe(3);
    expect(threadCount('auto', AUTO_MIN_FILES_PER_THREAD * 100, 8)).toBe(8);
    expect(threadCount('auto', 2000, 1)).toBe(1);
    // An explicit number is kept, but never more threads than files.
    expect(threadCount(4, 2000, 2)).toBe(4);
    expect(threadCount(4, 3, 2)).toBe(3);
  });

  describe('a crash inside a worker thread is reported as in the main thread', () => {
    it('a crashing rule becomes the same diagnostic', () => {
      const dir = ws(project());
      const one = hookedRun(dir, ['check', '-f', 'json', '--concurrency', '1'], { crash: 'rule' });
      const two = hookedRun(dir, ['check', '-f', 'json', '--concurrency', '2'], { crash: 'rule' });
      expect(one.threads).toEqual(new Set(['main']));
      expect(two.threads.has('worker')).toBe(true);
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
      const messages = JSON.parse(one.stdout).flatMap((f: { messages: { message: string }[] }) => f.messages);
      expect(messages.map((m: { message: string }) => m.message)).toContain(
        'The rule "placeholder-syntax" failed on this file (simulated crash). This is a bug in dunlint: please report it. The other rules still ran.',
      );
    });

    it('an internal error in a worker is the same internal error, exit 2', () => {
      const dir = ws(project());
      const one = hookedRun(dir, ['check', '--concurrency', '1'], { crash: 'internal' });
      const two = hookedRun(dir, ['check', '--concurrency', '2'], { crash: 'internal', onlyInWorkers: true });
      expect(one.threads).toEqual(new Set(['main']));
      expect(two.threads.has('worker')).toBe(true);
      expect(one).toMatchObject({
        code: 2,
        stdout: '',
        stderr:
          'dunlint: internal error: simulated internal error\nRun again with --debug to see the stack trace, and please report it.\n',
      });
      expect({ code: two.code, stdout: two.stdout, stderr: two.stderr }).toEqual({
        code: one.code,
        stdout: one.stdout,
        stderr: one.stderr,
      });
      const debug = hookedRun(dir, ['check', '--concurrency', '2', '--debug'], {
        crash: 'internal',
        onlyInWorkers: true,
      });
      expect(debug.stderr).toMatch(
        /^dunlint: internal error: simulated internal error\nError: simulated internal error\n\s+at /,
      );
      expect(debug.stderr).toContain('lintDocument');
    });
  });
});
