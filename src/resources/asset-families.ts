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
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";
import { pagingOf, pathOf, pathParametersOf } from "./operation-table.js";

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
  return buildPagedCodeResource(context, FAMILIES, pathOf("assetFamilies.listPerPage"), {
    paging: pagingOf("assetFamilies.listPerPage"),
  });
}

/** Creates the facade of asset attributes. */
export function createAssetAttributesResource(context: ResourceContext): AssetAttributesResource {
  return buildUnpagedCodeResource(context, ATTRIBUTES, pathParametersOf("assetAttributes.list"));
}

/** Creates the facade of asset attribute options. */
export function createAssetAttributeOptionsResource(
  context: ResourceContext,
): AssetAttributeOptionsResource {
  return buildUnpagedCodeResource(context, OPTIONS, pathParametersOf("assetAttributeOptions.list"));
}
