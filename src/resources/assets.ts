import { codeField } from "./facade/bulk-methods.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import { buildDelete, buildUpsertList } from "./facade/method-builders.js";
import type { DeleteMethod, UpsertListMethod } from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  type EndpointOf,
  type EndpointsOf,
  endpointOf,
  pathParametersOf,
} from "./operation-table.js";

const METHODS = { get: "assets.get", list: "assets.listPerPage", upsert: "assets.upsert" } as const;
type Parent = [assetFamilyCode: string];

/**
 * Assets of the Asset Manager; every method takes the asset family code first. Lists use
 * search_after, in pages whose size the server chooses.
 */
export interface AssetsResource extends PagedCodeResource<EndpointsOf<typeof METHODS>, Parent> {
  /** Upserts many assets in JSON batches of at most 100. */
  upsertList: UpsertListMethod<EndpointOf<"assets.upsertList">, Parent>;
  /** Deletes the asset with this code. */
  delete: DeleteMethod<[...Parent, code: string]>;
}

/** Creates the facade of Asset Manager assets. */
export function createAssetsResource(context: ResourceContext): AssetsResource {
  return {
    ...buildPagedCodeResource(context, METHODS),
    upsertList: buildUpsertList(
      context,
      endpointOf("assets.upsertList"),
      pathParametersOf("assets.upsertList"),
      "json-array",
      codeField,
    ),
    delete: buildDelete(context, endpointOf("assets.delete"), pathParametersOf("assets.delete")),
  };
}
