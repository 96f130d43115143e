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

/** A list endpoint seen by the pagination engine: where it lives and how to fetch one page. */
export interface PageSource<T> {
  /**
   * Path of the list endpoint with its parameters filled in and percent-encoded, e.g.
   * `/api/rest/v1/reference-entities/brand/records`. Links whose path differs are refused.
   */
  path: string;
  /** Fetches one page. */
  fetchPage: FetchPage<T>;
}
