import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "pamAssetCategories.get",
  list: "pamAssetCategories.listPerPage",
  create: "pamAssetCategories.create",
  upsert: "pamAssetCategories.upsert",
  upsertList: "pamAssetCategories.upsertList",
} as const;

/**
 * Categories of the deprecated PAM assets (`/api/rest/v1/asset-categories`, Enterprise Edition).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export type PamAssetCategoriesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of PAM asset categories. */
export function createPamAssetCategoriesResource(
  context: ResourceContext,
): PamAssetCategoriesResource {
  return buildCodeResource(context, METHODS);
}
