import { NdjsonDecodeError, type NdjsonDecodeFailure } from "./ndjson-decode-error.js";

/** Position reached by the decoder, used to describe a failure. */
interface DecodePosition {
  decodedCount: number;
  lineNumber: number;
}

/**
 * Decodes an NDJSON byte stream incrementally, yielding one parsed value per non-blank line.
 *
 * Bytes are decoded as they arrive (a UTF-8 character split across chunks is reassembled); lines
 * end with `\n` or `\r\n`; blank lines are skipped; the last line needs no final newline. Leaving
 * the loop early (`break`) cancels the stream.
 *
 * @throws NdjsonDecodeError when a line is not JSON (`invalid-json`), the stream ends inside a
 *   line (`truncated`), the bytes are not UTF-8 (`invalid-utf8`) or reading fails
 *   (`stream-failed`, with the reader's error as `cause`).
 */
export async function* decodeNdjson(stream: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const position: DecodePosition = { decodedCount: 0, lineNumber: 0 };
  // Text after the last newline, kept as parts so a long line arriving in many chunks is joined once.
  let pending: string[] = [];
  let finished = false;
  try {
    for (;;) {
      const chunk = await readChunk(reader, position);
      if (chunk === undefined) break;
      const decoded = decodeChunk(decoder, chunk, position, true);
      pending.push(decoded);
      if (!decoded.includes("\n")) continue;
      const lines = pending.join("").split("\n");
      pending = [lines.pop() ?? ""];
      for (const line of lines) {
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

function failure(kind: NdjsonDecodeFailure, at: DecodePosition, cause: unknown): NdjsonDecodeError {
  return new NdjsonDecodeError({ failure: kind, ...at, cause });
}
