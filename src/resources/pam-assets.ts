import {
  PAM_ASSETS_CREATE,
  PAM_ASSETS_GET,
  PAM_ASSETS_LIST_PER_PAGE,
  PAM_ASSETS_UPSERT,
  PAM_ASSETS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: PAM_ASSETS_GET,
  list: PAM_ASSETS_LIST_PER_PAGE,
  create: PAM_ASSETS_CREATE,
  upsert: PAM_ASSETS_UPSERT,
  upsertList: PAM_ASSETS_UPSERT_LIST,
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
