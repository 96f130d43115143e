import { isJsonObject, type JsonObject } from "../json-types.js";
import { buildOffsetPage, buildSearchAfterPage, type PageSource } from "../listing/list-page.js";
import { isListRequestError, readListRequest } from "../listing/list-request.js";
import { isSearchError, parseSearch } from "../listing/search-filter.js";
import { filterValues, readValueFilter } from "../listing/value-filter.js";
import { buildItemUrl, type CollectionHandler, renderRecord } from "./collection-routes.js";
import { fillPath } from "./url-paths.js";

const DEEP_PAGE_MESSAGE =
  'You have reached the maximum number of pages you can retrieve with the "page" pagination type. Please use the search after pagination type instead';

/**
 * Answers a list: plain array, offset page or search_after page, filtered by `search`, with the
 * product values that `attributes`, `scope` and `locales` ask for.
 */
export const answerList: CollectionHandler = (spec, context, request, reply, access) => {
  const style = spec.list ?? "page";
  if (style === "plain-array") {
    reply.json(
      200,
      [...access.records.values()].map((record) => renderRecord(spec, context, record)),
    );
    return;
  }
  const list = readListRequest(request.query, style, context.list);
  if (isListRequestError(list)) return reply.error(list.status, list.message);
  if (
    spec.capOffsetPages &&
    list.type === "page" &&
    list.page * list.limit > context.maxPageOffsetItems
  ) {
    return reply.error(422, DEEP_PAGE_MESSAGE);
  }
  const schema = spec.search?.(context.catalog);
  const matches =
    schema === undefined
      ? undefined
      : parseSearch(request.query.get("search"), schema, {
          nowMs: context.clock.now(),
          expandCategories: (codes) => context.catalog.expandCategories(codes),
        });
  if (isSearchError(matches)) return reply.error(matches.status, matches.message);
  const valueFilter = spec.filtersValues ? readValueFilter(request.query) : undefined;
  const source: PageSource = {
    store: access.records,
    matches,
    request: list,
    listUrl: `${context.publicUrl()}${fillPath(spec.path, request.params)}`,
    query: request.query,
    renderItem: (record): JsonObject => {
      const rendered = renderRecord(spec, context, record);
      const self = { href: buildItemUrl(spec, context, request.params, spec.keyOf(record)) };
      const { _links: own, ...rest } =
        valueFilter === undefined ? rendered : filterValues(rendered, valueFilter);
      return { _links: { self, ...(isJsonObject(own) ? own : {}) }, ...rest };
    },
    cursorOf: access.cursorOf,
    includeLimit: style !== "search-after-only",
  };
  reply.json(200, list.type === "page" ? buildOffsetPage(source) : buildSearchAfterPage(source));
};
