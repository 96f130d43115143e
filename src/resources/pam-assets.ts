import {
  createPamAsset,
  getPamAsset,
  listPamAssets,
  upsertPamAsset,
  upsertPamAssets,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { SEARCH_AFTER_PAGING } from "./facade/list-methods.js";
import {
  buildCreate,
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  CreateMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const PAM_ASSETS = "/api/rest/v1/assets";

/**
 * The PAM assets of Enterprise Edition before the Asset Manager (`/api/rest/v1/assets`).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export interface PamAssetsResource {
  /** Returns the PAM asset with this code. */
  get: GetMethod<typeof getPamAsset>;
  /** Returns one page of PAM assets. */
  listPerPage: ListPerPageMethod<typeof listPamAssets>;
  /** Iterates every PAM asset with search_after. */
  all: AllMethod<typeof listPamAssets>;
  /** Iterates the pages of PAM assets with search_after. */
  pages: PagesMethod<typeof listPamAssets>;
  /** Creates a PAM asset; answers its code and `Location`. */
  create: CreateMethod<typeof createPamAsset>;
  /** Creates or updates the PAM asset with this code. */
  upsert: UpsertMethod<typeof upsertPamAsset>;
  /** Upserts many PAM assets in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertPamAssets>;
}

/** Creates the facade of PAM assets. */
export function createPamAssetsResource(context: ResourceContext): PamAssetsResource {
  return {
    get: buildGet(context, getPamAsset, ["code"]),
    ...buildListMethods(context, listPamAssets, PAM_ASSETS, [], SEARCH_AFTER_PAGING),
    create: buildCreate(context, createPamAsset, PAM_ASSETS, [], codeField),
    upsert: buildUpsert(context, upsertPamAsset, ["code"]),
    upsertList: buildUpsertList(context, upsertPamAssets, [], "ndjson", codeField),
  };
}
