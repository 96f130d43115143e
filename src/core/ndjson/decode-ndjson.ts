import { NdjsonDecodeError, type NdjsonDecodeFailure } from "./ndjson-decode-error.js";

/** Position reached by the decoder, used to describe a failure. */
interface DecodePosition {
  decodedCount: number;
  lineNumber: number;
}

/**
 * Longest NDJSON line decoded by default (8 MiB): Akeneo's result lines hold one item's status and
 * errors; a longer line means a broken or hostile server, and would otherwise be held whole.
 */
export const DEFAULT_MAX_NDJSON_LINE_BYTES = 8 * 1024 * 1024;

/** Limits of the NDJSON decoder. */
export interface DecodeNdjsonOptions {
  /** Longest line, in bytes, line break excluded. @default 8388608 (8 MiB) */
  maxLineBytes?: number;
}

const LINE_FEED = 0x0a;
// UTF-8 needs at most 3 bytes per UTF-16 code unit.
const MAX_UTF8_BYTES_PER_UNIT = 3;
const encoder = /* @__PURE__ */ new TextEncoder();

function isLineTooLong(line: string, maxLineBytes: number): boolean {
  if (line.length > maxLineBytes) return true;
  if (line.length * MAX_UTF8_BYTES_PER_UNIT <= maxLineBytes) return false;
  return encoder.encode(line).byteLength > maxLineBytes;
}

/**
 * Decodes an NDJSON byte stream incrementally, yielding one parsed value per non-blank line.
 *
 * Bytes are decoded as they arrive (a UTF-8 character split across chunks is reassembled); lines
 * end with `\n` or `\r\n`; blank lines are skipped; the last line needs no final newline. Leaving
 * the loop early (`break`) cancels the stream. A line longer than `maxLineBytes` stops decoding as
 * soon as it passes the limit, so memory never holds more than the limit plus one chunk.
 *
 * @throws NdjsonDecodeError when a line is not JSON (`invalid-json`), the stream ends inside a
 *   line (`truncated`), the bytes are not UTF-8 (`invalid-utf8`) or reading fails
 *   (`stream-failed`, with the reader's error as `cause`), or a line is too long (`line-too-long`).
 */
export async function* decodeNdjson(
  stream: ReadableStream<Uint8Array>,
  options: DecodeNdjsonOptions = {},
): AsyncGenerator<unknown> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_NDJSON_LINE_BYTES;
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const position: DecodePosition = { decodedCount: 0, lineNumber: 0 };
  // Text after the last newline, kept as parts so a long line arriving in many chunks is joined once.
  let pending: string[] = [];
  // Bytes received since the last line break: the line being received.
  let pendingBytes = 0;
  let finished = false;
  try {
    for (;;) {
      const chunk = await readChunk(reader, position);
      if (chunk === undefined) break;
      const lastBreak = chunk.lastIndexOf(LINE_FEED);
      pendingBytes =
        lastBreak < 0 ? pendingBytes + chunk.byteLength : chunk.byteLength - lastBreak - 1;
      if (pendingBytes > maxLineBytes) throw tooLong(position, maxLineBytes);
      const decoded = decodeChunk(decoder, chunk, position, true);
      pending.push(decoded);
      if (lastBreak < 0) continue;
      const lines = pending.join("").split("\n");
      pending = [lines.pop() ?? ""];
      for (const line of lines) {
        if (isLineTooLong(line, maxLineBytes)) throw tooLong(position, maxLineBytes);
        position.lineNumber += 1;
        const value = parseLine(line, position, "invalid-json");
        if (value !== SKIP) {
          position.decodedCount += 1;
          yield value;
        }
      }
    }
    pending.push(decodeChunk(decoder, undefined, position, false));
    const lastLine = pending.join("");
    if (lastLine.length > 0) {
      position.lineNumber += 1;
      const value = parseLine(lastLine, position, "truncated");
      if (value !== SKIP) {
        position.decodedCount += 1;
        yield value;
      }
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

const SKIP: unique symbol = Symbol("blank line");

async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  position: DecodePosition,
): Promise<Uint8Array | undefined> {
  try {
    const { done, value } = await reader.read();
    return done ? undefined : value;
  } catch (cause) {
    throw failure("stream-failed", { ...position, lineNumber: position.lineNumber + 1 }, cause);
  }
}

function decodeChunk(
  decoder: TextDecoder,
  chunk: Uint8Array | undefined,
  position: DecodePosition,
  more: boolean,
): string {
  try {
    return decoder.decode(chunk, { stream: more });
  } catch (cause) {
    // At the end, a fatal decoder also rejects a character cut in half: the stream was truncated.
    const kind = more ? "invalid-utf8" : "truncated";
    throw failure(kind, { ...position, lineNumber: position.lineNumber + 1 }, cause);
  }
}

// A final line that does not parse was most likely cut by a dropped connection.
function parseLine(
  rawLine: string,
  position: DecodePosition,
  onInvalid: NdjsonDecodeFailure,
): unknown | typeof SKIP {
  const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
  if (line.trim() === "") return SKIP;
  try {
    return JSON.parse(line);
  } catch (cause) {
    throw failure(onInvalid, position, cause);
  }
}

function tooLong(at: DecodePosition, maxLineBytes: number): NdjsonDecodeError {
  return new NdjsonDecodeError({
    failure: "line-too-long",
    ...at,
    lineNumber: at.lineNumber + 1,
    maxLineBytes,
  });
}

function failure(kind: NdjsonDecodeFailure, at: DecodePosition, cause: unknown): NdjsonDecodeError {
  return new NdjsonDecodeError({ failure: kind, ...at, cause });
}
