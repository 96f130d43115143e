/** A request body that `fetch` can send any number of times with the same content. */
export type InMemoryBody =
  | string
  | FormData
  | Blob
  | URLSearchParams
  | ArrayBuffer
  | ArrayBufferView;

/**
 * Tells whether a value is a body `fetch` takes as it is and can send again (everything but a
 * one-shot stream): a Blob may be backed by a file on disk, which is read again, not held.
 */
export function isInMemoryBody(body: unknown): body is InMemoryBody {
  return (
    typeof body === "string" ||
    body instanceof FormData ||
    body instanceof Blob ||
    body instanceof URLSearchParams ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  );
}
