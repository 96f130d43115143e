import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";
import type { EndpointsOf } from "./operation-table.js";

const FAMILIES = {
  get: "assetFamilies.get",
  list: "assetFamilies.listPerPage",
  upsert: "assetFamilies.upsert",
} as const;
const ATTRIBUTES = {
  get: "assetAttributes.get",
  list: "assetAttributes.list",
  upsert: "assetAttributes.upsert",
} as const;
const OPTIONS = {
  get: "assetAttributeOptions.get",
  list: "assetAttributeOptions.list",
  upsert: "assetAttributeOptions.upsert",
} as const;

/**
 * Asset families of the Asset Manager (`/api/rest/v1/asset-families`), listed with search_after
 * in pages whose size the server chooses.
 */
export type AssetFamiliesResource = PagedCodeResource<EndpointsOf<typeof FAMILIES>>;

/** Attributes of an asset family; every method takes the family code first. */
export type AssetAttributesResource = UnpagedCodeResource<
  EndpointsOf<typeof ATTRIBUTES>,
  [assetFamilyCode: string]
>;

/** Options of an asset attribute; methods take the family and attribute codes first. */
export type AssetAttributeOptionsResource = UnpagedCodeResource<
  EndpointsOf<typeof OPTIONS>,
  [assetFamilyCode: string, attributeCode: string]
>;

/** Creates the facade of asset families. */
export function createAssetFamiliesResource(context: ResourceContext): AssetFamiliesResource {
  return buildPagedCodeResource(context, FAMILIES);
}

/** Creates the facade of asset attributes. */
export function createAssetAttributesResource(context: ResourceContext): AssetAttributesResource {
  return buildUnpagedCodeResource(context, ATTRIBUTES);
}

/** Creates the facade of asset attribute options. */
export function createAssetAttributeOptionsResource(
  context: ResourceContext,
): AssetAttributeOptionsResource {
  return buildUnpagedCodeResource(context, OPTIONS);
}
