import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "pamAssets.get",
  list: "pamAssets.listPerPage",
  create: "pamAssets.create",
  upsert: "pamAssets.upsert",
  upsertList: "pamAssets.upsertList",
} as const;

/**
 * The PAM assets of Enterprise Edition before the Asset Manager (`/api/rest/v1/assets`);
 * `all` and `pages` use search_after.
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export type PamAssetsResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of PAM assets. */
export function createPamAssetsResource(context: ResourceContext): PamAssetsResource {
  return buildCodeResource(context, METHODS);
}
