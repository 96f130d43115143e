import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "pamAssetTags.get",
  list: "pamAssetTags.listPerPage",
  upsert: "pamAssetTags.upsert",
} as const;

/**
 * Tags of the deprecated PAM assets (`/api/rest/v1/asset-tags`, Enterprise Edition).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export type PamAssetTagsResource = PagedCodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of PAM asset tags. */
export function createPamAssetTagsResource(context: ResourceContext): PamAssetTagsResource {
  return buildPagedCodeResource(context, METHODS);
}
