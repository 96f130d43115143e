import {
  PAM_ASSET_CATEGORIES_CREATE,
  PAM_ASSET_CATEGORIES_GET,
  PAM_ASSET_CATEGORIES_LIST_PER_PAGE,
  PAM_ASSET_CATEGORIES_UPSERT,
  PAM_ASSET_CATEGORIES_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: PAM_ASSET_CATEGORIES_GET,
  list: PAM_ASSET_CATEGORIES_LIST_PER_PAGE,
  create: PAM_ASSET_CATEGORIES_CREATE,
  upsert: PAM_ASSET_CATEGORIES_UPSERT,
  upsertList: PAM_ASSET_CATEGORIES_UPSERT_LIST,
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
