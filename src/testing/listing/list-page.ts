import type { JsonObject } from "../json-types.js";
import type { RecordStore } from "../store/record-store.js";
import type { ListRequest } from "./list-request.js";
import type { RecordPredicate } from "./search-filter.js";

/** What building one list page needs. */
export interface PageSource {
  readonly store: RecordStore;
  readonly matches: RecordPredicate | undefined;
  readonly request: ListRequest;
  /** Absolute URL of the list, without query. */
  readonly listUrl: string;
  /** The query as received; links keep every parameter but the position. */
  readonly query: URLSearchParams;
  readonly renderItem: (record: JsonObject) => JsonObject;
  /** Key of a record in the store, used as the `search_after` cursor. */
  readonly cursorOf: (record: JsonObject) => string;
  /** False for the resources whose lists take no `limit` parameter. */
  readonly includeLimit: boolean;
}

/** Builds an offset page: `_links` self/first/previous/next, `current_page`, optional `items_count`. */
export function buildOffsetPage(source: PageSource): JsonObject {
  const { request, store, matches } = source;
  const offset = (request.page - 1) * request.limit;
  const found = store.slice(offset, request.limit + 1, matches);
  const items = found.slice(0, request.limit);
  const linkTo = (page: number): JsonObject => ({
    href: buildLink(source, { page: String(page) }),
  });
  const links: JsonObject = { self: linkTo(request.page), first: linkTo(1) };
  if (request.page > 1) links.previous = linkTo(request.page - 1);
  if (found.length > request.limit) links.next = linkTo(request.page + 1);
  const page: JsonObject = { _links: links, current_page: request.page };
  if (request.withCount) page.items_count = store.count(matches);
  page._embedded = { items: items.map(source.renderItem) };
  return page;
}

/** Builds a search_after page: `_links` self/first/next only, no count. */
export function buildSearchAfterPage(source: PageSource): JsonObject {
  const { request } = source;
  const slice = source.store.after(request.searchAfter, request.limit, source.matches);
  const links: JsonObject = {
    self: { href: buildLink(source, { search_after: request.searchAfter }) },
    first: { href: buildLink(source, { search_after: undefined }) },
  };
  if (slice.nextCursor !== undefined) {
    const last = slice.records[slice.records.length - 1] as JsonObject;
    links.next = { href: buildLink(source, { search_after: source.cursorOf(last) }) };
  }
  return { _links: links, _embedded: { items: slice.records.map(source.renderItem) } };
}

function buildLink(source: PageSource, position: Record<string, string | undefined>): string {
  const query = new URLSearchParams(source.query);
  query.delete("page");
  query.delete("search_after");
  if (source.includeLimit) query.set("limit", String(source.request.limit));
  for (const [name, value] of Object.entries(position))
    if (value !== undefined) query.set(name, value);
  const text = query.toString();
  return text === "" ? source.listUrl : `${source.listUrl}?${text}`;
}
