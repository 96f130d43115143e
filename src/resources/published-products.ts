import {
  PUBLISHED_PRODUCTS_GET,
  PUBLISHED_PRODUCTS_LIST_PER_PAGE,
} from "../../generated/facade-operations.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = { get: PUBLISHED_PRODUCTS_GET, list: PUBLISHED_PRODUCTS_LIST_PER_PAGE } as const;

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
