import type { PageQuery } from "./page-source.js";
import { UnexpectedLinkError } from "./unexpected-link-error.js";

// Only parses relative links; its host is never contacted.
const PARSE_BASE = "http://link.invalid";

/**
 * Returns the query of a pagination link after checking that it names the list being read.
 *
 * Only the query is used: the next request goes through the same list function, so a link can
 * never send the client elsewhere. The link's host is ignored (servers behind a proxy write their
 * internal host), and its path may carry a prefix before the list's path (a proxy's mount point).
 *
 * @throws UnexpectedLinkError when the link's path is not the list's path, or it repeats a
 *   query parameter (whose values would otherwise be silently dropped).
 */
export function readLinkQuery(href: string, listPath: string): PageQuery {
  let url: URL;
  try {
    url = new URL(href, PARSE_BASE);
  } catch (cause) {
    throw new UnexpectedLinkError("Malformed pagination link", listPath, "(unparsable)", { cause });
  }
  if (
    url.pathname !== listPath &&
    !isSameList(normalizePath(url.pathname), normalizePath(listPath))
  ) {
    throw new UnexpectedLinkError("Pagination link leaves the list", listPath, url.pathname);
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(query, name)) {
      throw new UnexpectedLinkError(
        `Pagination link repeats the query parameter "${name}"`,
        listPath,
        url.pathname,
      );
    }
    query[name] = value;
  }
  return query;
}

function isSameList(linkPath: string, listPath: string): boolean {
  return linkPath === listPath || linkPath.endsWith(listPath);
}

// Compares paths by their decoded segments, so `%2F`-free encodings of the same code agree.
function normalizePath(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        return encodeURIComponent(decodeURIComponent(segment));
      } catch {
        return segment;
      }
    })
    .join("/")
    .replace(/\/+$/, "");
}
