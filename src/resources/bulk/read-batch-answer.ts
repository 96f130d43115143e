import { AkeneoError } from "../../core/errors/index.js";
import { decodeNdjson } from "../../core/ndjson/index.js";
import type { BatchAnswer, BatchAnswerStyle } from "./upsert-types.js";

/** Thrown when a JSON-array answer is not a JSON array. */
export class InvalidBatchAnswerError extends AkeneoError {
  override name = "InvalidBatchAnswerError";
}

/**
 * Yields the answer's entries (one per item), decoding NDJSON as its bytes arrive.
 *
 * A JSON-array answer is read whole: it is at most one short entry per item of the batch.
 *
 * @throws NdjsonDecodeError when an NDJSON answer is truncated or holds a non-JSON line.
 * @throws InvalidBatchAnswerError when a JSON-array answer is not a JSON array.
 */
export async function* readBatchAnswer(
  answer: BatchAnswer,
  style: BatchAnswerStyle,
  maxLineBytes?: number,
): AsyncGenerator<unknown> {
  if (answer === null || answer === undefined) return;
  if (Array.isArray(answer)) {
    yield* answer;
    return;
  }
  const stream = toStream(answer as ReadableStream<Uint8Array> | Response | string);
  if (style === "ndjson") {
    if (stream !== null)
      yield* decodeNdjson(stream, maxLineBytes === undefined ? {} : { maxLineBytes });
    return;
  }
  yield* parseJsonArray(stream === null ? "" : await new Response(stream).text());
}

function toStream(
  answer: ReadableStream<Uint8Array> | Response | string,
): ReadableStream<Uint8Array> | null {
  if (answer instanceof Response) return answer.body;
  if (typeof answer === "string") return new Response(answer).body;
  return answer;
}

function parseJsonArray(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new InvalidBatchAnswerError("The batch answer is not valid JSON", { cause });
  }
  if (!Array.isArray(parsed)) {
    throw new InvalidBatchAnswerError(
      `The batch answer is not a JSON array (received ${parsed === null ? "null" : typeof parsed})`,
    );
  }
  return parsed;
}
