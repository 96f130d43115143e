import { InvalidArgumentError } from "../errors/index.js";

// Akeneo's routes all live under /api/ (REST and OAuth); what precedes it in a link is the
// server's idea of its own prefix, which is wrong behind a proxy.
const API_ROOT = "/api/";

function parseLink(href: string, baseUrl: string): URL {
  if (typeof href !== "string" || href.trim() === "") {
    throw new InvalidArgumentError("A link must be a non-empty string");
  }
  try {
    return new URL(href, `${baseUrl}/`);
  } catch (cause) {
    throw new InvalidArgumentError(`Not a usable link: ${JSON.stringify(href)}`, { cause });
  }
}

/**
 * Resolves a link from an answer (pagination `next`, `Location`) against the configured base URL.
 *
 * Only the link's path and query are kept: its scheme, host and port are ignored, so a token never
 * goes to another host, and links naming a proxy's internal host still work. The path is taken
 * from its `/api/` part and put under the base URL's own path prefix (`https://proxy/pim`).
 *
 * @param baseUrl the client's base URL, without a trailing slash.
 * @throws {InvalidArgumentError} when the link is empty or unparsable.
 * @example
 * rebaseLink("http://internal:8080/api/rest/v1/products?page=2", "https://shop.example/pim");
 * // → "https://shop.example/pim/api/rest/v1/products?page=2"
 */
export function rebaseLink(href: string, baseUrl: string): string {
  const link = parseLink(href, baseUrl);
  const base = new URL(`${baseUrl}/`);
  const prefix = base.pathname.replace(/\/+$/, "");
  const apiIndex = link.pathname.indexOf(API_ROOT);
  let path: string;
  if (apiIndex !== -1) path = link.pathname.slice(apiIndex);
  else if (prefix !== "" && link.pathname.startsWith(`${prefix}/`)) {
    path = link.pathname.slice(prefix.length);
  } else path = link.pathname;
  // The URL parser already removed dot segments from `link.pathname`, so `path` cannot climb
  // above the prefix.
  return `${base.origin}${prefix}${path}${link.search}`;
}
