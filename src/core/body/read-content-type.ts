/**
 * Returns the media type of a `Content-Type` header, lower-cased and without parameters.
 *
 * Accepts every form openapi-fetch may hand over: a `Headers` object, a list of pairs or a
 * plain record (matched case-insensitively). Returns `undefined` when no content type is set.
 */
export function readContentType(headers: HeadersInit | Headers | undefined): string | undefined {
  const value = findHeader(headers, "content-type");
  if (value === undefined || value === null) return undefined;
  const mediaType = value.split(";", 1)[0]?.trim().toLowerCase();
  return mediaType ? mediaType : undefined;
}

function findHeader(
  headers: HeadersInit | Headers | undefined,
  name: string,
): string | null | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name);
  const pairs = Array.isArray(headers) ? headers : Object.entries(headers);
  for (const [key, value] of pairs) {
    if (typeof key === "string" && key.toLowerCase() === name) return value;
  }
  return undefined;
}
