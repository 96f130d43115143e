import { AkeneoError, InvalidResponseError } from "../errors/index.js";
import { concatBytes } from "../values/index.js";
import { toNoAnswerError } from "./fetch-stage.js";
import { discardAnswerBody, HeldBodyAnswer } from "./held-body-answer.js";
import type { AttemptSignal } from "./transport-stage.js";

/** The request an answer belongs to and the caller's signal, to type the failures of a read. */
export interface BodyReadContext {
  /** The request whose answer is read. */
  request: Request;
  /** What aborts the attempt: a read that fails after it aborted is a timeout or an abort. */
  signal: AttemptSignal;
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

// A reader as an async iterable: not every browser's ReadableStream is one yet.
function chunksOf(body: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator]: () => {
      const reader = body.getReader();
      return {
        next: () => reader.read() as Promise<IteratorResult<Uint8Array>>,
        return: async () => {
          await reader.cancel().catch(() => undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
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
  const announced = Number(response.headers.get("content-length") ?? Number.NaN);
  if (announced > limitBytes) {
    await discardAnswerBody(response);
    throw createTooLargeError(
      response,
      context,
      limitBytes,
      `the answer announces ${announced} bytes, more than the limit of ${limitBytes}`,
    );
  }
  const taken = response instanceof HeldBodyAnswer ? response.takeChunks() : undefined;
  const body = taken === undefined ? response.body : null;
  if (taken === undefined && body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // Leaving the loop early (past the limit, a failure) releases the rest of the body.
    for await (const chunk of taken ?? chunksOf(body as ReadableStream<Uint8Array>)) {
      total += chunk.byteLength;
      if (total > limitBytes) {
        throw createTooLargeError(
          response,
          context,
          limitBytes,
          `the answer is longer than the limit of ${limitBytes} bytes`,
        );
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw toBodyReadError(error, context);
  }
  return concatBytes(chunks);
}
