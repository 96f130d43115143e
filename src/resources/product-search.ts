import { UUID_PRODUCTS_SEARCH_PER_PAGE } from "../../generated/facade-operations.js";
import { type CallOptions, withCallOptions } from "../core/client/index.js";
import { readCallOptions } from "./facade/call-arguments.js";
import { requireObject } from "./facade/check-arguments.js";
import type { BodyOf, ItemOf, QueryOf } from "./facade/endpoint-types.js";
import {
  allItems,
  allPages,
  firstPage,
  type ListTarget,
  listSource,
} from "./facade/list-methods.js";
import type { IterateOptions, ListOptions } from "./facade/list-options.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { type EndpointOf, endpointOf, pagingOf, pathOf } from "./operation-table.js";
import type { ItemIterable, Page, PageIterable, PageQuery } from "./pagination/index.js";
import { type SearchInput, serializeSearch } from "./search/index.js";

const SEARCH = UUID_PRODUCTS_SEARCH_PER_PAGE;

type SearchEndpoint = EndpointOf<typeof SEARCH>;
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
    call?: CallOptions,
  ): ItemIterable<SearchItem>;
  /** Returns one page of the products matching the body's filter. */
  searchPerPage(
    body: ProductSearchBody,
    options?: ListOptions<QueryOf<SearchEndpoint>>,
    call?: CallOptions,
  ): Promise<Page<SearchItem>>;
  /** Iterates the pages of the products matching the body's filter, with search_after. */
  searchPages(
    body: ProductSearchBody,
    options?: IterateOptions<QueryOf<SearchEndpoint>>,
    call?: CallOptions,
  ): PageIterable<SearchItem>;
}

/** Creates the search methods on `POST /api/rest/v1/products-uuid/search`. */
export function createProductSearch(context: ResourceContext): ProductSearchMethods {
  const endpoint = endpointOf(SEARCH);
  const bind = (body: ProductSearchBody, call: unknown): ListTarget<SearchItem> => {
    const payload = toPayload(body);
    const options = readCallOptions(call);
    const init = (query: PageQuery) =>
      withCallOptions({ params: { query }, body: payload }, options);
    return {
      source: listSource(context, endpoint, pathOf(SEARCH), init),
      paging: pagingOf(SEARCH),
    };
  };
  return {
    search: (body, options, call) => allItems(bind(body, call), options),
    searchPerPage: (body, options, call) => firstPage(bind(body, call), options),
    searchPages: (body, options, call) => allPages(bind(body, call), options),
  };
}

function toPayload(body: ProductSearchBody): BodyOf<SearchEndpoint> {
  const { search, ...rest } = requireObject("body", body);
  return search === undefined ? rest : { ...rest, search: serializeSearch(search) };
}
