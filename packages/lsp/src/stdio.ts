/**
 * The `--stdio` transport, hardened. vscode-jsonrpc reads `Content-Length` frames from stdin and
 * trusts them: one frame with a wrong length, or a header that is not `Key: value`, and every later
 * message is read from the wrong offset, so the server goes deaf. It also answers nothing to a body
 * that is not JSON or not a JSON-RPC message. This layer sits between stdin and the connection:
 *
 * - a body that is not JSON gets a JSON-RPC "Parse error" response (-32700, id null);
 * - valid JSON that is not a request, notification or response gets "Invalid Request" (-32600),
 *   with the request's id when it has a usable one;
 * - a broken header, or a body that turns out to hold the next frame (a length that was too large
 *   or too small), is skipped up to the next `Content-Length:` header, so the following messages are
 *   read normally (each skipped stretch is answered with one "Parse error").
 *
 * Good frames are passed on byte for byte; answers go through the connection's own writer, so they
 * never interleave with its messages.
 */
import { PassThrough, type Readable } from 'node:stream';
import {
  StreamMessageReader,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = /content-length:/i;
/** A header block longer than this without its blank line is garbage. */
const MAX_HEADER = 8 * 1024;
/** The largest message accepted (a whole workspace edit is a few MB). */
const MAX_BODY = 256 * 1024 * 1024;

type Reply = (id: string | number | null, code: number, message: string) => void;

function isId(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** Why `message` is not a JSON-RPC message the connection can handle, or `undefined` when it is one. */
function invalidMessage(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return 'a message must be a JSON object (batches are not supported)';
  const m = message as Record<string, unknown>;
  if ('method' in m) {
    if (typeof m.method !== 'string') return '"method" must be a string';
    if (m.id !== undefined && !isId(m.id)) return '"id" must be a string or a number';
    if (m.params !== undefined && (typeof m.params !== 'object' || m.params === null))
      return '"params" must be an object or an array';
    return undefined;
  }
  if ((m.result !== undefined || m.error !== undefined) && (isId(m.id) || m.id === null)) return undefined;
  return 'a message needs a "method" (request or notification) or a "result"/"error" (response)';
}

/** Splits stdin into frames, skipping what cannot be read, and hands good frames to `pass`. */
class FrameReader {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(
    private readonly pass: (frame: Buffer, message: unknown) => void,
    private readonly reply: Reply,
  ) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end === -1) {
        if (this.buffer.length > MAX_HEADER) this.skip('a header without its blank line');
        return;
      }
      const length = this.contentLength(this.buffer.subarray(0, end).toString('latin1'));
      if (length === undefined) {
        this.skip('a malformed header');
        continue;
      }
      const start = end + HEADER_END.length;
      if (this.buffer.length < start + length) return; // the rest of the body is still coming
      const body = this.buffer.subarray(start, start + length);
      this.buffer = this.buffer.subarray(start + length);
      this.body(body);
    }
  }

  private contentLength(header: string): number | undefined {
    let length: number | undefined;
    for (const line of header.split('\r\n')) {
      const m = /^([A-Za-z][A-Za-z0-9-]*): *(.*)$/.exec(line);
      if (!m) return undefined;
      if (m[1]!.toLowerCase() !== 'content-length') continue;
      if (!/^\d+$/.test(m[2]!) || Number(m[2]) > MAX_BODY) return undefined;
      length = Number(m[2]);
    }
    return length;
  }

  private body(body: Buffer): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      // A length that was too large swallowed the next frame(s): read them again from their header.
      const text = body.toString('latin1');
      const next = text.slice(1).search(CONTENT_LENGTH);
      this.reply(null, -32700, 'Parse error: the message is not valid JSON.');
      if (next !== -1) this.buffer = Buffer.concat([body.subarray(next + 1), this.buffer]);
      return;
    }
    const problem = invalidMessage(message);
    if (problem) {
      const id = (message as { id?: unknown } | null)?.id;
      this.reply(isId(id) ? id : null, -32600, `Invalid request: ${problem}.`);
      return;
    }
    this.pass(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]), message);
  }

  /** Drops bytes up to the next `Content-Length:` (after the first byte), answering one parse error. */
  private skip(what: string): void {
    const text = this.buffer.toString('latin1');
    const next = text.slice(1).search(CONTENT_LENGTH);
    this.reply(null, -32700, `Parse error: ${what}; skipped to the next message.`);
    if (next !== -1) {
      this.buffer = this.buffer.subarray(next + 1);
      return;
    }
    // Keep a tail that may be the start of a header split across two reads.
    const key = 'content-length:';
    let keep = 0;
    for (let k = Math.min(key.length - 1, text.length); k > 0 && keep === 0; k--)
      if (key.startsWith(text.slice(-k).toLowerCase())) keep = k;
    this.buffer = this.buffer.subarray(this.buffer.length - keep);
  }
}

/**
 * The hardened stdio transport for `createConnection`: a reader of well-formed messages and a
 * writer to stdout. As with plain `--stdio`, the server exits when stdin ends (code 0 after a
 * `shutdown` request, 1 otherwise).
 */
export function hardenedStdio(
  stdin: Readable = process.stdin,
  stdout: NodeJS.WritableStream = process.stdout,
  exit: (code: number) => void = (code) => process.exit(code),
): { reader: MessageReader; writer: MessageWriter } {
  const writer = new StreamMessageWriter(stdout);
  const frames = new PassThrough();
  let shutdown = false;
  const reply: Reply = (id, code, message) => {
    const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    writer.write(response).catch(() => undefined);
  };
  const reader = new FrameReader((frame, message) => {
    if ((message as { method?: unknown }).method === 'shutdown') shutdown = true;
    frames.write(frame);
  }, reply);
  stdin.on('data', (chunk: Buffer) => reader.push(chunk));
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    exit(shutdown ? 0 : 1);
  };
  stdin.on('end', end);
  stdin.on('close', end);
  return { reader: new StreamMessageReader(frames), writer };
}
