import { getPublishedProduct, listPublishedProducts } from "../../generated/endpoints.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pagingOf, pathOf } from "./operation-table.js";

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
  return buildReadableCodeResource(context, ENDPOINTS, pathOf("publishedProducts.listPerPage"), {
    paging: pagingOf("publishedProducts.listPerPage"),
  });
}
