import type { searchUuidProducts } from "../../generated/endpoints.js";
import { requireObject } from "./facade/check-arguments.js";
import type { BodyOf, ItemOf, QueryOf } from "./facade/endpoint-types.js";
import { allItems, allPages, firstPage, type ListTarget } from "./facade/list-methods.js";
import type { IterateOptions, ListOptions } from "./facade/list-options.js";
import { callEndpoint, type ResourceContext } from "./facade/resource-context.js";
import { pagingOf, pathOf } from "./operation-table.js";
import type { ItemIterable, Page, PageBody, PageIterable } from "./pagination/index.js";
import { type SearchInput, serializeSearch } from "./search/index.js";

const SEARCH = "uuidProducts.searchPerPage";

type SearchEndpoint = typeof searchUuidProducts;
type SearchItem = ItemOf<SearchEndpoint>;

/** The body of `POST /products-uuid/search`, with `search` as a builder or a filter object. */
export type ProductSearchBody = Omit<BodyOf<SearchEndpoint>, "search"> & {
  /** Filter: a search builder, a plain filter object or its JSON text; serialized once. */
  search?: SearchInput;
};

/** Search of products in a request body, for filters too long for a URL (SaaS). */
export interface ProductSearchMethods {
  /** Iterates every product matching the body's filter, with search_after. */
  search(
    body: ProductSearchBody,
    options?: IterateOptions<QueryOf<SearchEndpoint>>,
  ): ItemIterable<SearchItem>;
  /** Returns one page of the products matching the body's filter. */
  searchPerPage(
    body: ProductSearchBody,
    options?: ListOptions<QueryOf<SearchEndpoint>>,
  ): Promise<Page<SearchItem>>;
  /** Iterates the pages of the products matching the body's filter, with search_after. */
  searchPages(
    body: ProductSearchBody,
    options?: IterateOptions<QueryOf<SearchEndpoint>>,
  ): PageIterable<SearchItem>;
}

/** Creates the search methods on `POST /api/rest/v1/products-uuid/search`. */
export function createProductSearch(
  context: ResourceContext,
  endpoint: SearchEndpoint,
): ProductSearchMethods {
  const bind = (body: ProductSearchBody): ListTarget<SearchItem> => {
    const payload = toPayload(body);
    const fetchPage = async (query: Record<string, unknown>) =>
      (await callEndpoint(context, endpoint, {
        params: { query },
        body: payload,
      } as never)) as PageBody<SearchItem>;
    return { source: { path: pathOf(SEARCH), fetchPage }, paging: pagingOf(SEARCH) };
  };
  return {
    search: (body, options) => allItems(bind(body), options),
    searchPerPage: (body, options) => firstPage(bind(body), options),
    searchPages: (body, options) => allPages(bind(body), options),
  };
}

function toPayload(body: ProductSearchBody): BodyOf<SearchEndpoint> {
  const { search, ...rest } = requireObject("body", body);
  return search === undefined ? rest : { ...rest, search: serializeSearch(search) };
}
