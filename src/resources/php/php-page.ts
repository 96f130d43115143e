import type { Page } from "../pagination/index.js";

/** A page of a list with the methods of the PHP client's `Page`. */
export interface PhpPage<T> {
  /** Returns the items of this page, in the server's order. */
  getItems(): T[];
  /** Returns the total number of items, or `null` unless the list was asked `withCount`. */
  getCount(): number | null;
  /** Tells whether the server announced a next page. */
  hasNextPage(): boolean;
  /** Tells whether the server announced a previous page (never with search_after). */
  hasPreviousPage(): boolean;
  /** Fetches the next page, or answers `null` on the last page. */
  getNextPage(): Promise<PhpPage<T> | null>;
  /** Fetches the previous page, or answers `null` on the first page. */
  getPreviousPage(): Promise<PhpPage<T> | null>;
  /** Fetches the first page of the same list. */
  getFirstPage(): Promise<PhpPage<T>>;
  /** Returns the link to the next page as the server wrote it, or `null`. */
  getNextLink(): string | null;
  /** Returns the link to the previous page as the server wrote it, or `null`. */
  getPreviousLink(): string | null;
}

/** Wraps a facade page in the PHP client's page methods; moves go through the facade page. */
export function toPhpPage<T>(page: Page<T>): PhpPage<T> {
  return Object.freeze({
    getItems: () => [...page.items],
    getCount: () => page.count ?? null,
    hasNextPage: () => page.hasNextPage(),
    hasPreviousPage: () => page.hasPreviousPage(),
    getNextPage: async () => wrapOrNull(await page.getNextPage()),
    getPreviousPage: async () => wrapOrNull(await page.getPreviousPage()),
    getFirstPage: async () => toPhpPage(await page.getFirstPage()),
    getNextLink: () => page.links.next ?? null,
    getPreviousLink: () => page.links.previous ?? null,
  });
}

function wrapOrNull<T>(page: Page<T> | undefined): PhpPage<T> | null {
  return page === undefined ? null : toPhpPage(page);
}
