import { createConsumeOnceGuard } from "../../core/errors/index.js";
import { buildFirstPageQuery } from "./first-page-query.js";
import { loadPage, type Page } from "./page.js";
import { decodeCheckpoint, type PagePosition } from "./page-checkpoint.js";
import type { PageQueryInput, PageSource } from "./page-source.js";
import { readPagesAhead } from "./read-ahead.js";

/** Where a page or item iteration starts. */
export interface PaginateOptions {
  /** Query of the first page (filters, `search`, `pagination_type`, `with_count`, `limit`…). */
  query?: PageQueryInput;
  /**
   * `limit` added when the query has none; `null` for lists that take no `limit`.
   * @default 100
   */
  pageSize?: number | null;
  /**
   * A checkpoint (`page.cursor` or `items.checkpoint()`) saved by an earlier iteration of the
   * same list: the iteration continues from there and `query` is ignored, since the checkpoint
   * carries the query of the page to fetch.
   */
  resumeFrom?: string;
}

/** Pages of a list, fetched one at a time as the loop asks for them; iterable once. */
export type PageIterable<T> = AsyncIterable<Page<T>>;

/**
 * Iterates the pages of a list by following each answer's `next` link (offset and search_after
 * pagination alike).
 *
 * Nothing is fetched before the loop starts. The next page is requested as soon as a page
 * arrives, while the loop works on it: at most two pages are held, and a `break` leaves at most
 * one page read for nothing.
 * Save `page.cursor` to resume after that page later.
 *
 * @throws InvalidArgumentError for a bad `limit` or `resumeFrom` (before any request).
 * @throws AlreadyConsumedError when iterated a second time.
 * @throws UnexpectedLinkError when a `next` link leaves the list.
 * @throws InvalidPageError when an answer is not a page, or the links cycle or run through
 *   `MAX_EMPTY_PAGES_IN_A_ROW` empty pages.
 * @example
 * for await (const page of iteratePages(source, { query: { pagination_type: "search_after" } })) {
 *   await store(page.items);
 *   await saveCheckpoint(page.cursor);
 * }
 */
export function iteratePages<T>(
  source: PageSource<T>,
  options: PaginateOptions = {},
): PageIterable<T> {
  const start = resolveStart(source, options);
  const claim = createConsumeOnceGuard("This page iteration");
  return {
    [Symbol.asyncIterator]: () => {
      claim();
      return walkPages(source, start)[Symbol.asyncIterator]();
    },
  };
}

/** What `listPerPage` fetches: the first page of a list with this query and page size. */
export type ListPageOptions = Omit<PaginateOptions, "resumeFrom">;

/**
 * Fetches the first page of a list; move on with `getNextPage()`, `getPreviousPage()`…
 *
 * @throws InvalidArgumentError for a bad `limit` (before any request).
 * @example
 * const page = await listPerPage(source, { query: { with_count: true }, pageSize: 10 });
 * if (page.hasNextPage()) await page.getNextPage();
 */
export async function listPerPage<T>(
  source: PageSource<T>,
  options: ListPageOptions = {},
): Promise<Page<T>> {
  return loadPage(source, buildFirstPageQuery(options.query, options.pageSize));
}

/**
 * Returns the position where an iteration starts: the checkpoint when given, else the first page.
 *
 * @throws InvalidArgumentError for a bad `limit` or checkpoint.
 */
export function resolveStart<T>(source: PageSource<T>, options: PaginateOptions): PagePosition {
  if (options.resumeFrom !== undefined) return decodeCheckpoint(options.resumeFrom, source.path);
  return { query: buildFirstPageQuery(options.query, options.pageSize), skip: 0 };
}

function walkPages<T>(source: PageSource<T>, start: PagePosition): AsyncGenerator<Page<T>> {
  return readPagesAhead(source, start.query);
}
