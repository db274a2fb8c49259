/**
 * Hostile workspaces: files built to hang, crash or confuse the linter, and `--fix` interrupted or
 * racing with an editor. Each case must end with one clear line per bad file while the other files
 * are still linted, and `--fix` must never lose data. (Binary files, invalid UTF-8, a 10 MB file and
 * duplicate template ids are covered in check.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, presetConfig, resolveFileConfig } from '@dunlint/core';
import { lintFile } from '../../packages/cli/dist/lint-file.js';
import { readTemplateBytes } from '../../packages/cli/dist/read-template.js';
import { run, valid, VALID, tempWorkspaces } from './helpers.js';

const BIN = resolve(__dirname, '../../packages/cli/bin/dunlint.js');

const ws = tempWorkspaces();

/** A clean template whose front matter gets `extra` lines. */
function withFrontMatter(id: string, extra: string): string {
  return valid(id).replace('consent: { basis: contract }\n', `consent: { basis: contract }\n${extra}\n`);
}

/** A template with one fixable problem (`{{balance}` → `{{balance}}`). */
const FIXABLE = (id: string) => valid(id).replace('{{balance}}', '{{balance}');

function messagesOf(stdout: string, file: string): { ruleId: string; message: string; line: number }[] {
  const results = JSON.parse(stdout) as {
    filePath: string;
    messages: { ruleId: string; message: string; line: number }[];
  }[];
  const hit = results.find((r) => r.filePath.endsWith(`/${file}`));
  if (!hit) throw new Error(`${file} is not in the report`);
  return hit.messages;
}

describe('hostile YAML', () => {
  it('refuses an alias bomb ("billion laughs") with one front-matter error, quickly', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(',')}]`,
      );
    }
    const dir = ws({ 'bomb.md': withFrontMatter('bomb', `meta:\n  ${levels.join('\n  ')}`), 'ok.md': valid('ok') });
    const r = await run(dir, ['check', '-f', 'json']);
    expect(r.code).toBe(1);
    const bomb = messagesOf(r.stdout, 'bomb.md');
    expect(bomb).toHaveLength(1);
    expect(bomb[0]).toMatchObject({
      ruleId: 'frontmatter-required',
      message:
        'The front matter is not valid YAML: it repeats anchored values (*aliases) too many times; write the values out instead.',
    });
    expect(messagesOf(r.stdout, 'ok.md')).toEqual([]);
  });

  it('refuses YAML nested 100,000 levels deep, pointing at the first bracket too many', async () => {
    const deep = `x: ${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const blocks = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1';
    const dir = ws({
      'flow.md': withFrontMatter('flow', deep),
      'block.md': withFrontMatter('block', blocks),
      'ok.md': valid('ok'),
    });
    const r = await run(dir, ['check', '-f', 'json']);
    expect(r.code).toBe(1);
    const flow = messagesOf(r.stdout, 'flow.md');
    expect(flow.map((m) => [m.ruleId, m.message])).toEqual([
      [
        'frontmatter-required',
        'The front matter is not valid YAML: it nests lists or mappings in brackets more than 64 levels deep.',
      ],
    ]);
    // Block nesting costs the square of its depth in indentation, so it stays small; it is read
    // (or refused by the YAML parser) without crashing, and the other files are linted.
    expect(messagesOf(r.stdout, 'block.md').every((m) => !/failed on this file/.test(m.message))).toBe(true);
    expect(messagesOf(r.stdout, 'ok.md')).toEqual([]);
  });
});

describe('huge files', () => {
  it('refuses a 20 MB template by default, with the limit in the message; settings.maxFileSize changes it', async () => {
    const dir = ws({
      'huge.md': VALID + `${'lorem ipsum dolor sit amet '.repeat(40)}\n`.repeat(20 * 1024),
      'ok.md': valid('ok'),
    });
    const r = await run(dir, ['check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^dunlint: error: huge\.md: is too large to lint \(2\d\.\d MB; the limit is 2\.0 MB, set "settings\.maxFileSize" or --max-file-size to change it\)\n$/,
    );
    // The limit is the configuration's too.
    writeFileSync(join(dir, '.dunlintrc.yaml'), 'settings:\n  maxFileSize: 1024\n');
    writeFileSync(join(dir, 'mid.md'), `${valid('mid')}${'Thank you.\n'.repeat(100)}`);
    const small = await run(dir, ['check', 'mid.md', 'ok.md']);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/^dunlint: error: mid\.md: is too large to lint \(\d\.\d KB; the limit is 1\.0 KB/);
  });

  it(
    'lints a template whose body is one line of 1 MB (in bounded time: no rule reads the line once per match)',
    { timeout: 180_000 },
    async () => {
      const words = [
        'pay',
        'now',
        'your',
        'debt',
        'today',
        'we',
        'will',
        'call',
        'you',
        'arrest',
        'jail',
        'family',
        'not',
      ];
      const parts: string[] = [];
      for (let i = 0, n = 0; n < 1024 * 1024; i++) {
        const w = words[(i * 7) % words.length]!;
        parts.push(w);
        n += w.length + 1;
      }
      const dir = ws({ 'line.md': VALID.replace(/\n$/, ` ${parts.join(' ')}\n`), 'ok.md': valid('ok') });
      const r = await run(dir, ['check', '-f', 'json', '--max-file-size', String(4 * 1024 * 1024)]);
      expect(r.code).toBe(1);
      const line = messagesOf(r.stdout, 'line.md');
      expect(line.map((m) => m.ruleId)).toContain('no-arrest-threat');
      expect(line.every((m) => !/failed on this file/.test(m.message))).toBe(true);
      expect(messagesOf(r.stdout, 'ok.md')).toEqual([]);
    },
  );
});

describe('hostile file system', () => {
  it('reports a FIFO, a symbolic link loop and a folder loop in the scanned tree, and lints the rest', async () => {
    const dir = ws({ 'ok.md': valid('ok'), 'sub/also-ok.md': valid('also-ok') });
    // A named pipe: reading it would wait for a writer for ever.
    expect(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status).toBe(0);
    symlinkSync('loop.md', join(dir, 'loop.md'));
    symlinkSync('..', join(dir, 'sub/up'));
    const r = await run(dir, ['check', '-f', 'json']);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath.slice(dir.length + 1));
    expect(files).toEqual(['ok.md', 'sub/also-ok.md']);
    // The folder scan lists regular files only: the pipe and the loops are passed over, nothing hangs.
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Named on the command line, both are refused rather than read.
    const named = await run(dir, ['check', 'pipe.md', 'loop.md', 'ok.md']);
    expect(named.code).toBe(2);
    expect(named.stderr).toBe(
      'dunlint: error: loop.md: is a symbolic link loop\n' +
        'dunlint: error: pipe.md: is not a regular file (a pipe, socket or device); dunlint reads only files\n',
    );
  });

  it('reads a file to its end when it holds more than its size said (a file that grew, /proc)', () => {
    // /proc files report size 0 and have content: the read goes past the size, within the limit.
    const status = readTemplateBytes('/proc/self/status', 1024 * 1024);
    expect(status.ok && status.bytes.toString('utf8')).toMatch(/^Name:/);
    const limited = readTemplateBytes('/proc/self/status', 10);
    expect(limited.ok ? 'read' : limited.reason).toMatch(/^is too large to lint \(.+; the limit is 10 bytes/);
  });

  it('refuses a socket named on the command line', async () => {
    const dir = ws({ 'ok.md': valid('ok') });
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'socket.md'), done));
    try {
      const r = await run(dir, ['check', 'socket.md', 'ok.md']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'dunlint: error: socket.md: is not a regular file (a pipe, socket or device); dunlint reads only files\n',
      );
    } finally {
      server.close();
    }
  });

  it('refuses a configuration whose team lexicon is a pipe, instead of waiting on it', async () => {
    const dir = ws({ '.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./lex.yaml\n', 'ok.md': valid('ok') });
    expect(spawnSync('mkfifo', [join(dir, 'lex.yaml')]).status).toBe(0);
    const r = await run(dir, ['check']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'dunlint: configuration error: .dunlintrc.yaml:2:21: Cannot read the lexicon "./lex.yaml": it is not a regular file\n',
    });
  });

  it('reports a file it may not read (chmod 000) and lints the others', async () => {
    const dir = ws({ 'ok.md': valid('ok'), 'secret.md': valid('secret') });
    chmodSync(join(dir, 'secret.md'), 0o000);
    const r = await run(dir, ['check', '-f', 'json']);
    const linted = (JSON.parse(r.stdout) as { filePath: string }[]).map((f) => f.filePath.slice(dir.length + 1));
    if (process.getuid?.() === 0) {
      // Root reads any file whatever its mode: here the file is simply linted. (The permission
      // message itself is checked below, from the error the file system gives a normal user.)
      console.info('hostile.test: running as root, so chmod 000 does not make a file unreadable');
      expect(linted).toEqual(['ok.md', 'secret.md']);
    } else {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('dunlint: error: secret.md: cannot be read (permission denied)\n');
      expect(linted).toEqual(['ok.md']);
    }
    const { describeFsError } = await import('../../packages/cli/dist/read-template.js');
    expect(describeFsError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe(
      'cannot be read (permission denied)',
    );
  });
});

describe('--fix never loses data', () => {
  const strict = resolveFileConfig(
    { layers: [{ data: presetConfig('strict', builtinRules), baseDir: '', source: 'preset:strict' }] },
    undefined,
  );

  it('keeps the file mode, and does not overwrite a file that changed on disk after it was read', async () => {
    const dir = ws({ 'a.md': FIXABLE('a'), 'b.md': FIXABLE('b') });
    chmodSync(join(dir, 'a.md'), 0o640);
    const r = await run(dir, ['check', '--fix']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(valid('a'));
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o640);
    // An editor saves b.md between the read and the write: the fix is not written over it.
    const file = join(dir, 'b.md');
    writeFileSync(file, 'edited meanwhile\n');
    const outcome = lintFile({ file, configId: 0, maxBytes: 1e6, text: FIXABLE('b') }, strict, { fix: true });
    expect(outcome.problem).toBe('changed on disk during the run; fixes not written');
    expect(readFileSync(file, 'utf8')).toBe('edited meanwhile\n');
  });

  /** 300 fixable files (LF, CRLF, with and without BOM, several modes) and their fully fixed texts. */
  function fixableProject(): { dir: string; originals: Map<string, string>; modes: Map<string, number> } {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      let text = FIXABLE(`t${i}`);
      if (i % 3 === 1) text = text.replace(/\n/g, '\r\n');
      if (i % 5 === 2) text = `\uFEFF${text}`;
      files[`${['en', 'es', 'pt'][i % 3]}/t${String(i).padStart(3, '0')}.md`] = text;
    }
    const dir = ws(files);
    const modes = new Map<string, number>();
    Object.keys(files).forEach((f, i) => {
      const mode = [0o644, 0o600, 0o664][i % 3]!;
      chmodSync(join(dir, f), mode);
      modes.set(f, mode);
    });
    return { dir, originals: new Map(Object.entries(files)), modes };
  }

  function listFiles(dir: string, sub = ''): string[] {
    return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? listFiles(dir, join(sub, e.name)) : [join(sub, e.name)],
    );
  }

  /** Runs `dunlint check --fix` as a process and interrupts it (Ctrl-C) as soon as it has written one file. */
  function interruptedFix(dir: string, extra: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [BIN, 'check', '--fix', ...extra, '.'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.resume();
      let sent = false;
      const watchers = ['en', 'es', 'pt'].map((sub) =>
        watch(join(dir, sub), (_event, name) => {
          // A rename onto a template is a finished atomic write.
          if (sent || !name || !name.endsWith('.md')) return;
          sent = true;
          child.kill('SIGINT');
        }),
      );
      child.on('error', reject);
      child.on('exit', (code) => {
        for (const w of watchers) w.close();
        resolvePromise({ code, stderr });
      });
    });
  }

  it.each([
    ['in the main thread', ['--concurrency', '1']],
    ['on worker threads', ['--concurrency', '2']],
  ])(
    'an interrupted run (Ctrl-C) leaves every file old or completely fixed, and no temporary file (%s)',
    { timeout: 180_000 },
    async (_name, extra) => {
      const { dir, originals, modes } = fixableProject();
      // The fully fixed text of every file, from a dry run.
      const dry = await run(dir, ['check', '--fix-dry-run', '-f', 'json', '--concurrency', '1']);
      const fixed = new Map<string, string>(
        (JSON.parse(dry.stdout) as { filePath: string; output?: string }[]).map((f) => [
          f.filePath.slice(dir.length + 1),
          f.output!,
        ]),
      );
      expect([...fixed.values()].every((t) => typeof t === 'string')).toBe(true);

      const r = await interruptedFix(dir, extra);
      expect(r.code).toBe(130);
      const m =
        /^dunlint: interrupted after (\d+) of 300 files: each file is either unchanged or completely fixed\. Run the command again to finish\.\n$/.exec(
          r.stderr,
        );
      expect(m, r.stderr).not.toBeNull();
      let changed = 0;
      for (const [file, original] of originals) {
        const now = readFileSync(join(dir, file), 'utf8');
        if (now !== original) {
          changed++;
          expect(now, file).toBe(fixed.get(file));
        }
        expect(statSync(join(dir, file)).mode & 0o777, file).toBe(modes.get(file));
      }
      expect(changed).toBeGreaterThan(0);
      expect(changed).toBeLessThan(300);
      expect(listFiles(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(listFiles(dir)).toHaveLength(300);

      // Running again finishes the job.
      const again = await run(dir, ['check', '--fix', '--concurrency', '1']);
      expect(again.code).toBe(0);
      for (const [file, text] of fixed) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
    },
  );
});
