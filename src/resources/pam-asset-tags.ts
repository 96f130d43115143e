import { getPamAssetTag, listPamAssetTags, upsertPamAssetTag } from "../../generated/endpoints.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = { get: getPamAssetTag, list: listPamAssetTags, upsert: upsertPamAssetTag };

/**
 * Tags of the deprecated PAM assets (`/api/rest/v1/asset-tags`, Enterprise Edition).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export type PamAssetTagsResource = PagedCodeResource<typeof ENDPOINTS>;

/** Creates the facade of PAM asset tags. */
export function createPamAssetTagsResource(context: ResourceContext): PamAssetTagsResource {
  return buildPagedCodeResource(context, ENDPOINTS, pathOf("pamAssetTags.listPerPage"));
}
