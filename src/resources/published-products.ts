import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = { get: "publishedProducts.get", list: "publishedProducts.listPerPage" } as const;

/**
 * Published products (Enterprise Edition), addressed by identifier; `all` and `pages` use
 * search_after.
 *
 * @deprecated Akeneo deprecates published products.
 */
export type PublishedProductsResource = ReadableCodeResource<
  EndpointsOf<typeof METHODS>,
  [],
  [identifier: string]
>;

/** Creates the facade of published products. */
export function createPublishedProductsResource(
  context: ResourceContext,
): PublishedProductsResource {
  return buildReadableCodeResource(context, METHODS);
}
