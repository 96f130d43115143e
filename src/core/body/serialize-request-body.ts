import { InvalidArgumentError } from "../errors/index.js";
import { encodeNdjson } from "../ndjson/index.js";
import { isPlainRecord } from "../values/index.js";
import { buildMultipartForm, isMultipartBody } from "./build-multipart-form.js";
import { isInMemoryBody } from "./in-memory-body.js";
import { readContentType } from "./read-content-type.js";

/** Content type of Akeneo's NDJSON bulk endpoints. */
export const AKENEO_COLLECTION_CONTENT_TYPE = "application/vnd.akeneo.collection+json";

/**
 * Turns a request body into what `fetch` sends; installed as openapi-fetch's `bodySerializer`.
 *
 * In order:
 * - `undefined` sends no body;
 * - with `Content-Type: application/vnd.akeneo.collection+json`, an array is sent as NDJSON (one
 *   compact JSON object per line) and a string as is;
 * - `FormData`, `Blob`, `URLSearchParams`, `ArrayBuffer`, typed arrays, `ReadableStream` and
 *   strings pass through untouched;
 * - with `Content-Type: application/x-www-form-urlencoded`, a plain object becomes form fields;
 * - a plain object holding a `Blob`/`File` value becomes a multipart form: Blob values are file
 *   parts, other values plain fields (objects as their JSON text);
 * - anything else is sent as JSON.
 *
 * @throws InvalidArgumentError when an NDJSON body is neither an array nor a string, or a body
 *   or item has no JSON form (a cycle, a BigInt, a function).
 */
export function serializeRequestBody(
  body: unknown,
  headers?: HeadersInit | Headers,
): BodyInit | undefined {
  if (body === undefined) return undefined;
  const contentType = readContentType(headers);
  if (contentType === AKENEO_COLLECTION_CONTENT_TYPE) return serializeNdjsonBody(body);
  if (isPassThroughBody(body)) return body;
  if (contentType === "application/x-www-form-urlencoded" && isPlainRecord(body)) {
    return new URLSearchParams(toFormFields(body));
  }
  if (isMultipartBody(body)) return buildMultipartForm(body);
  return stringifyJson(body);
}

// A cycle, a BigInt or a throwing toJSON would otherwise escape as a raw TypeError.
function stringifyJson(body: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (cause) {
    throw new InvalidArgumentError(
      `The request body cannot be serialized as JSON (${(cause as Error).message})`,
      { cause },
    );
  }
  if (text === undefined) {
    throw new InvalidArgumentError(`The request body has no JSON form (received ${typeof body})`);
  }
  return text;
}

function serializeNdjsonBody(body: unknown): string {
  if (typeof body === "string") return body;
  if (!Array.isArray(body)) {
    throw new InvalidArgumentError(
      `An ${AKENEO_COLLECTION_CONTENT_TYPE} body must be an array of items, received ${typeof body}`,
    );
  }
  return encodeNdjson(body);
}

function isPassThroughBody(body: unknown): body is BodyInit {
  return isInMemoryBody(body) || body instanceof ReadableStream;
}

function toFormFields(body: Record<string, unknown>): [string, string][] {
  return Object.entries(body)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => [name, typeof value === "string" ? value : stringifyJson(value)]);
}
