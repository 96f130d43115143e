import { encodeCheckpoint } from "./page-checkpoint.js";
import type { PageBody, PageQuery, PageSource } from "./page-source.js";
import { readLinkQuery } from "./read-link-query.js";
import { UnexpectedLinkError } from "./unexpected-link-error.js";

/** One page of a list, with the means to move to its neighbours. */
export interface Page<T> {
  /** Items of this page, in the server's order. */
  readonly items: readonly T[];
  /** Total number of items in the list; only when the list was asked `with_count: true`. */
  readonly count: number | undefined;
  /** Page number for offset pagination; `undefined` with search_after. */
  readonly currentPage: number | undefined;
  /** Query that fetched this page. */
  readonly query: PageQuery;
  /** Query of the next page, or `null` on the last page. */
  readonly nextQuery: PageQuery | null;
  /**
   * Checkpoint that resumes right after this page: pass it as `resumeFrom` to `pages()` or
   * `all()` to continue with the next page. On the last page it resumes to an empty iteration.
   */
  readonly cursor: string;
  /** Tells whether the server announced a next page. */
  hasNextPage(): boolean;
  /** Tells whether the server announced a previous page (never with search_after). */
  hasPreviousPage(): boolean;
  /** Fetches the next page; `undefined` on the last page. */
  getNextPage(): Promise<Page<T> | undefined>;
  /** Fetches the previous page; `undefined` on the first page. */
  getPreviousPage(): Promise<Page<T> | undefined>;
  /** Fetches the first page of the same list (same filters and page size). */
  getFirstPage(): Promise<Page<T>>;
}

/**
 * Fetches the page answered for `query` and wraps it as a `Page`.
 *
 * @param firstQuery Query of the list's first page, used by `getFirstPage()` when the answer has
 *   no `first` link.
 * @throws UnexpectedLinkError when the answer's `next` link leaves the list or names this page.
 */
export async function loadPage<T>(
  source: PageSource<T>,
  query: PageQuery,
  firstQuery: PageQuery = query,
): Promise<Page<T>> {
  const body = await source.fetchPage(query);
  return createPage(source, query, body ?? {}, firstQuery);
}

function createPage<T>(
  source: PageSource<T>,
  query: PageQuery,
  body: PageBody<T>,
  firstQuery: PageQuery,
): Page<T> {
  const links = body._links ?? {};
  const nextQuery = links.next ? readNextQuery(links.next.href, source.path, query) : null;
  const linkedQuery = (href: string | undefined): PageQuery | null =>
    href === undefined ? null : readLinkQuery(href, source.path);
  return {
    items: body._embedded?.items ?? [],
    count: body.items_count,
    currentPage: body.current_page,
    query,
    nextQuery,
    cursor: encodeCheckpoint(source.path, { query: nextQuery, skip: 0 }),
    hasNextPage: () => nextQuery !== null,
    hasPreviousPage: () => links.previous !== undefined,
    getNextPage: async () =>
      nextQuery === null ? undefined : loadPage(source, nextQuery, firstQuery),
    getPreviousPage: async () => {
      const previous = linkedQuery(links.previous?.href);
      return previous === null ? undefined : loadPage(source, previous, firstQuery);
    },
    getFirstPage: async () =>
      loadPage(source, linkedQuery(links.first?.href) ?? firstQuery, firstQuery),
  };
}

// A next link naming the current page would make `all()` loop forever.
function readNextQuery(href: string, path: string, current: PageQuery): PageQuery {
  const next = readLinkQuery(href, path);
  if (describeQuery(next) === describeQuery(current)) {
    throw new UnexpectedLinkError("Next link names the current page again", path, path);
  }
  return next;
}

function describeQuery(query: PageQuery): string {
  return JSON.stringify(
    Object.entries(query)
      .map(([name, value]) => [name, String(value)])
      .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
  );
}
