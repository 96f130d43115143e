import {
  PAM_ASSET_TAGS_GET,
  PAM_ASSET_TAGS_LIST_PER_PAGE,
  PAM_ASSET_TAGS_UPSERT,
} from "../../generated/facade-operations.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: PAM_ASSET_TAGS_GET,
  list: PAM_ASSET_TAGS_LIST_PER_PAGE,
  upsert: PAM_ASSET_TAGS_UPSERT,
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
