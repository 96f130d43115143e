import {
  createPamAssetCategory,
  getPamAssetCategory,
  listPamAssetCategories,
  upsertPamAssetCategories,
  upsertPamAssetCategory,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
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

const PAM_ASSET_CATEGORIES = "/api/rest/v1/asset-categories";

/**
 * Categories of the deprecated PAM assets (`/api/rest/v1/asset-categories`, Enterprise Edition).
 *
 * @deprecated Akeneo deprecates the PAM assets; use asset families and assets.
 */
export interface PamAssetCategoriesResource {
  /** Returns the PAM asset category with this code. */
  get: GetMethod<typeof getPamAssetCategory>;
  /** Returns one page of PAM asset categories. */
  listPerPage: ListPerPageMethod<typeof listPamAssetCategories>;
  /** Iterates every PAM asset category, 100 per page by default. */
  all: AllMethod<typeof listPamAssetCategories>;
  /** Iterates the pages of PAM asset categories. */
  pages: PagesMethod<typeof listPamAssetCategories>;
  /** Creates a PAM asset category; answers its code and `Location`. */
  create: CreateMethod<typeof createPamAssetCategory>;
  /** Creates or updates the PAM asset category with this code. */
  upsert: UpsertMethod<typeof upsertPamAssetCategory>;
  /** Upserts many PAM asset categories in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertPamAssetCategories>;
}

/** Creates the facade of PAM asset categories. */
export function createPamAssetCategoriesResource(
  context: ResourceContext,
): PamAssetCategoriesResource {
  return {
    get: buildGet(context, getPamAssetCategory, ["code"]),
    ...buildListMethods(context, listPamAssetCategories, PAM_ASSET_CATEGORIES, [], OFFSET_PAGING),
    create: buildCreate(context, createPamAssetCategory, PAM_ASSET_CATEGORIES, [], codeField),
    upsert: buildUpsert(context, upsertPamAssetCategory, ["code"]),
    upsertList: buildUpsertList(context, upsertPamAssetCategories, [], "ndjson", codeField),
  };
}
