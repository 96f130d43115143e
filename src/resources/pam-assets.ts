import {
  createPamAsset,
  getPamAsset,
  listPamAssets,
  upsertPamAsset,
  upsertPamAssets,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pagingOf, pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getPamAsset,
  list: listPamAssets,
  create: createPamAsset,
  upsert: upsertPamAsset,
  upsertList: upsertPamAssets,
};

/**
 * The PAM assets of Enterprise Edition before the Asset Manager (`/api/rest/v1/assets`);
 * `all` and `pages` use search_after.
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export type PamAssetsResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of PAM assets. */
export function createPamAssetsResource(context: ResourceContext): PamAssetsResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("pamAssets.listPerPage"), {
    paging: pagingOf("pamAssets.listPerPage"),
  });
}
