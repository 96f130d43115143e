import { isPlainRecord } from "../values/index.js";
import { SDK_VERSION } from "../version.js";
import { isHeaderName, isHeaderValue } from "./header-syntax.js";
import { rejectOption, requireString } from "./option-checks.js";

// Headers the client owns: auth sets Authorization, the body serializer Content-Type.
const CLIENT_OWNED_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "content-type",
  "user-agent",
]);
// Headers that describe the connection or the message framing: Node's HTTP engine sets them
// itself, and a value of the caller's refuses or corrupts every request.
const FRAMING_HEADERS: ReadonlySet<string> = new Set([
  "connection",
  "content-length",
  "expect",
  "host",
  "http2-settings",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);
const HEADERS_ACCEPTED = "a record, a Headers, a Map or an array of [name, value] pairs";

function resolveUserAgent(value: unknown): string {
  const suffix = value === undefined ? "" : ` ${requireString("userAgent", value)}`;
  if (!isHeaderValue(suffix)) {
    rejectOption("userAgent", value, "printable Latin-1 text without CR, LF or NUL");
  }
  return `akeneo-pim-sdk/${SDK_VERSION}${suffix}`;
}

function isPairList(value: unknown): value is Iterable<unknown> {
  return (
    Array.isArray(value) ||
    value instanceof Map ||
    (typeof value === "object" && value !== null && Symbol.iterator in value)
  );
}

// Every HeadersInit form, and a Map, as a list of entries; each pair is checked by the caller.
function readEntries(headers: unknown): [unknown, unknown][] {
  if (headers instanceof Headers) return [...headers.entries()];
  if (isPairList(headers)) {
    return [...headers].map((pair, index) => {
      if (!Array.isArray(pair) || pair.length !== 2) {
        rejectOption(`headers[${index}]`, pair, "a [name, value] pair");
      }
      return [pair[0], pair[1]];
    });
  }
  if (isPlainRecord(headers)) return Object.entries(headers);
  return rejectOption("headers", headers, HEADERS_ACCEPTED);
}

function checkHeader(name: unknown, value: unknown): string {
  if (typeof name !== "string" || !isHeaderName(name)) {
    rejectOption("headers", name, "header names of RFC 9110 token characters");
  }
  const field = `headers.${name}`;
  const lower = name.toLowerCase();
  if (CLIENT_OWNED_HEADERS.has(lower)) {
    rejectOption(
      field,
      value,
      "no value: the client sets this header itself (use userAgent to extend User-Agent)",
    );
  }
  if (FRAMING_HEADERS.has(lower)) {
    rejectOption(field, value, "no value: the HTTP engine sets this connection or framing header");
  }
  if (typeof value !== "string") rejectOption(field, value, "a string");
  if (!isHeaderValue(value)) {
    rejectOption(field, value, "printable Latin-1 text without CR, LF or NUL");
  }
  return lower;
}

/**
 * Checks the `userAgent` and `headers` options and returns the default headers of every call.
 *
 * `headers` takes every `HeadersInit` form and a `Map`. Names the client or the HTTP engine owns
 * (Authorization, Content-Type, User-Agent, Host, Content-Length, Transfer-Encoding, Connection…)
 * and values with CR, LF, NUL or characters above U+00FF are refused, so no call can fail later
 * on a header.
 *
 * @throws {InvalidOptionError} naming `userAgent` or the faulty header.
 */
export function resolveHeaders(
  headers: unknown,
  userAgent: unknown,
): Readonly<Record<string, string>> {
  const combined = new Headers({ "user-agent": resolveUserAgent(userAgent) });
  if (headers !== undefined) {
    for (const [name, value] of readEntries(headers)) {
      combined.append(checkHeader(name, value), value as string);
    }
  }
  return Object.freeze(Object.fromEntries(combined.entries()));
}
