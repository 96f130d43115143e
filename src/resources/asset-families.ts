import {
  ASSET_ATTRIBUTE_OPTIONS_GET,
  ASSET_ATTRIBUTE_OPTIONS_LIST,
  ASSET_ATTRIBUTE_OPTIONS_UPSERT,
  ASSET_ATTRIBUTES_GET,
  ASSET_ATTRIBUTES_LIST,
  ASSET_ATTRIBUTES_UPSERT,
  ASSET_FAMILIES_GET,
  ASSET_FAMILIES_LIST_PER_PAGE,
  ASSET_FAMILIES_UPSERT,
} from "../../generated/facade-operations.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";
import type { EndpointsOf } from "./operation-table.js";

const FAMILIES = {
  get: ASSET_FAMILIES_GET,
  list: ASSET_FAMILIES_LIST_PER_PAGE,
  upsert: ASSET_FAMILIES_UPSERT,
} as const;
const ATTRIBUTES = {
  get: ASSET_ATTRIBUTES_GET,
  list: ASSET_ATTRIBUTES_LIST,
  upsert: ASSET_ATTRIBUTES_UPSERT,
} as const;
const OPTIONS = {
  get: ASSET_ATTRIBUTE_OPTIONS_GET,
  list: ASSET_ATTRIBUTE_OPTIONS_LIST,
  upsert: ASSET_ATTRIBUTE_OPTIONS_UPSERT,
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
