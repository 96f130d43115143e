import { AkeneoError, InvalidResponseError } from "../errors/index.js";
import { toNoAnswerError } from "./fetch-stage.js";

/** The request an answer belongs to and the caller's signal, to type the failures of a read. */
export interface BodyReadContext {
  /** The request whose answer is read. */
  request: Request;
  /** The caller's signal: a read that fails after it aborted is an `AbortedError`. */
  signal: AbortSignal;
}

/** The error for a body longer than `limitBytes`. */
export function createTooLargeError(
  response: Response,
  context: BodyReadContext,
  limitBytes: number,
  detail: string,
): InvalidResponseError {
  return new InvalidResponseError({
    reason: "too-large",
    status: response.status,
    method: context.request.method,
    url: context.request.url,
    detail,
    contentType: response.headers.get("content-type") ?? undefined,
    limitBytes,
  });
}

/** Turns a failed read of a body into the SDK's no-answer errors (a cut connection, a timeout). */
export function toBodyReadError(error: unknown, context: BodyReadContext): AkeneoError {
  return error instanceof AkeneoError
    ? error
    : toNoAnswerError(error, context.request, context.signal);
}

function concatChunks(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  // fetch's chunks are backed by plain ArrayBuffers.
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a whole body, at most `limitBytes` of it.
 *
 * The read stops (and the connection is released) as soon as the body, announced or actual,
 * passes the limit, so a huge answer never sits in memory.
 *
 * @throws {InvalidResponseError} `too-large` past the limit.
 * @throws {ConnectionError | TimeoutError | AbortedError} when the body is cut, stalls or is aborted.
 */
export async function readBoundedBody(
  response: Response,
  context: BodyReadContext,
  limitBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const announced = Number(response.headers.get("content-length") ?? Number.NaN);
  if (announced > limitBytes) {
    await body.cancel().catch(() => undefined);
    throw createTooLargeError(
      response,
      context,
      limitBytes,
      `the answer announces ${announced} bytes, more than the limit of ${limitBytes}`,
    );
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limitBytes) {
        await reader.cancel().catch(() => undefined);
        throw createTooLargeError(
          response,
          context,
          limitBytes,
          `the answer is longer than the limit of ${limitBytes} bytes`,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    throw toBodyReadError(error, context);
  }
  return concatChunks(chunks, total);
}
