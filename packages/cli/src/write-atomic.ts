import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  chmodSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The temporary file this thread is writing, if any (see `removePendingTempFile`). */
let pending: string | undefined;

/** `.<name>.<pid>.<8 hex digits>.tmp`: the temporary files of `writeFileAtomic`. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the
 * target, so a reader (or an interrupted run) sees either the old or the new content, never half.
 * The file's mode is kept.
 */
export function writeFileAtomic(path: string, content: string): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  pending = tmp;
  const fd = openSync(tmp, 'wx', mode ?? 0o644);
  try {
    writeSync(fd, content, null, 'utf8');
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    pending = undefined;
    throw error;
  }
  closeSync(fd);
  try {
    if (mode !== undefined) chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw error;
  } finally {
    pending = undefined;
  }
}

/** Removes the temporary file this thread was writing when it was interrupted, if any. */
export function removePendingTempFile(): void {
  if (pending === undefined) return;
  try {
    unlinkSync(pending);
  } catch {
    /* never created, or already renamed */
  }
  pending = undefined;
}

/**
 * Removes the temporary files that process `pid` (any of its threads) left in `dirs`, e.g. after
 * a worker thread was stopped in the middle of a write. Returns the paths removed.
 */
export function removeTempFiles(dirs: Iterable<string>, pid = process.pid): string[] {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (!m || Number(m[1]) !== pid) continue;
      try {
        unlinkSync(join(dir, name));
        removed.push(join(dir, name));
      } catch {
        /* gone meanwhile */
      }
    }
  }
  return removed;
}
