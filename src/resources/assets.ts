import {
  deleteAsset,
  getAsset,
  listAssets,
  upsertAsset,
  upsertAssets,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { CURSOR_PAGING } from "./facade/list-methods.js";
import {
  buildDelete,
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  DeleteMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const ASSETS = "/api/rest/v1/asset-families/{asset_family_code}/assets";
const PARENT = ["asset_family_code"] as const;
const BY_CODE = ["asset_family_code", "code"] as const;
type Parent = [assetFamilyCode: string];
type Child = [assetFamilyCode: string, code: string];

/** Assets of the Asset Manager; every method takes the asset family code first. */
export interface AssetsResource {
  /** Returns the asset with this code. */
  get: GetMethod<typeof getAsset, Child>;
  /** Returns one page of the family's assets (search_after, page size chosen by the server). */
  listPerPage: ListPerPageMethod<typeof listAssets, Parent>;
  /** Iterates every asset of the family. */
  all: AllMethod<typeof listAssets, Parent>;
  /** Iterates the pages of the family's assets. */
  pages: PagesMethod<typeof listAssets, Parent>;
  /** Creates or updates the asset with this code. */
  upsert: UpsertMethod<typeof upsertAsset, Child>;
  /** Upserts many assets in JSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertAssets, Parent>;
  /** Deletes the asset with this code. */
  delete: DeleteMethod<Child>;
}

/** Creates the facade of Asset Manager assets. */
export function createAssetsResource(context: ResourceContext): AssetsResource {
  return {
    get: buildGet(context, getAsset, BY_CODE),
    ...buildListMethods(context, listAssets, ASSETS, PARENT, CURSOR_PAGING),
    upsert: buildUpsert(context, upsertAsset, BY_CODE),
    upsertList: buildUpsertList(context, upsertAssets, PARENT, "json-array", codeField),
    delete: buildDelete(context, deleteAsset, BY_CODE),
  };
}
