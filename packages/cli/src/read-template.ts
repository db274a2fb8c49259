import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

// ignoreBOM keeps a leading BOM in the text, so that --fix writes it back (the core strips it for offsets).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a template safely: refuses files over `maxBytes`, binary files (NUL bytes) and invalid
 * UTF-8, each with a reason a person can act on. Never throws.
 */
export function readTemplate(path: string, maxBytes: number): ReadResult {
  const read = readTemplateBytes(path, maxBytes);
  return read.ok ? decodeTemplate(read.bytes) : read;
}

/**
 * Opened without waiting: a named pipe would otherwise make `open` wait for a writer for ever. No
 * effect on regular files. Not on Windows, where the checks stat the path first instead.
 */
const OPEN_FLAGS = constants.O_NONBLOCK === undefined ? undefined : constants.O_RDONLY | constants.O_NONBLOCK;

/** The file's bytes, with readTemplate's size and file-system checks (not decoded). Never throws. */
export function readTemplateBytes(
  path: string,
  maxBytes: number,
): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  if (OPEN_FLAGS === undefined) return readByPath(path, maxBytes);
  // One open, one fstat and the reads: the checks are made on the file that is read.
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  try {
    const stat = fstatSync(fd);
    const refused = refusal(stat, maxBytes);
    if (refused) return refused;
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    // A file that grew while it was read is read to its end, within the limit. One byte tells
    // (the usual case: nothing more), so no larger buffer is allocated for each file.
    const more: Buffer[] = [];
    let total = filled;
    for (let size = 1; ; size = 64 * 1024) {
      const chunk = Buffer.allocUnsafe(size);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge(total, maxBytes);
      more.push(chunk.subarray(0, n));
    }
    return {
      ok: true,
      bytes: more.length === 0 ? bytes.subarray(0, filled) : Buffer.concat([bytes.subarray(0, filled), ...more]),
    };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/** Why a file is not read, from its stat, or undefined when it may be. */
function refusal(stat: Stats, maxBytes: number): { ok: false; reason: string } | undefined {
  if (stat.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
  // A named pipe would make the read wait for a writer for ever; a device may never end.
  if (!stat.isFile())
    return { ok: false, reason: 'is not a regular file (a pipe, socket or device); dunlint reads only files' };
  return stat.size > maxBytes ? tooLarge(stat.size, maxBytes) : undefined;
}

function tooLarge(size: number, maxBytes: number): { ok: false; reason: string } {
  return {
    ok: false,
    reason: `is too large to lint (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}, set "settings.maxFileSize" or --max-file-size to change it)`,
  };
}

/** `readTemplateBytes` where files cannot be opened without waiting: stat the path, then read it. */
function readByPath(path: string, maxBytes: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  try {
    const refused = refusal(statSync(path), maxBytes);
    if (refused) return refused;
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
}

/** Decodes bytes as UTF-8 text, refusing binary data and invalid UTF-8 with a position. */
export function decodeTemplate(bytes: Uint8Array): ReadResult {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `is a binary file, not a text template (NUL byte at byte ${nul})` };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    return { ok: false, reason: `is not valid UTF-8 (first bad byte at offset ${at}, line ${line}); save it as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the longest valid prefix.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A prefix that ends inside a multi-byte sequence only looks valid while streaming: the bad
  // byte is then the lead byte of that unfinished sequence.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
    return lo;
  } catch {
    let lead = lo - 1;
    while (lead > 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
    return lead;
  }
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ELOOP':
      return 'is a symbolic link loop';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENXIO': // opening a socket
      return 'is not a regular file (a pipe, socket or device); dunlint reads only files';
    default:
      return `cannot be read (${(error as Error)?.message ?? String(error)})`;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
