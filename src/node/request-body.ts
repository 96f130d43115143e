import { FormData as UndiciFormData } from "undici";
import { readKeptState } from "../core/transport/replayable-request.js";

/** A body in a form undici sends as it is, with the headers that go with it. */
export interface OutgoingBody {
  /** What undici sends: bytes and text with their length, a Blob or a form by parts, else a stream. */
  body: string | Uint8Array | Blob | UndiciFormData | ReadableStream<Uint8Array> | null;
  /** False when undici writes the Content-Type itself (a form names its own boundary). */
  keepContentType: boolean;
}

// undici encodes (and measures) only forms of its own class; the parts are copied, not read.
function toUndiciForm(form: FormData): UndiciFormData {
  const copy = new UndiciFormData();
  for (const [name, value] of form) {
    if (typeof value === "string") copy.append(name, value);
    else copy.append(name, value, value.name);
  }
  return copy;
}

function toBytes(body: ArrayBuffer | ArrayBufferView): Uint8Array {
  return body instanceof ArrayBuffer
    ? new Uint8Array(body)
    : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

/**
 * Picks what undici sends for a request's body.
 *
 * A body the SDK kept in memory (text, bytes, a Blob, a form) goes as it is, so that undici sends
 * its length and reads a file-backed Blob part by part; a one-shot stream is forwarded chunk by
 * chunk under backpressure, never read whole. A `LightRequest` holds its body as given: the same
 * picks apply, and its stream is forwarded as it is.
 */
export function pickRequestBody(request: Request): OutgoingBody {
  if (request.body === null) return { body: null, keepContentType: true };
  const kept = readKeptState(request)?.replayBody ?? null;
  if (typeof kept === "string" || kept instanceof Blob)
    return { body: kept, keepContentType: true };
  if (kept instanceof URLSearchParams) return { body: kept.toString(), keepContentType: true };
  if (kept instanceof ArrayBuffer || ArrayBuffer.isView(kept)) {
    return { body: toBytes(kept), keepContentType: true };
  }
  // The Content-Type `Request` wrote names a boundary of its own encoding of the form.
  if (kept instanceof FormData) return { body: toUndiciForm(kept), keepContentType: false };
  return { body: request.body, keepContentType: true };
}
