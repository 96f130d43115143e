import type { IncomingHttpHeaders } from "node:http";

/** A request as the emulator's handlers see it: fully read, path still percent-encoded. */
export interface FakeRequest {
  readonly method: string;
  /** Path exactly as sent (no `..` resolution, no decoding), without the query string. */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Route parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
}

/** Splits a request target into its raw path and its query, without normalising the path. */
export function splitRequestTarget(target: string): { rawPath: string; query: URLSearchParams } {
  const mark = target.indexOf("?");
  if (mark === -1) return { rawPath: target, query: new URLSearchParams() };
  return { rawPath: target.slice(0, mark), query: new URLSearchParams(target.slice(mark + 1)) };
}

/** Returns the media type of the Content-Type header in lower case, "" when absent. */
export function readMediaType(headers: IncomingHttpHeaders): string {
  const header = headers["content-type"] ?? "";
  return (header.split(";")[0] ?? "").trim().toLowerCase();
}

/** Returns a header value as one string ("" when absent). */
export function readHeader(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
