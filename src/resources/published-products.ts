import { getPublishedProduct, listPublishedProducts } from "../../generated/endpoints.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import { SEARCH_AFTER_PAGING } from "./facade/list-methods.js";
import type { ResourceContext } from "./facade/resource-context.js";

const ENDPOINTS = { get: getPublishedProduct, list: listPublishedProducts };

/**
 * Published products (Enterprise Edition), addressed by identifier; `all` and `pages` use
 * search_after.
 *
 * @deprecated Akeneo deprecates published products.
 */
export type PublishedProductsResource = ReadableCodeResource<
  typeof ENDPOINTS,
  [],
  [identifier: string]
>;

/** Creates the facade of published products. */
export function createPublishedProductsResource(
  context: ResourceContext,
): PublishedProductsResource {
  return buildReadableCodeResource(context, ENDPOINTS, "/api/rest/v1/published-products", {
    paging: SEARCH_AFTER_PAGING,
  });
}
