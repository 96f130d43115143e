import { getPamAssetTag, listPamAssetTags, upsertPamAssetTag } from "../../generated/endpoints.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
import { buildGet, buildListMethods, buildUpsert } from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const PAM_ASSET_TAGS = "/api/rest/v1/asset-tags";

/**
 * Tags of the deprecated PAM assets (`/api/rest/v1/asset-tags`, Enterprise Edition).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export interface PamAssetTagsResource {
  /** Returns the PAM asset tag with this code. */
  get: GetMethod<typeof getPamAssetTag>;
  /** Returns one page of PAM asset tags. */
  listPerPage: ListPerPageMethod<typeof listPamAssetTags>;
  /** Iterates every PAM asset tag, 100 per page by default. */
  all: AllMethod<typeof listPamAssetTags>;
  /** Iterates the pages of PAM asset tags. */
  pages: PagesMethod<typeof listPamAssetTags>;
  /** Creates or updates the PAM asset tag with this code. */
  upsert: UpsertMethod<typeof upsertPamAssetTag>;
}

/** Creates the facade of PAM asset tags. */
export function createPamAssetTagsResource(context: ResourceContext): PamAssetTagsResource {
  return {
    get: buildGet(context, getPamAssetTag, ["code"]),
    ...buildListMethods(context, listPamAssetTags, PAM_ASSET_TAGS, [], OFFSET_PAGING),
    upsert: buildUpsert(context, upsertPamAssetTag, ["code"]),
  };
}
