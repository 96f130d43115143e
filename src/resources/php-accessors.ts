import type { EveryFacade } from "./create-resources.js";
import type { AbsentFacade } from "./offered-facades.js";
import {
  createPhpAppCatalogApi,
  createPhpAppCatalogProductApi,
  createPhpMeasureFamilyApi,
  createPhpMeasurementFamilyApi,
  createPhpSystemInformationApi,
  type PhpAppCatalogApi,
  type PhpAppCatalogProductApi,
  type PhpMeasureFamilyApi,
  type PhpMeasurementFamilyApi,
  type PhpSystemInformationApi,
} from "./php/php-catalog-apis.js";
import { createPhpDraftApi, type PhpDraftApi } from "./php/php-draft-apis.js";
import {
  createPhpAssetManagerApi,
  createPhpEntityApi,
  createPhpEntityAttributeApi,
  createPhpReferenceEntityRecordApi,
  type PhpAssetAttributeApi,
  type PhpAssetAttributeOptionApi,
  type PhpAssetFamilyApi,
  type PhpAssetManagerApi,
  type PhpReferenceEntityApi,
  type PhpReferenceEntityAttributeApi,
  type PhpReferenceEntityAttributeOptionApi,
  type PhpReferenceEntityRecordApi,
} from "./php/php-entity-apis.js";
import {
  createPhpCategoryMediaFileApi,
  createPhpProductMediaFileApi,
  createPhpStandaloneMediaFileApi,
  type PhpCategoryMediaFileApi,
  type PhpProductMediaFileApi,
  type PhpStandaloneMediaFileApi,
} from "./php/php-media-apis.js";
import {
  createPhpAssetReferenceFileApi,
  createPhpAssetVariationFileApi,
  type PhpAssetReferenceFileApi,
  type PhpAssetVariationFileApi,
} from "./php/php-pam-file-apis.js";
import {
  createPhpProductApi,
  createPhpProductModelApi,
  createPhpProductUuidApi,
  createPhpPublishedProductApi,
  type PhpProductApi,
  type PhpProductModelApi,
  type PhpProductUuidApi,
  type PhpPublishedProductApi,
} from "./php/php-product-apis.js";
import {
  createPhpAssetTagApi,
  createPhpAttributeOptionApi,
  createPhpCodeApi,
  createPhpFamilyVariantApi,
  createPhpReadableApi,
  type PhpAssetApi,
  type PhpAssetCategoryApi,
  type PhpAssetTagApi,
  type PhpAssociationTypeApi,
  type PhpAttributeApi,
  type PhpAttributeGroupApi,
  type PhpAttributeOptionApi,
  type PhpCategoryApi,
  type PhpChannelApi,
  type PhpCurrencyApi,
  type PhpFamilyApi,
  type PhpFamilyVariantApi,
  type PhpLocaleApi,
} from "./php/php-structure-apis.js";

/**
 * The 39 accessors of Akeneo's PHP client, each returning an API with the PHP client's method
 * names, argument order, defaults and return values, over the idiomatic facades: PHP code ports
 * line by line (`$client->getProductApi()->create('top', [...])` reads
 * `await client.getProductApi().create("top", {...})`).
 */
export interface EveryPhpAccessor {
  /** Returns the PHP-shaped API of the product (`getProductApi` in PHP). */
  getProductApi(): PhpProductApi;
  /** Returns the PHP-shaped API of the product uuid (`getProductUuidApi` in PHP). */
  getProductUuidApi(): PhpProductUuidApi;
  /** Returns the PHP-shaped API of the product model (`getProductModelApi` in PHP). */
  getProductModelApi(): PhpProductModelApi;
  /** Returns the PHP-shaped API of the product draft (`getProductDraftApi` in PHP). */
  getProductDraftApi(): PhpDraftApi<EveryFacade["products"]>;
  /** Returns the PHP-shaped API of the product draft uuid (`getProductDraftUuidApi` in PHP). */
  getProductDraftUuidApi(): PhpDraftApi<EveryFacade["uuidProducts"]>;
  /** Returns the PHP-shaped API of the product model draft (`getProductModelDraftApi` in PHP). */
  getProductModelDraftApi(): PhpDraftApi<EveryFacade["productModels"]>;
  /** @deprecated Akeneo deprecates published products. */
  getPublishedProductApi(): PhpPublishedProductApi;
  /** Returns the PHP-shaped API of the category (`getCategoryApi` in PHP). */
  getCategoryApi(): PhpCategoryApi;
  /** Returns the PHP-shaped API of the category media file (`getCategoryMediaFileApi` in PHP). */
  getCategoryMediaFileApi(): PhpCategoryMediaFileApi;
  /** Returns the PHP-shaped API of the attribute (`getAttributeApi` in PHP). */
  getAttributeApi(): PhpAttributeApi;
  /** Returns the PHP-shaped API of the attribute option (`getAttributeOptionApi` in PHP). */
  getAttributeOptionApi(): PhpAttributeOptionApi;
  /** Returns the PHP-shaped API of the attribute group (`getAttributeGroupApi` in PHP). */
  getAttributeGroupApi(): PhpAttributeGroupApi;
  /** Returns the PHP-shaped API of the family (`getFamilyApi` in PHP). */
  getFamilyApi(): PhpFamilyApi;
  /** Returns the PHP-shaped API of the family variant (`getFamilyVariantApi` in PHP). */
  getFamilyVariantApi(): PhpFamilyVariantApi;
  /** Returns the PHP-shaped API of the channel (`getChannelApi` in PHP). */
  getChannelApi(): PhpChannelApi;
  /** Returns the PHP-shaped API of the locale (`getLocaleApi` in PHP). */
  getLocaleApi(): PhpLocaleApi;
  /** Returns the PHP-shaped API of the currency (`getCurrencyApi` in PHP). */
  getCurrencyApi(): PhpCurrencyApi;
  /** @deprecated Akeneo deprecates measure families. */
  getMeasureFamilyApi(): PhpMeasureFamilyApi;
  /** Returns the PHP-shaped API of the measurement family (`getMeasurementFamilyApi` in PHP). */
  getMeasurementFamilyApi(): PhpMeasurementFamilyApi;
  /** Returns the PHP-shaped API of the association type (`getAssociationTypeApi` in PHP). */
  getAssociationTypeApi(): PhpAssociationTypeApi;
  /** Returns the PHP-shaped API of the product media file (`getProductMediaFileApi` in PHP). */
  getProductMediaFileApi(): PhpProductMediaFileApi;
  /** Returns the PHP-shaped API of the reference entity (`getReferenceEntityApi` in PHP). */
  getReferenceEntityApi(): PhpReferenceEntityApi;
  /** Returns the PHP-shaped API of the reference entity attribute (`getReferenceEntityAttributeApi` in PHP). */
  getReferenceEntityAttributeApi(): PhpReferenceEntityAttributeApi;
  /** Returns the PHP-shaped API of the reference entity attribute option (`getReferenceEntityAttributeOptionApi` in PHP). */
  getReferenceEntityAttributeOptionApi(): PhpReferenceEntityAttributeOptionApi;
  /** Returns the PHP-shaped API of the reference entity record (`getReferenceEntityRecordApi` in PHP). */
  getReferenceEntityRecordApi(): PhpReferenceEntityRecordApi;
  /** Returns the PHP-shaped API of the reference entity media file (`getReferenceEntityMediaFileApi` in PHP). */
  getReferenceEntityMediaFileApi(): PhpStandaloneMediaFileApi;
  /** Returns the PHP-shaped API of the asset family (`getAssetFamilyApi` in PHP). */
  getAssetFamilyApi(): PhpAssetFamilyApi;
  /** Returns the PHP-shaped API of the asset attribute (`getAssetAttributeApi` in PHP). */
  getAssetAttributeApi(): PhpAssetAttributeApi;
  /** Returns the PHP-shaped API of the asset attribute option (`getAssetAttributeOptionApi` in PHP). */
  getAssetAttributeOptionApi(): PhpAssetAttributeOptionApi;
  /** Returns the PHP-shaped API of the asset manager (`getAssetManagerApi` in PHP). */
  getAssetManagerApi(): PhpAssetManagerApi;
  /** Returns the PHP-shaped API of the asset media file (`getAssetMediaFileApi` in PHP). */
  getAssetMediaFileApi(): PhpStandaloneMediaFileApi;
  /** @deprecated Akeneo deprecates the PAM assets; use `getAssetManagerApi()`. */
  getAssetApi(): PhpAssetApi;
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetCategoryApi(): PhpAssetCategoryApi;
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetTagApi(): PhpAssetTagApi;
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetReferenceFileApi(): PhpAssetReferenceFileApi;
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetVariationFileApi(): PhpAssetVariationFileApi;
  /** Returns the PHP-shaped API of the app catalog (`getAppCatalogApi` in PHP). */
  getAppCatalogApi(): PhpAppCatalogApi;
  /** Returns the PHP-shaped API of the app catalog product (`getAppCatalogProductApi` in PHP). */
  getAppCatalogProductApi(): PhpAppCatalogProductApi;
  /** Returns the PHP-shaped API of the system information (`getSystemInformationApi` in PHP). */
  getSystemInformationApi(): PhpSystemInformationApi;
}

/**
 * Names of the PHP client's 39 accessors, in the order of `EveryPhpAccessor`. A client generated
 * from a description that lacks an accessor's operations leaves that accessor out (its facade is
 * absent too): test `name in client` before calling one by name.
 */
export const PHP_ACCESSOR_NAMES: readonly (keyof EveryPhpAccessor)[] =
  /* @__PURE__ */ Object.freeze([
    "getProductApi",
    "getProductUuidApi",
    "getProductModelApi",
    "getProductDraftApi",
    "getProductDraftUuidApi",
    "getProductModelDraftApi",
    "getPublishedProductApi",
    "getCategoryApi",
    "getCategoryMediaFileApi",
    "getAttributeApi",
    "getAttributeOptionApi",
    "getAttributeGroupApi",
    "getFamilyApi",
    "getFamilyVariantApi",
    "getChannelApi",
    "getLocaleApi",
    "getCurrencyApi",
    "getMeasureFamilyApi",
    "getMeasurementFamilyApi",
    "getAssociationTypeApi",
    "getProductMediaFileApi",
    "getReferenceEntityApi",
    "getReferenceEntityAttributeApi",
    "getReferenceEntityAttributeOptionApi",
    "getReferenceEntityRecordApi",
    "getReferenceEntityMediaFileApi",
    "getAssetFamilyApi",
    "getAssetAttributeApi",
    "getAssetAttributeOptionApi",
    "getAssetManagerApi",
    "getAssetMediaFileApi",
    "getAssetApi",
    "getAssetCategoryApi",
    "getAssetTagApi",
    "getAssetReferenceFileApi",
    "getAssetVariationFileApi",
    "getAppCatalogApi",
    "getAppCatalogProductApi",
    "getSystemInformationApi",
  ]);

// Which facade each accessor wraps: an accessor is offered exactly when its facade is.
const PHP_ACCESSOR_FACADES = {
  getProductApi: "products",
  getProductUuidApi: "uuidProducts",
  getProductModelApi: "productModels",
  getProductDraftApi: "products",
  getProductDraftUuidApi: "uuidProducts",
  getProductModelDraftApi: "productModels",
  getPublishedProductApi: "publishedProducts",
  getCategoryApi: "categories",
  getCategoryMediaFileApi: "categoryMediaFiles",
  getAttributeApi: "attributes",
  getAttributeOptionApi: "attributeOptions",
  getAttributeGroupApi: "attributeGroups",
  getFamilyApi: "families",
  getFamilyVariantApi: "familyVariants",
  getChannelApi: "channels",
  getLocaleApi: "locales",
  getCurrencyApi: "currencies",
  getMeasureFamilyApi: "measureFamilies",
  getMeasurementFamilyApi: "measurementFamilies",
  getAssociationTypeApi: "associationTypes",
  getProductMediaFileApi: "mediaFiles",
  getReferenceEntityApi: "referenceEntities",
  getReferenceEntityAttributeApi: "referenceEntityAttributes",
  getReferenceEntityAttributeOptionApi: "referenceEntityAttributeOptions",
  getReferenceEntityRecordApi: "referenceEntityRecords",
  getReferenceEntityMediaFileApi: "referenceEntityMediaFiles",
  getAssetFamilyApi: "assetFamilies",
  getAssetAttributeApi: "assetAttributes",
  getAssetAttributeOptionApi: "assetAttributeOptions",
  getAssetManagerApi: "assets",
  getAssetMediaFileApi: "assetMediaFiles",
  getAssetApi: "pamAssets",
  getAssetCategoryApi: "pamAssetCategories",
  getAssetTagApi: "pamAssetTags",
  getAssetReferenceFileApi: "pamAssetReferenceFiles",
  getAssetVariationFileApi: "pamAssetVariationFiles",
  getAppCatalogApi: "catalogs",
  getAppCatalogProductApi: "catalogProducts",
  getSystemInformationApi: "system",
} as const satisfies Record<keyof EveryPhpAccessor, keyof EveryFacade>;

type FacadeOfAccessor<Name extends keyof EveryPhpAccessor> =
  EveryFacade[(typeof PHP_ACCESSOR_FACADES)[Name]];

const PHP_API_BUILDERS: {
  [Name in keyof EveryPhpAccessor]: (
    facade: FacadeOfAccessor<Name>,
  ) => ReturnType<EveryPhpAccessor[Name]>;
} = {
  getProductApi: createPhpProductApi,
  getProductUuidApi: createPhpProductUuidApi,
  getProductModelApi: createPhpProductModelApi,
  getProductDraftApi: createPhpDraftApi,
  getProductDraftUuidApi: createPhpDraftApi,
  getProductModelDraftApi: createPhpDraftApi,
  getPublishedProductApi: createPhpPublishedProductApi,
  getCategoryApi: createPhpCodeApi,
  getCategoryMediaFileApi: createPhpCategoryMediaFileApi,
  getAttributeApi: createPhpCodeApi,
  getAttributeOptionApi: createPhpAttributeOptionApi,
  getAttributeGroupApi: createPhpCodeApi,
  getFamilyApi: createPhpCodeApi,
  getFamilyVariantApi: createPhpFamilyVariantApi,
  getChannelApi: createPhpCodeApi,
  getLocaleApi: createPhpReadableApi,
  getCurrencyApi: createPhpReadableApi,
  getMeasureFamilyApi: createPhpMeasureFamilyApi,
  getMeasurementFamilyApi: createPhpMeasurementFamilyApi,
  getAssociationTypeApi: createPhpCodeApi,
  getProductMediaFileApi: createPhpProductMediaFileApi,
  getReferenceEntityApi: createPhpEntityApi,
  getReferenceEntityAttributeApi: (facade) => createPhpEntityAttributeApi(facade, 1),
  getReferenceEntityAttributeOptionApi: (facade) => createPhpEntityAttributeApi(facade, 2),
  getReferenceEntityRecordApi: createPhpReferenceEntityRecordApi,
  getReferenceEntityMediaFileApi: createPhpStandaloneMediaFileApi,
  getAssetFamilyApi: createPhpEntityApi,
  getAssetAttributeApi: (facade) => createPhpEntityAttributeApi(facade, 1),
  getAssetAttributeOptionApi: (facade) => createPhpEntityAttributeApi(facade, 2),
  getAssetManagerApi: createPhpAssetManagerApi,
  getAssetMediaFileApi: createPhpStandaloneMediaFileApi,
  getAssetApi: createPhpCodeApi,
  getAssetCategoryApi: createPhpCodeApi,
  getAssetTagApi: createPhpAssetTagApi,
  getAssetReferenceFileApi: createPhpAssetReferenceFileApi,
  getAssetVariationFileApi: createPhpAssetVariationFileApi,
  getAppCatalogApi: createPhpAppCatalogApi,
  getAppCatalogProductApi: createPhpAppCatalogProductApi,
  getSystemInformationApi: createPhpSystemInformationApi,
};

/**
 * The PHP accessors of the client: those whose facade the description the SDK was generated from
 * offers (all 39 for the default description).
 */
export type PhpAccessors = {
  [Name in keyof EveryPhpAccessor as (typeof PHP_ACCESSOR_FACADES)[Name] extends AbsentFacade
    ? never
    : Name]: EveryPhpAccessor[Name];
};

/** Creates the PHP accessors over the facades; each returns the same object every call. */
export function createPhpAccessors(r: Partial<EveryFacade>): PhpAccessors {
  const accessors: Record<string, () => unknown> = {};
  for (const name of PHP_ACCESSOR_NAMES) {
    const facade = r[PHP_ACCESSOR_FACADES[name]];
    if (facade === undefined) continue;
    const api = (PHP_API_BUILDERS[name] as (facade: unknown) => unknown)(facade);
    accessors[name] = () => api;
  }
  return accessors as unknown as PhpAccessors;
}
