import type { Page } from "./page.js";

/** A link of a list answer. */
export interface PageLink {
  /** Absolute (or relative) URL of the linked page. */
  href: string;
}

/**
 * The body of one Akeneo list answer, as the generated list functions return it.
 *
 * `items_count` is present only when the list was asked `with_count=true`.
 */
export interface PageBody<T> {
  _links?: { self?: PageLink; first?: PageLink; previous?: PageLink; next?: PageLink };
  current_page?: number;
  items_count?: number;
  _embedded?: { items?: readonly T[] };
}

/** Query parameters of one page request; values read back from links are strings. */
export type PageQuery = Readonly<Record<string, string | number | boolean>>;

/** Query parameters as a caller gives them; `undefined` entries are left out. */
export type PageQueryInput = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Fetches the page answered for this query; the facade calls the generated list function.
 *
 * Implementations throw the SDK's API errors (via `unwrap()`) on a non-2xx answer.
 */
export type FetchPage<T> = (query: PageQuery) => Promise<PageBody<T>>;

/**
 * A page answer read whole, its text kept unparsed so that the next page can be asked for before
 * this one is parsed.
 */
export interface UnparsedPage<T> {
  /** The body as the server sent it; `undefined` for an empty body. */
  readonly text: string | undefined;
  /**
   * Parses the body (`undefined` for an empty one), whose shape the engine then checks.
   *
   * @throws {InvalidResponseError} when it is not JSON.
   */
  parse(): PageBody<T> | undefined;
}

/** Walks a list along its `next` links from the page of `firstQuery`. */
export type WalkPages<T> = (firstQuery: PageQuery) => AsyncIterable<Page<T>>;

/** A list endpoint seen by the pagination engine: where it lives and how to fetch one page. */
export interface PageSource<T> {
  /**
   * Path of the list endpoint with its parameters filled in and percent-encoded, e.g.
   * `/api/rest/v1/reference-entities/brand/records`. Links whose path differs are refused.
   */
  path: string;
  /** Fetches one page. */
  fetchPage: FetchPage<T>;
  /**
   * Walks the list for `pages()` and `all()` instead of the engine's own read-ahead: the Node
   * entry's asks for each next page before the current one is parsed (`walkBeforeParse`).
   */
  walk?: WalkPages<T>;
}
