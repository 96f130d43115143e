import type { AkeneoResources } from "./create-resources.js";
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
export interface PhpAccessors {
  getProductApi(): PhpProductApi;
  getProductUuidApi(): PhpProductUuidApi;
  getProductModelApi(): PhpProductModelApi;
  getProductDraftApi(): PhpDraftApi<AkeneoResources["products"]>;
  getProductDraftUuidApi(): PhpDraftApi<AkeneoResources["uuidProducts"]>;
  getProductModelDraftApi(): PhpDraftApi<AkeneoResources["productModels"]>;
  /** @deprecated Akeneo deprecates published products. */
  getPublishedProductApi(): PhpPublishedProductApi;
  getCategoryApi(): PhpCategoryApi;
  getCategoryMediaFileApi(): PhpCategoryMediaFileApi;
  getAttributeApi(): PhpAttributeApi;
  getAttributeOptionApi(): PhpAttributeOptionApi;
  getAttributeGroupApi(): PhpAttributeGroupApi;
  getFamilyApi(): PhpFamilyApi;
  getFamilyVariantApi(): PhpFamilyVariantApi;
  getChannelApi(): PhpChannelApi;
  getLocaleApi(): PhpLocaleApi;
  getCurrencyApi(): PhpCurrencyApi;
  /** @deprecated Akeneo deprecates measure families. */
  getMeasureFamilyApi(): PhpMeasureFamilyApi;
  getMeasurementFamilyApi(): PhpMeasurementFamilyApi;
  getAssociationTypeApi(): PhpAssociationTypeApi;
  getProductMediaFileApi(): PhpProductMediaFileApi;
  getReferenceEntityApi(): PhpReferenceEntityApi;
  getReferenceEntityAttributeApi(): PhpReferenceEntityAttributeApi;
  getReferenceEntityAttributeOptionApi(): PhpReferenceEntityAttributeOptionApi;
  getReferenceEntityRecordApi(): PhpReferenceEntityRecordApi;
  getReferenceEntityMediaFileApi(): PhpStandaloneMediaFileApi;
  getAssetFamilyApi(): PhpAssetFamilyApi;
  getAssetAttributeApi(): PhpAssetAttributeApi;
  getAssetAttributeOptionApi(): PhpAssetAttributeOptionApi;
  getAssetManagerApi(): PhpAssetManagerApi;
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
  getAppCatalogApi(): PhpAppCatalogApi;
  getAppCatalogProductApi(): PhpAppCatalogProductApi;
  getSystemInformationApi(): PhpSystemInformationApi;
}

/** Names of the 39 PHP accessors, in the order of `PhpAccessors`. */
export const PHP_ACCESSOR_NAMES: readonly (keyof PhpAccessors)[] = Object.freeze([
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

/** Creates the PHP accessors over the facades; each returns the same object every call. */
export function createPhpAccessors(r: AkeneoResources): PhpAccessors {
  const apis: { [Name in keyof PhpAccessors]: ReturnType<PhpAccessors[Name]> } = {
    getProductApi: createPhpProductApi(r.products),
    getProductUuidApi: createPhpProductUuidApi(r.uuidProducts),
    getProductModelApi: createPhpProductModelApi(r.productModels),
    getProductDraftApi: createPhpDraftApi(r.products),
    getProductDraftUuidApi: createPhpDraftApi(r.uuidProducts),
    getProductModelDraftApi: createPhpDraftApi(r.productModels),
    getPublishedProductApi: createPhpPublishedProductApi(r.publishedProducts),
    getCategoryApi: createPhpCodeApi(r.categories),
    getCategoryMediaFileApi: createPhpCategoryMediaFileApi(r.categoryMediaFiles),
    getAttributeApi: createPhpCodeApi(r.attributes),
    getAttributeOptionApi: createPhpAttributeOptionApi(r.attributeOptions),
    getAttributeGroupApi: createPhpCodeApi(r.attributeGroups),
    getFamilyApi: createPhpCodeApi(r.families),
    getFamilyVariantApi: createPhpFamilyVariantApi(r.familyVariants),
    getChannelApi: createPhpCodeApi(r.channels),
    getLocaleApi: createPhpReadableApi(r.locales),
    getCurrencyApi: createPhpReadableApi(r.currencies),
    getMeasureFamilyApi: createPhpMeasureFamilyApi(r.measureFamilies),
    getMeasurementFamilyApi: createPhpMeasurementFamilyApi(r.measurementFamilies),
    getAssociationTypeApi: createPhpCodeApi(r.associationTypes),
    getProductMediaFileApi: createPhpProductMediaFileApi(r.mediaFiles),
    getReferenceEntityApi: createPhpEntityApi(r.referenceEntities),
    getReferenceEntityAttributeApi: createPhpEntityAttributeApi(r.referenceEntityAttributes, 1),
    getReferenceEntityAttributeOptionApi: createPhpEntityAttributeApi(
      r.referenceEntityAttributeOptions,
      2,
    ),
    getReferenceEntityRecordApi: createPhpReferenceEntityRecordApi(r.referenceEntityRecords),
    getReferenceEntityMediaFileApi: createPhpStandaloneMediaFileApi(r.referenceEntityMediaFiles),
    getAssetFamilyApi: createPhpEntityApi(r.assetFamilies),
    getAssetAttributeApi: createPhpEntityAttributeApi(r.assetAttributes, 1),
    getAssetAttributeOptionApi: createPhpEntityAttributeApi(r.assetAttributeOptions, 2),
    getAssetManagerApi: createPhpAssetManagerApi(r.assets),
    getAssetMediaFileApi: createPhpStandaloneMediaFileApi(r.assetMediaFiles),
    getAssetApi: createPhpCodeApi(r.pamAssets),
    getAssetCategoryApi: createPhpCodeApi(r.pamAssetCategories),
    getAssetTagApi: createPhpAssetTagApi(r.pamAssetTags),
    getAssetReferenceFileApi: createPhpAssetReferenceFileApi(r.pamAssetReferenceFiles),
    getAssetVariationFileApi: createPhpAssetVariationFileApi(r.pamAssetVariationFiles),
    getAppCatalogApi: createPhpAppCatalogApi(r.catalogs),
    getAppCatalogProductApi: createPhpAppCatalogProductApi(r.catalogProducts),
    getSystemInformationApi: createPhpSystemInformationApi(r.system),
  };
  const accessors: Record<string, () => unknown> = {};
  for (const [name, api] of Object.entries(apis)) accessors[name] = () => api;
  return accessors as unknown as PhpAccessors;
}
