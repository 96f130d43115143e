import {
  getAssetAttribute,
  getAssetAttributeOption,
  getAssetFamily,
  listAssetAttributeOptions,
  listAssetAttributes,
  listAssetFamilies,
  upsertAssetAttribute,
  upsertAssetAttributeOption,
  upsertAssetFamily,
} from "../../generated/endpoints.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import { CURSOR_PAGING } from "./facade/list-methods.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";

const FAMILIES = { get: getAssetFamily, list: listAssetFamilies, upsert: upsertAssetFamily };
const ATTRIBUTES = {
  get: getAssetAttribute,
  list: listAssetAttributes,
  upsert: upsertAssetAttribute,
};
const OPTIONS = {
  get: getAssetAttributeOption,
  list: listAssetAttributeOptions,
  upsert: upsertAssetAttributeOption,
};

/**
 * Asset families of the Asset Manager (`/api/rest/v1/asset-families`), listed with search_after
 * in pages whose size the server chooses.
 */
export type AssetFamiliesResource = PagedCodeResource<typeof FAMILIES>;

/** Attributes of an asset family; every method takes the family code first. */
export type AssetAttributesResource = UnpagedCodeResource<
  typeof ATTRIBUTES,
  [assetFamilyCode: string]
>;

/** Options of an asset attribute; methods take the family and attribute codes first. */
export type AssetAttributeOptionsResource = UnpagedCodeResource<
  typeof OPTIONS,
  [assetFamilyCode: string, attributeCode: string]
>;

/** Creates the facade of asset families. */
export function createAssetFamiliesResource(context: ResourceContext): AssetFamiliesResource {
  return buildPagedCodeResource(context, FAMILIES, "/api/rest/v1/asset-families", {
    paging: CURSOR_PAGING,
  });
}

/** Creates the facade of asset attributes. */
export function createAssetAttributesResource(context: ResourceContext): AssetAttributesResource {
  return buildUnpagedCodeResource(context, ATTRIBUTES, ["asset_family_code"]);
}

/** Creates the facade of asset attribute options. */
export function createAssetAttributeOptionsResource(
  context: ResourceContext,
): AssetAttributeOptionsResource {
  return buildUnpagedCodeResource(context, OPTIONS, ["asset_family_code", "attribute_code"]);
}
