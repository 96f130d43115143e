import { encodeCheckpoint } from "./page-checkpoint.js";
import { requirePageBody } from "./page-shape.js";
import type { PageBody, PageQuery, PageSource } from "./page-source.js";
import {
  describeQuery,
  enterPage,
  leavePage,
  startWalk,
  type WalkStep,
} from "./page-walk-guard.js";
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
  /**
   * Fetches the next page; `undefined` on the last page. Pages reached by `getNextPage()` from one
   * another form one walk: a link back to a page of that walk throws `InvalidPageError`.
   */
  getNextPage(): Promise<Page<T> | undefined>;
  /** Fetches the previous page; `undefined` on the first page. */
  getPreviousPage(): Promise<Page<T> | undefined>;
  /** Fetches the first page of the same list (same filters and page size). */
  getFirstPage(): Promise<Page<T>>;
  /** The `first`, `previous` and `next` links of the answer, as the server wrote them. */
  readonly links: PageLinks;
}

/** The links of a list answer, as the server wrote them (absolute URLs, usually). */
export interface PageLinks {
  /** Link to the first page. */
  readonly first: string | undefined;
  /** Link to the previous page (never with search_after). */
  readonly previous: string | undefined;
  /** Link to the next page; absent on the last page. */
  readonly next: string | undefined;
}

/**
 * Fetches the page answered for `query` and wraps it as a `Page`.
 *
 * @param firstQuery Query of the list's first page, used by `getFirstPage()` when the answer has
 *   no `first` link.
 * @throws UnexpectedLinkError when the answer's `next` link leaves the list or names this page.
 * @throws InvalidPageError when the answer is not a page, or the walk meets a cycle or too many
 *   empty pages in a row.
 */
export async function loadPage<T>(
  source: PageSource<T>,
  query: PageQuery,
  firstQuery: PageQuery = query,
): Promise<Page<T>> {
  return (await loadPageStep(source, query, firstQuery, startWalk(source.path))).page;
}

/**
 * Fetches the page answered for `query` as a step of a walk along `next` links, and returns it
 * with the step that leaves from it.
 *
 * @throws UnexpectedLinkError when the answer's `next` link leaves the list or names this page.
 * @throws InvalidPageError when the answer is not a page, or the walk meets a cycle or too many
 *   empty pages in a row.
 */
export async function loadPageStep<T>(
  source: PageSource<T>,
  query: PageQuery,
  firstQuery: PageQuery,
  step: WalkStep,
): Promise<PageStep<T>> {
  const key = enterPage(step, query);
  return readPageStep(source, { query, firstQuery, step, key }, await source.fetchPage(query));
}

/** A page of a walk along `next` links, and the step that leaves from it. */
export interface PageStep<T> {
  page: Page<T>;
  next: WalkStep;
}

/** Where a walk stands on the page being read: its query, its key and the step into it. */
export interface PageVisit {
  query: PageQuery;
  /** Query of the list's first page, for `getFirstPage()` when the answer has no `first` link. */
  firstQuery: PageQuery;
  step: WalkStep;
  /** The key `enterPage()` gave the page. */
  key: string;
}

/**
 * Wraps the parsed body of a page as a `Page` and returns it with the step that leaves from it.
 *
 * @throws UnexpectedLinkError when the answer's `next` link leaves the list or names this page.
 * @throws InvalidPageError when the answer is not a page, or the walk meets too many empty pages
 *   in a row.
 */
export function readPageStep<T>(
  source: PageSource<T>,
  visit: PageVisit,
  data: unknown,
): PageStep<T> {
  const body = requirePageBody<T>(data, source.path);
  const link = body._links?.next;
  const nextQuery = link ? readNextQuery(link.href, source.path, visit.key) : null;
  const next = leavePage(visit.step, visit.key, body._embedded.items.length, nextQuery !== null);
  return {
    page: createPage(source, visit.query, body, nextQuery, visit.firstQuery, next),
    next,
  };
}

function createPage<T>(
  source: PageSource<T>,
  query: PageQuery,
  body: PageBody<T> & { _embedded: { items: readonly T[] } },
  nextQuery: PageQuery | null,
  firstQuery: PageQuery,
  step: WalkStep,
): Page<T> {
  const links = body._links ?? {};
  let cursor: string | undefined;
  const linkedQuery = (href: string | undefined): PageQuery | null =>
    href === undefined ? null : readLinkQuery(href, source.path);
  return {
    items: body._embedded.items,
    count: body.items_count,
    currentPage: body.current_page,
    query,
    nextQuery,
    // Encoded when first read: an export that never saves a cursor does not pay for one per page.
    get cursor() {
      cursor ??= encodeCheckpoint(source.path, { query: nextQuery, skip: 0 });
      return cursor;
    },
    hasNextPage: () => nextQuery !== null,
    hasPreviousPage: () => links.previous !== undefined,
    getNextPage: async () =>
      nextQuery === null
        ? undefined
        : (await loadPageStep(source, nextQuery, firstQuery, step)).page,
    getPreviousPage: async () => {
      const previous = linkedQuery(links.previous?.href);
      return previous === null ? undefined : loadPage(source, previous, firstQuery);
    },
    getFirstPage: async () =>
      loadPage(source, linkedQuery(links.first?.href) ?? firstQuery, firstQuery),
    links: Object.freeze({
      first: links.first?.href,
      previous: links.previous?.href,
      next: links.next?.href,
    }),
  };
}

/**
 * Returns the query of a page's next link.
 *
 * @throws UnexpectedLinkError when the link leaves the list or names the page it is on (which
 *   would make `all()` loop forever).
 */
export function readNextQuery(href: string, path: string, currentKey: string): PageQuery {
  const next = readLinkQuery(href, path);
  if (describeQuery(next) === currentKey) {
    throw new UnexpectedLinkError("Next link names the current page again", path, path);
  }
  return next;
}
