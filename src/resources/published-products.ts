import { getPublishedProduct, listPublishedProducts } from "../../generated/endpoints.js";
import { SEARCH_AFTER_PAGING } from "./facade/list-methods.js";
import { buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

/**
 * Published products (Enterprise Edition).
 *
 * @deprecated Akeneo deprecates published products.
 */
export interface PublishedProductsResource {
  /** Returns the published product with this identifier. */
  get: GetMethod<typeof getPublishedProduct>;
  /** Returns one page of published products. */
  listPerPage: ListPerPageMethod<typeof listPublishedProducts>;
  /** Iterates every published product with search_after. */
  all: AllMethod<typeof listPublishedProducts>;
  /** Iterates the pages of published products with search_after. */
  pages: PagesMethod<typeof listPublishedProducts>;
}

/** Creates the facade of published products. */
export function createPublishedProductsResource(
  context: ResourceContext,
): PublishedProductsResource {
  return {
    get: buildGet(context, getPublishedProduct, ["code"]),
    ...buildListMethods(
      context,
      listPublishedProducts,
      "/api/rest/v1/published-products",
      [],
      SEARCH_AFTER_PAGING,
    ),
  };
}
