import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../packages/core/dist/index.js';
import { run, valid, VALID, tempWorkspaces } from './helpers.js';

const ws = tempWorkspaces();

const BODY_END = 'Reply STOP to opt out.\n';
/** A legal threat (no-legal-threat, an error in recommended). */
const THREAT = valid('threat').replace(
  BODY_END,
  `If this is not paid, we will take you to court and sue you.\n${BODY_END}`,
);
/** A broken placeholder, which placeholder-syntax fixes. */
const FIXABLE = valid('fixable').replace('{{balance}}', '{{balance}');
/** A threat silenced by a directive with a reason (the audit trail of suppressed messages). */
const SUPPRESSED = valid('suppressed').replace(
  BODY_END,
  `<!-- dunlint-disable-next-line no-legal-threat -- approved by legal, ticket LEG-42 -->\nIf this is not paid, we will take you to court and sue you.\n${BODY_END}`,
);
/** An unused variable (a warning in recommended). */
const UNUSED = valid('unused').replace('variables:\n', 'variables:\n  extra: { type: string, sample: y }\n');

const PROJECT = {
  'a.md': valid('a'),
  'threat.md': THREAT,
  'fixable.md': FIXABLE,
  'suppressed.md': SUPPRESSED,
  'unused.md': UNUSED,
  'dup/one.md': valid('same'),
  'dup/two.md': valid('same'),
};

interface CacheFileShape {
  dunlint: string;
  format: number;
  version: string;
  entries: Record<string, { hash: string; key: string; result: { messages: { message: string }[] } }>;
}
function readCache(path: string): CacheFileShape {
  return JSON.parse(readFileSync(path, 'utf8')) as CacheFileShape;
}
/** Rewrites the cached messages of one file, to see whether a run takes its result from the cache. */
function tamper(cacheFile: string, file: string, message: string): void {
  const cache = readCache(cacheFile);
  const entry = cache.entries[file]!;
  entry.result.messages = [{ ...(entry.result.messages[0] ?? VALID_MESSAGE), message }];
  writeFileSync(cacheFile, JSON.stringify(cache));
}
const VALID_MESSAGE = {
  ruleId: 'no-legal-threat',
  severity: 2,
  message: '',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  offset: 0,
  endOffset: 1,
};

describe('dunlint check --cache', () => {
  it('prints exactly what a run without the cache prints, cold and warm, in every format', async () => {
    const dir = ws(PROJECT);
    for (const format of ['json', 'sarif', 'stylish', 'junit', 'github']) {
      for (const extra of [[], ['--quiet']]) {
        const args = ['check', '--format', format, ...extra];
        const plain = await run(dir, args);
        rmSync(join(dir, '.dunlintcache'), { force: true });
        const cold = await run(dir, [...args, '--cache']);
        const warm = await run(dir, [...args, '--cache']);
        expect(cold).toEqual(plain);
        expect(warm).toEqual(plain);
      }
    }
    const json = JSON.parse((await run(dir, ['check', '-f', 'json', '--cache'])).stdout) as {
      filePath: string;
      messages: { ruleId: string; message: string }[];
      suppressedMessages: unknown[];
    }[];
    const byName = new Map(json.map((f) => [f.filePath.slice(dir.length + 1), f]));
    // The warm run still has what only a whole run knows (duplicate ids) and each file's audit trail.
    expect(byName.get('dup/one.md')!.messages.map((m) => m.message)).toEqual([
      'The template id "same" is also used by dup/two.md. Give each template its own id.',
    ]);
    const suppressed = byName.get('suppressed.md')!.suppressedMessages as { ruleId: string }[];
    expect(suppressed.length).toBeGreaterThan(0);
    expect(new Set(suppressed.map((m) => m.ruleId))).toEqual(new Set(['no-legal-threat']));
    expect(byName.get('threat.md')!.messages.map((m) => m.ruleId)).toContain('no-legal-threat');
  });

  it('takes unchanged files from the cache and lints changed ones again', async () => {
    const dir = ws({ 'a.md': THREAT, 'b.md': valid('b') });
    const cacheFile = join(dir, '.dunlintcache');
    await run(dir, ['check', '--cache']);
    tamper(cacheFile, join(dir, 'a.md'), 'FROM THE CACHE');
    const warm = await run(dir, ['check', '--cache', '-f', 'json']);
    expect(warm.stdout).toContain('FROM THE CACHE');
    // Changing the file's content makes its entry stale.
    writeFileSync(join(dir, 'a.md'), THREAT.replace('Sam', 'Kim'));
    const changed = await run(dir, ['check', '--cache', '-f', 'json']);
    expect(changed.stdout).not.toContain('FROM THE CACHE');
    expect(changed.stdout).toContain('no-legal-threat');
    expect(changed.code).toBe(1);
  });

  it('lints again when the config, a team lexicon or a --rule flag changes', async () => {
    const body = VALID.replace(BODY_END, `Otherwise you will do brig time.\n${BODY_END}`).replace(
      'consent: { basis: contract }\n',
      'consent: { basis: contract }\nsms: { max_segments: 4 }\n',
    );
    const dir = ws({
      '.dunlintrc.yaml': 'lexicons:\n  no-arrest-threat: ./team-lexicon.yaml\n',
      'team-lexicon.yaml': "language: en\nentries:\n  - id: cell\n    pattern: 'cell block'\n",
      't.md': body,
    });
    const ids = async (...extra: string[]) =>
      (
        JSON.parse((await run(dir, ['check', '--cache', '-f', 'json', ...extra])).stdout)[0].messages as {
          ruleId: string;
          severity: number;
        }[]
      ).map((m) => `${m.ruleId}:${m.severity}`);
    expect(await ids()).toEqual([]);
    // The team lexicon is data the config points to: its content is part of the key.
    writeFileSync(join(dir, 'team-lexicon.yaml'), "language: en\nentries:\n  - id: brig\n    pattern: 'brig time'\n");
    expect(await ids()).toEqual(['no-arrest-threat:2']);
    // So is the config itself, and --rule.
    writeFileSync(
      join(dir, '.dunlintrc.yaml'),
      'lexicons:\n  no-arrest-threat: ./team-lexicon.yaml\nrules:\n  no-arrest-threat: warn\n',
    );
    expect(await ids()).toEqual(['no-arrest-threat:1']);
    expect(await ids('--rule', 'no-arrest-threat: off')).toEqual([]);
    expect(await ids()).toEqual(['no-arrest-threat:1']);
  });

  it('ignores and rewrites a corrupt, truncated, foreign or older cache file', async () => {
    const dir = ws({ 'a.md': THREAT, 'b.md': valid('b') });
    const cacheFile = join(dir, '.dunlintcache');
    const plain = await run(dir, ['check', '-f', 'json']);
    await run(dir, ['check', '--cache']);
    const good = readFileSync(cacheFile, 'utf8');
    const stale = readCache(cacheFile);
    for (const entry of Object.values(stale.entries)) entry.result.messages = [];
    const olderVersion = JSON.stringify({ ...stale, version: `${VERSION}-older` });
    const wrongShape = JSON.stringify({ ...stale, entries: [] });
    const badEntry = JSON.stringify({
      ...stale,
      entries: Object.fromEntries(Object.entries(stale.entries).map(([k, v]) => [k, { ...v, result: 'garbage' }])),
    });
    for (const content of [
      '{not json',
      good.slice(0, good.length / 2),
      '',
      'null',
      olderVersion,
      wrongShape,
      badEntry,
    ]) {
      writeFileSync(cacheFile, content);
      const r = await run(dir, ['check', '--cache', '-f', 'json']);
      expect(r).toEqual(plain);
      const rewritten = readCache(cacheFile);
      expect(rewritten.version).toBe(VERSION);
      expect(Object.keys(rewritten.entries).sort()).toEqual([join(dir, 'a.md'), join(dir, 'b.md')]);
      expect(rewritten.entries[join(dir, 'a.md')]!.result.messages.length).toBeGreaterThan(0);
    }
  });

  it('--fix still fixes files whose cached result has fixes, and the next run is warm and clean', async () => {
    const dir = ws({ 'fixable.md': FIXABLE, 'a.md': valid('a') });
    await run(dir, ['check', '--cache']);
    const dry = JSON.parse((await run(dir, ['check', '--cache', '--fix-dry-run', '-f', 'json'])).stdout);
    expect(dry.find((f: { filePath: string }) => f.filePath.endsWith('fixable.md')).output).toBe(
      FIXABLE.replace('{{balance}', '{{balance}}'),
    );
    const fixed = await run(dir, ['check', '--cache', '--fix', '-f', 'json']);
    expect(readFileSync(join(dir, 'fixable.md'), 'utf8')).toBe(FIXABLE.replace('{{balance}', '{{balance}}'));
    expect(JSON.parse(fixed.stdout).every((f: { errorCount: number }) => f.errorCount === 0)).toBe(true);
    // The fixed text is what the cache now holds: a warm run agrees with a plain one.
    tamper(join(dir, '.dunlintcache'), join(dir, 'fixable.md'), 'FROM THE CACHE');
    expect((await run(dir, ['check', '--cache', '-f', 'json'])).stdout).toContain('FROM THE CACHE');
  });

  it('forgets deleted files but keeps files another run linted', async () => {
    const dir = ws({ 'a.md': valid('a'), 'b.md': valid('b'), 'sub/c.md': valid('c') });
    const cacheFile = join(dir, '.dunlintcache');
    await run(dir, ['check', '--cache']);
    expect(Object.keys(readCache(cacheFile).entries)).toHaveLength(3);
    rmSync(join(dir, 'b.md'));
    await run(dir, ['check', '--cache', 'sub']);
    expect(Object.keys(readCache(cacheFile).entries).sort()).toEqual([join(dir, 'a.md'), join(dir, 'sub/c.md')]);
  });

  it('--cache-location takes a file or a folder, and a cache that cannot be written is only a warning', async () => {
    const dir = ws({ 'a.md': valid('a'), 'cachedir/keep': '' });
    await run(dir, ['check', '--cache', '--cache-location', 'cachedir']);
    expect(existsSync(join(dir, 'cachedir/.dunlintcache'))).toBe(true);
    await run(dir, ['check', '--cache', '--cache-location', 'new/dir/']);
    expect(existsSync(join(dir, 'new/dir/.dunlintcache'))).toBe(true);
    await run(dir, ['check', '--cache', '--cache-location', 'deep/er/cache.json']);
    expect(readCache(join(dir, 'deep/er/cache.json')).dunlint).toBe('cache');
    expect(existsSync(join(dir, '.dunlintcache'))).toBe(false);
    await run(dir, ['check', '--cache']);
    expect(existsSync(join(dir, '.dunlintcache'))).toBe(true);

    const r = await run(dir, ['check', '--cache', '--cache-location', 'a.md/cache']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^dunlint: warning: could not write the cache file .*a\.md\/cache \(.*\); the next run will lint every file again\n$/,
    );
  });

  it('does not use or write a cache for standard input', async () => {
    const dir = ws({});
    const r = await run(dir, ['check', '--cache', '--stdin', '-f', 'json'], THREAT);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, '.dunlintcache'))).toBe(false);
  });
});
