import type { AkeneoResources } from "./create-resources.js";

/**
 * The 39 accessors of Akeneo's PHP client, each returning the facade with the PHP method names,
 * so `$client->getCategoryApi()->get('master')` reads `await client.getCategoryApi().get("master")`.
 */
export interface PhpAccessors {
  /** Returns `client.products`. */
  getProductApi(): AkeneoResources["products"];
  /** Returns `client.uuidProducts`. */
  getProductUuidApi(): AkeneoResources["uuidProducts"];
  /** Returns `client.productModels`. */
  getProductModelApi(): AkeneoResources["productModels"];
  /** Returns the drafts of products by identifier (Enterprise). */
  getProductDraftApi(): ProductDraftApi;
  /** Returns the drafts of products by uuid (Enterprise). */
  getProductDraftUuidApi(): ProductDraftApi;
  /** Returns the drafts of product models (Enterprise). */
  getProductModelDraftApi(): ProductDraftApi;
  /** @deprecated Akeneo deprecates published products. */
  getPublishedProductApi(): AkeneoResources["publishedProducts"];
  /** Returns `client.categories`. */
  getCategoryApi(): AkeneoResources["categories"];
  /** Returns `client.categoryMediaFiles`. */
  getCategoryMediaFileApi(): AkeneoResources["categoryMediaFiles"];
  /** Returns `client.attributes`. */
  getAttributeApi(): AkeneoResources["attributes"];
  /** Returns `client.attributeOptions`. */
  getAttributeOptionApi(): AkeneoResources["attributeOptions"];
  /** Returns `client.attributeGroups`. */
  getAttributeGroupApi(): AkeneoResources["attributeGroups"];
  /** Returns `client.families`. */
  getFamilyApi(): AkeneoResources["families"];
  /** Returns `client.familyVariants`. */
  getFamilyVariantApi(): AkeneoResources["familyVariants"];
  /** Returns `client.channels`. */
  getChannelApi(): AkeneoResources["channels"];
  /** Returns `client.locales`. */
  getLocaleApi(): AkeneoResources["locales"];
  /** Returns `client.currencies`. */
  getCurrencyApi(): AkeneoResources["currencies"];
  /** @deprecated Akeneo deprecates measure families. */
  getMeasureFamilyApi(): AkeneoResources["measureFamilies"];
  /** Returns `client.measurementFamilies`. */
  getMeasurementFamilyApi(): AkeneoResources["measurementFamilies"];
  /** Returns `client.associationTypes`. */
  getAssociationTypeApi(): AkeneoResources["associationTypes"];
  /** Returns `client.mediaFiles`. */
  getProductMediaFileApi(): AkeneoResources["mediaFiles"];
  /** Returns `client.referenceEntities`. */
  getReferenceEntityApi(): AkeneoResources["referenceEntities"];
  /** Returns `client.referenceEntityAttributes`. */
  getReferenceEntityAttributeApi(): AkeneoResources["referenceEntityAttributes"];
  /** Returns `client.referenceEntityAttributeOptions`. */
  getReferenceEntityAttributeOptionApi(): AkeneoResources["referenceEntityAttributeOptions"];
  /** Returns `client.referenceEntityRecords`. */
  getReferenceEntityRecordApi(): AkeneoResources["referenceEntityRecords"];
  /** Returns `client.referenceEntityMediaFiles`. */
  getReferenceEntityMediaFileApi(): AkeneoResources["referenceEntityMediaFiles"];
  /** Returns `client.assetFamilies`. */
  getAssetFamilyApi(): AkeneoResources["assetFamilies"];
  /** Returns `client.assetAttributes`. */
  getAssetAttributeApi(): AkeneoResources["assetAttributes"];
  /** Returns `client.assetAttributeOptions`. */
  getAssetAttributeOptionApi(): AkeneoResources["assetAttributeOptions"];
  /** Returns `client.assets`. */
  getAssetManagerApi(): AkeneoResources["assets"];
  /** Returns `client.assetMediaFiles`. */
  getAssetMediaFileApi(): AkeneoResources["assetMediaFiles"];
  /** @deprecated Akeneo deprecates the PAM assets; use `getAssetManagerApi()`. */
  getAssetApi(): AkeneoResources["pamAssets"];
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetCategoryApi(): AkeneoResources["pamAssetCategories"];
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetTagApi(): AkeneoResources["pamAssetTags"];
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetReferenceFileApi(): AkeneoResources["pamAssetReferenceFiles"];
  /** @deprecated Akeneo deprecates the PAM assets. */
  getAssetVariationFileApi(): AkeneoResources["pamAssetVariationFiles"];
  /** Returns `client.catalogs`. */
  getAppCatalogApi(): AkeneoResources["catalogs"];
  /** Returns the uuids of an App catalog's products (`client.catalogProducts.uuids`). */
  getAppCatalogProductApi(): AppCatalogProductApi;
  /** Returns the PIM's version and edition API (`client.system.getInformation`). */
  getSystemInformationApi(): SystemInformationApi;
}

/** The PHP client's draft APIs: `get` the draft, `submitForApproval` it. */
export interface ProductDraftApi {
  /** Returns the current user's draft. */
  get(code: string): Promise<unknown>;
  /** Submits the current user's draft for approval. */
  submitForApproval(code: string): Promise<void>;
}

/** The PHP client's app catalog product API: the uuids of a catalog's products. */
export type AppCatalogProductApi = AkeneoResources["catalogProducts"]["uuids"];

/** The PHP client's system information API. */
export interface SystemInformationApi {
  /** Returns the PIM's version and edition. */
  get: AkeneoResources["system"]["getInformation"];
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

/** Creates the PHP accessors over the facades; they return the same objects every call. */
export function createPhpAccessors(resources: AkeneoResources): PhpAccessors {
  const draftsOf = (facade: {
    getDraft: ProductDraftApi["get"];
    submitForApproval: ProductDraftApi["submitForApproval"];
  }): ProductDraftApi =>
    Object.freeze({ get: facade.getDraft, submitForApproval: facade.submitForApproval });
  const productDrafts = draftsOf(resources.products);
  const uuidProductDrafts = draftsOf(resources.uuidProducts);
  const modelDrafts = draftsOf(resources.productModels);
  const systemInformation = Object.freeze({ get: resources.system.getInformation });
  return {
    getProductApi: () => resources.products,
    getProductUuidApi: () => resources.uuidProducts,
    getProductModelApi: () => resources.productModels,
    getProductDraftApi: () => productDrafts,
    getProductDraftUuidApi: () => uuidProductDrafts,
    getProductModelDraftApi: () => modelDrafts,
    getPublishedProductApi: () => resources.publishedProducts,
    getCategoryApi: () => resources.categories,
    getCategoryMediaFileApi: () => resources.categoryMediaFiles,
    getAttributeApi: () => resources.attributes,
    getAttributeOptionApi: () => resources.attributeOptions,
    getAttributeGroupApi: () => resources.attributeGroups,
    getFamilyApi: () => resources.families,
    getFamilyVariantApi: () => resources.familyVariants,
    getChannelApi: () => resources.channels,
    getLocaleApi: () => resources.locales,
    getCurrencyApi: () => resources.currencies,
    getMeasureFamilyApi: () => resources.measureFamilies,
    getMeasurementFamilyApi: () => resources.measurementFamilies,
    getAssociationTypeApi: () => resources.associationTypes,
    getProductMediaFileApi: () => resources.mediaFiles,
    getReferenceEntityApi: () => resources.referenceEntities,
    getReferenceEntityAttributeApi: () => resources.referenceEntityAttributes,
    getReferenceEntityAttributeOptionApi: () => resources.referenceEntityAttributeOptions,
    getReferenceEntityRecordApi: () => resources.referenceEntityRecords,
    getReferenceEntityMediaFileApi: () => resources.referenceEntityMediaFiles,
    getAssetFamilyApi: () => resources.assetFamilies,
    getAssetAttributeApi: () => resources.assetAttributes,
    getAssetAttributeOptionApi: () => resources.assetAttributeOptions,
    getAssetManagerApi: () => resources.assets,
    getAssetMediaFileApi: () => resources.assetMediaFiles,
    getAssetApi: () => resources.pamAssets,
    getAssetCategoryApi: () => resources.pamAssetCategories,
    getAssetTagApi: () => resources.pamAssetTags,
    getAssetReferenceFileApi: () => resources.pamAssetReferenceFiles,
    getAssetVariationFileApi: () => resources.pamAssetVariationFiles,
    getAppCatalogApi: () => resources.catalogs,
    getAppCatalogProductApi: () => resources.catalogProducts.uuids,
    getSystemInformationApi: () => systemInformation,
  };
}
