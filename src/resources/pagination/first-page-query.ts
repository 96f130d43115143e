import { InvalidArgumentError } from "../../core/errors/index.js";
import type { PageQuery, PageQueryInput } from "./page-source.js";

/** Page size used when the caller gives none: Akeneo's maximum, which means fewest requests. */
export const DEFAULT_PAGE_SIZE = 100;

/** Largest `limit` Akeneo accepts. */
export const MAX_PAGE_SIZE = 100;

/**
 * Returns the query of the first page: the caller's query without `undefined` entries, plus
 * `limit` when the caller set none.
 *
 * @param pageSize `limit` to add when the query has none; `null` for lists that take no `limit`
 *   (reference-entity records, assets…).
 * @throws InvalidArgumentError when `limit` is not an integer from 1 to 100.
 */
export function buildFirstPageQuery(
  input: PageQueryInput | undefined,
  pageSize: number | null = DEFAULT_PAGE_SIZE,
): PageQuery {
  const query: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(input ?? {})) {
    if (value !== undefined) query[name] = value;
  }
  if (query.limit === undefined && pageSize !== null) query.limit = pageSize;
  if (query.limit !== undefined) checkLimit(query.limit);
  return query;
}

function checkLimit(limit: string | number | boolean): void {
  const value = typeof limit === "string" && /^\d+$/.test(limit) ? Number(limit) : limit;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(
      `limit must be an integer from 1 to ${MAX_PAGE_SIZE}, received ${JSON.stringify(limit)}`,
    );
  }
}
