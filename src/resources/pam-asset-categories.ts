import {
  createPamAssetCategory,
  getPamAssetCategory,
  listPamAssetCategories,
  upsertPamAssetCategories,
  upsertPamAssetCategory,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getPamAssetCategory,
  list: listPamAssetCategories,
  create: createPamAssetCategory,
  upsert: upsertPamAssetCategory,
  upsertList: upsertPamAssetCategories,
};

/**
 * Categories of the deprecated PAM assets (`/api/rest/v1/asset-categories`, Enterprise Edition).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export type PamAssetCategoriesResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of PAM asset categories. */
export function createPamAssetCategoriesResource(
  context: ResourceContext,
): PamAssetCategoriesResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("pamAssetCategories.listPerPage"));
}
