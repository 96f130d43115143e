import {
  ASSETS_DELETE,
  ASSETS_GET,
  ASSETS_LIST_PER_PAGE,
  ASSETS_UPSERT,
  ASSETS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { codeField } from "./facade/bulk-methods.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import { buildDelete, buildUpsertList } from "./facade/method-builders.js";
import type { DeleteMethod, UpsertListMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointOf, EndpointsOf } from "./operation-table.js";

const METHODS = { get: ASSETS_GET, list: ASSETS_LIST_PER_PAGE, upsert: ASSETS_UPSERT } as const;
type Parent = [assetFamilyCode: string];

/**
 * Assets of the Asset Manager; every method takes the asset family code first. Lists use
 * search_after, in pages whose size the server chooses.
 */
export interface AssetsResource extends PagedCodeResource<EndpointsOf<typeof METHODS>, Parent> {
  /** Upserts many assets in JSON batches of at most 100. */
  upsertList: UpsertListMethod<EndpointOf<typeof ASSETS_UPSERT_LIST>, Parent>;
  /** Deletes the asset with this code. */
  delete: DeleteMethod<[...Parent, code: string]>;
}

/** Creates the facade of Asset Manager assets. */
export function createAssetsResource(context: ResourceContext): AssetsResource {
  return {
    ...buildPagedCodeResource(context, METHODS),
    upsertList: buildUpsertList(context, ASSETS_UPSERT_LIST, "json-array", codeField),
    delete: buildDelete(context, ASSETS_DELETE),
  };
}
