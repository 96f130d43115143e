/** How a resource's list can be walked. */
export type ListStyle = "page" | "page-or-search-after" | "search-after-only" | "plain-array";

/** A validated list request. */
export interface ListRequest {
  readonly type: "page" | "search_after";
  readonly limit: number;
  readonly page: number;
  readonly searchAfter: string | undefined;
  readonly withCount: boolean;
}

/** A list request Akeneo would refuse, with its status and message. */
export interface ListRequestError {
  readonly status: 422;
  readonly message: string;
}

/** Server-side list settings. */
export interface ListSettings {
  readonly defaultLimit: number;
  readonly maxLimit: number;
  /** Page size of the resources that only offer search_after (records, assets, …). */
  readonly searchAfterOnlyPageSize: number;
}

/** Reads `limit`, `page`, `pagination_type`, `search_after` and `with_count` as Akeneo does. */
export function readListRequest(
  query: URLSearchParams,
  style: ListStyle,
  settings: ListSettings,
): ListRequest | ListRequestError {
  const searchAfter = query.get("search_after") ?? undefined;
  if (style === "search-after-only" || style === "plain-array") {
    const limit = settings.searchAfterOnlyPageSize;
    return { type: "search_after", limit, page: 1, searchAfter, withCount: false };
  }
  const type = query.get("pagination_type") ?? "page";
  if (type !== "page" && type !== "search_after") return refuse("Pagination type does not exist.");
  if (type === "search_after" && style === "page") {
    return refuse("Pagination type is not supported.");
  }
  const limit = readPositiveInteger(query.get("limit"), settings.defaultLimit);
  if (limit === undefined)
    return refuse(`"limit" must be a positive integer, "${query.get("limit")}" given.`);
  if (limit > settings.maxLimit) {
    return refuse(`You cannot request more than ${settings.maxLimit} items.`);
  }
  const page = readPositiveInteger(query.get("page"), 1);
  if (page === undefined)
    return refuse(`"page" must be a positive integer, "${query.get("page")}" given.`);
  const withCount = query.get("with_count") ?? "false";
  if (withCount !== "true" && withCount !== "false") {
    return refuse(
      `Parameter "with_count" has to be a boolean. Only "true" or "false" allowed, "${withCount}" given.`,
    );
  }
  return { type, limit, page, searchAfter, withCount: withCount === "true" };
}

/** Tells whether `readListRequest` refused the request. */
export function isListRequestError(
  value: ListRequest | ListRequestError,
): value is ListRequestError {
  return "status" in value;
}

function readPositiveInteger(raw: string | null, fallback: number): number | undefined {
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

function refuse(message: string): ListRequestError {
  return { status: 422, message };
}
