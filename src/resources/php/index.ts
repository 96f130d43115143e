export type {
  PhpGetQueryParameters,
  PhpQueryParameters,
} from "./php-arguments.js";
export type {
  PhpAppCatalogApi,
  PhpAppCatalogProductApi,
  PhpMeasureFamilyApi,
  PhpMeasurementFamilyApi,
  PhpSystemInformationApi,
} from "./php-catalog-apis.js";
export type {
  PhpAllMethod,
  PhpCodeApi,
  PhpCreateData,
  PhpCursorAllMethod,
  PhpDeleteMethod,
  PhpGetMethod,
  PhpJsonUpsertListMethods,
  PhpListPerPageMethod,
  PhpReadableApi,
  PhpUpsertData,
  PhpUpsertListMethods,
  PhpUpsertMethods,
  PhpWriteStatus,
} from "./php-code-api-types.js";
export type { PhpDraftApi } from "./php-draft-apis.js";
export type {
  PhpAssetAttributeApi,
  PhpAssetAttributeOptionApi,
  PhpAssetFamilyApi,
  PhpAssetManagerApi,
  PhpEntityApi,
  PhpEntityAttributeApi,
  PhpEntityItemApi,
  PhpReferenceEntityApi,
  PhpReferenceEntityAttributeApi,
  PhpReferenceEntityAttributeOptionApi,
  PhpReferenceEntityRecordApi,
} from "./php-entity-apis.js";
export type {
  PhpCategoryMediaFileApi,
  PhpDownloadMethod,
  PhpProductMediaData,
  PhpProductMediaFileApi,
  PhpStandaloneMediaFileApi,
} from "./php-media-apis.js";
export type { PhpNdjsonBody } from "./php-ndjson-body.js";
export type { PhpPage } from "./php-page.js";
export type { PhpAssetReferenceFileApi, PhpAssetVariationFileApi } from "./php-pam-file-apis.js";
export type {
  PhpProductApi,
  PhpProductModelApi,
  PhpProductUuidApi,
  PhpPublishedProductApi,
} from "./php-product-apis.js";
export type {
  PhpAssetApi,
  PhpAssetCategoryApi,
  PhpAssetTagApi,
  PhpAssociationTypeApi,
  PhpAttributeApi,
  PhpAttributeGroupApi,
  PhpAttributeOptionApi,
  PhpCategoryApi,
  PhpChannelApi,
  PhpCurrencyApi,
  PhpFamilyApi,
  PhpFamilyVariantApi,
  PhpLocaleApi,
} from "./php-structure-apis.js";
export type { PhpUpsertLine } from "./php-upsert-lines.js";
