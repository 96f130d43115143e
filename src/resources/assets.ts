import {
  deleteAsset,
  getAsset,
  listAssets,
  upsertAsset,
  upsertAssets,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import { buildDelete, buildUpsertList } from "./facade/method-builders.js";
import type { DeleteMethod, UpsertListMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pagingOf, pathOf, pathParametersOf } from "./operation-table.js";

const ENDPOINTS = { get: getAsset, list: listAssets, upsert: upsertAsset };
const PARENT = ["asset_family_code"];
type Parent = [assetFamilyCode: string];

/**
 * Assets of the Asset Manager; every method takes the asset family code first. Lists use
 * search_after, in pages whose size the server chooses.
 */
export interface AssetsResource extends PagedCodeResource<typeof ENDPOINTS, Parent> {
  /** Upserts many assets in JSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertAssets, Parent>;
  /** Deletes the asset with this code. */
  delete: DeleteMethod<[...Parent, code: string]>;
}

/** Creates the facade of Asset Manager assets. */
export function createAssetsResource(context: ResourceContext): AssetsResource {
  const path = pathOf("assets.listPerPage");
  return {
    ...buildPagedCodeResource(context, ENDPOINTS, path, {
      parentNames: PARENT,
      paging: pagingOf("assets.listPerPage"),
    }),
    upsertList: buildUpsertList(context, upsertAssets, PARENT, "json-array", codeField),
    delete: buildDelete(context, deleteAsset, pathParametersOf("assets.delete")),
  };
}
