import { pipeline, type Readable, type Transform } from "node:stream";
import { constants, createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/** What the undici transport asks for, as the global `fetch` does. */
export const ACCEPTED_ENCODINGS = "gzip, deflate, br";

// Like fetch: a body whose end is missing its final block still yields what arrived.
const LENIENT = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };

function createDecoder(encoding: string): Transform | undefined {
  switch (encoding.trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return createGunzip(LENIENT);
    case "deflate":
      return createInflate(LENIENT);
    case "br":
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Returns the body decoded from its `Content-Encoding`, as the global `fetch` does, or the body
 * itself when it names no coding this transport knows (`identity`, several codings).
 *
 * A body that is not what its coding says fails when read, which the SDK reports as a cut answer.
 */
export function decodeContent(body: Readable, encoding: string | undefined): Readable {
  if (encoding === undefined || encoding.includes(",")) return body;
  const decoder = createDecoder(encoding);
  if (decoder === undefined) return body;
  // pipeline destroys both sides on a failure or a cancel, so the socket is never left half read.
  return pipeline(body, decoder, () => undefined);
}
