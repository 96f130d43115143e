import type { AssociationTypesResource } from "../association-types.js";
import type { AttributeGroupsResource } from "../attribute-groups.js";
import type { AttributeOptionsResource } from "../attribute-options.js";
import type { AttributesResource } from "../attributes.js";
import type { CategoriesResource } from "../categories.js";
import type { ChannelsResource } from "../channels.js";
import type { CurrenciesResource } from "../currencies.js";
import type { FamiliesResource } from "../families.js";
import type { FamilyVariantsResource } from "../family-variants.js";
import type { LocalesResource } from "../locales.js";
import type { PamAssetCategoriesResource } from "../pam-asset-categories.js";
import type { PamAssetTagsResource } from "../pam-asset-tags.js";
import type { PamAssetsResource } from "../pam-assets.js";
import { buildPhpApi, type PhpMethodName } from "./php-code-api.js";
import type { PhpCodeApi, PhpReadableApi, PhpUpsertMethods } from "./php-code-api-types.js";

// The catalog structure (and the deprecated PAM assets): code-addressed resources, most with the
// full set of calls, options and variants under their attribute or family.

const FULL_SET: readonly PhpMethodName[] = [
  "get",
  "listPerPage",
  "all",
  "create",
  "upsert",
  "upsertList",
];
const READ_SET: readonly PhpMethodName[] = ["get", "listPerPage", "all"];

// The PHP client's `all()` of attribute options and family variants kept the old default of 10
// when the others moved to 100 (v10.0.0).
const OLD_ALL_PAGE_SIZE = 10;

/** The PHP client's category API. */
export type PhpCategoryApi = PhpCodeApi<CategoriesResource>;
/** The PHP client's attribute API. */
export type PhpAttributeApi = PhpCodeApi<AttributesResource>;
/** The PHP client's attribute option API; the attribute code comes first. */
export type PhpAttributeOptionApi = PhpCodeApi<AttributeOptionsResource, [attributeCode: string]>;
/** The PHP client's attribute group API. */
export type PhpAttributeGroupApi = PhpCodeApi<AttributeGroupsResource>;
/** The PHP client's family API. */
export type PhpFamilyApi = PhpCodeApi<FamiliesResource>;
/** The PHP client's family variant API; the family code comes first. */
export type PhpFamilyVariantApi = PhpCodeApi<FamilyVariantsResource, [familyCode: string]>;
/** The PHP client's channel API. */
export type PhpChannelApi = PhpCodeApi<ChannelsResource>;
/** The PHP client's association type API. */
export type PhpAssociationTypeApi = PhpCodeApi<AssociationTypesResource>;
/** The PHP client's locale API (read-only). */
export type PhpLocaleApi = PhpReadableApi<LocalesResource>;
/** The PHP client's currency API (read-only). */
export type PhpCurrencyApi = PhpReadableApi<CurrenciesResource>;
/** The PHP client's (deprecated) PAM asset API. */
export type PhpAssetApi = PhpCodeApi<PamAssetsResource>;
/** The PHP client's (deprecated) PAM asset category API. */
export type PhpAssetCategoryApi = PhpCodeApi<PamAssetCategoriesResource>;
/** The PHP client's (deprecated) PAM asset tag API. */
export type PhpAssetTagApi = PhpReadableApi<PamAssetTagsResource> &
  PhpUpsertMethods<PamAssetTagsResource, [], "code">;

type FullSetFacade =
  | CategoriesResource
  | AttributesResource
  | AttributeGroupsResource
  | FamiliesResource
  | ChannelsResource
  | AssociationTypesResource
  | PamAssetsResource
  | PamAssetCategoriesResource;

/** Creates the PHP API of a top-level code resource with the full set of calls. */
export function createPhpCodeApi<F extends FullSetFacade>(facade: F): PhpCodeApi<F> {
  return buildPhpApi(facade, {}, FULL_SET);
}

/** Creates the PHP API of a read-only code resource (locales, currencies). */
export function createPhpReadableApi<F extends LocalesResource | CurrenciesResource>(
  facade: F,
): PhpReadableApi<F> {
  return buildPhpApi(facade, {}, READ_SET);
}

/** Creates the PHP attribute option API: `all(attributeCode, pageSize = 10, …)`. */
export function createPhpAttributeOptionApi(
  facade: AttributeOptionsResource,
): PhpAttributeOptionApi {
  return buildPhpApi(facade, { parents: 1, allPageSize: OLD_ALL_PAGE_SIZE }, FULL_SET);
}

/**
 * Creates the PHP family variant API: `all(familyCode, pageSize = 10, …)`, and `upsert` puts the
 * code in and refuses `code` and `family` in the data.
 */
export function createPhpFamilyVariantApi(facade: FamilyVariantsResource): PhpFamilyVariantApi {
  return buildPhpApi(
    facade,
    { parents: 1, allPageSize: OLD_ALL_PAGE_SIZE, upsertInjects: ["code", "family"] },
    FULL_SET,
  );
}

/** Creates the PHP PAM asset tag API: reads and `upsert`. */
export function createPhpAssetTagApi(facade: PamAssetTagsResource): PhpAssetTagApi {
  return buildPhpApi(facade, {}, [...READ_SET, "upsert"]);
}
