import { REDACTED } from "../redact/index.js";

// Only these headers are ever written to logs; everything else (cookies, credentials, custom
// headers a proxy may add) is left out.
const LOGGED_HEADERS: ReadonlySet<string> = new Set([
  "accept",
  "content-type",
  "content-length",
  "user-agent",
  "retry-after",
  "location",
  "date",
  "asset-media-file-code",
  "reference-entities-media-file-code",
  "x-request-id",
]);

// Akeneo's list and filter parameters; other parameters appear in logs by name only.
const LOGGED_QUERY_PARAMS: ReadonlySet<string> = new Set([
  "limit",
  "page",
  "pagination_type",
  "search_after",
  "search",
  "search_scope",
  "search_locale",
  "scope",
  "locales",
  "attributes",
  "channel",
  "identifiers",
  "codes",
]);

function isLoggedQueryParam(name: string): boolean {
  return LOGGED_QUERY_PARAMS.has(name) || name.startsWith("with_");
}

/** Returns the allow-listed headers of a request or response, as a plain object. */
export function pickLoggedHeaders(headers: Headers): Record<string, string> {
  const picked: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (LOGGED_HEADERS.has(name)) picked[name] = value;
  });
  return picked;
}

/** Returns a URL's path and query for a log line: query values outside the allow-list are hidden. */
export function describeUrlForLog(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return REDACTED;
  }
  const query = [...parsed.searchParams.entries()]
    .map(([name, value]) =>
      isLoggedQueryParam(name)
        ? `${encodeURIComponent(name)}=${encodeURIComponent(value)}`
        : `${encodeURIComponent(name)}=${REDACTED}`,
    )
    .join("&");
  return query === "" ? parsed.pathname : `${parsed.pathname}?${query}`;
}
