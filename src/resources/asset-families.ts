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
import { CURSOR_PAGING } from "./facade/list-methods.js";
import {
  buildGet,
  buildListMethods,
  buildUnpagedListMethods,
  buildUpsert,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  AllUnpagedMethod,
  GetMethod,
  ListPerPageMethod,
  ListUnpagedMethod,
  PagesMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

type Family = [assetFamilyCode: string];
type FamilyChild = [assetFamilyCode: string, code: string];
type Attribute = [assetFamilyCode: string, attributeCode: string];
type AttributeChild = [assetFamilyCode: string, attributeCode: string, code: string];

/** Asset families of the Asset Manager (`/api/rest/v1/asset-families`). */
export interface AssetFamiliesResource {
  /** Returns the asset family with this code. */
  get: GetMethod<typeof getAssetFamily>;
  /** Returns one page of asset families (search_after, page size chosen by the server). */
  listPerPage: ListPerPageMethod<typeof listAssetFamilies>;
  /** Iterates every asset family. */
  all: AllMethod<typeof listAssetFamilies>;
  /** Iterates the pages of asset families. */
  pages: PagesMethod<typeof listAssetFamilies>;
  /** Creates or updates the asset family with this code. */
  upsert: UpsertMethod<typeof upsertAssetFamily>;
}

/** Attributes of an asset family; every method takes the family code first. */
export interface AssetAttributesResource {
  /** Returns the attribute with this code of the asset family. */
  get: GetMethod<typeof getAssetAttribute, FamilyChild>;
  /** Returns every attribute of the asset family (one request). */
  list: ListUnpagedMethod<typeof listAssetAttributes, Family>;
  /** Iterates every attribute of the asset family (one request, made when the loop starts). */
  all: AllUnpagedMethod<typeof listAssetAttributes, Family>;
  /** Creates or updates the attribute with this code of the asset family. */
  upsert: UpsertMethod<typeof upsertAssetAttribute, FamilyChild>;
}

/** Options of an asset attribute; methods take the family and attribute codes first. */
export interface AssetAttributeOptionsResource {
  /** Returns the option with this code. */
  get: GetMethod<typeof getAssetAttributeOption, AttributeChild>;
  /** Returns every option of the attribute (one request). */
  list: ListUnpagedMethod<typeof listAssetAttributeOptions, Attribute>;
  /** Iterates every option of the attribute (one request, made when the loop starts). */
  all: AllUnpagedMethod<typeof listAssetAttributeOptions, Attribute>;
  /** Creates or updates the option with this code. */
  upsert: UpsertMethod<typeof upsertAssetAttributeOption, AttributeChild>;
}

/** Creates the facade of asset families. */
export function createAssetFamiliesResource(context: ResourceContext): AssetFamiliesResource {
  return {
    get: buildGet(context, getAssetFamily, ["code"]),
    ...buildListMethods(
      context,
      listAssetFamilies,
      "/api/rest/v1/asset-families",
      [],
      CURSOR_PAGING,
    ),
    upsert: buildUpsert(context, upsertAssetFamily, ["code"]),
  };
}

/** Creates the facade of asset attributes. */
export function createAssetAttributesResource(context: ResourceContext): AssetAttributesResource {
  const byCode = ["asset_family_code", "code"];
  return {
    get: buildGet(context, getAssetAttribute, byCode),
    ...buildUnpagedListMethods(context, listAssetAttributes, ["asset_family_code"]),
    upsert: buildUpsert(context, upsertAssetAttribute, byCode),
  };
}

/** Creates the facade of asset attribute options. */
export function createAssetAttributeOptionsResource(
  context: ResourceContext,
): AssetAttributeOptionsResource {
  const parent = ["asset_family_code", "attribute_code"];
  const byCode = [...parent, "code"];
  return {
    get: buildGet(context, getAssetAttributeOption, byCode),
    ...buildUnpagedListMethods(context, listAssetAttributeOptions, parent),
    upsert: buildUpsert(context, upsertAssetAttributeOption, byCode),
  };
}
