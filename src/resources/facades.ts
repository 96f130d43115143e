/**
 * The facade factories, one per facade of `createAkeneoClient`'s client and named after it
 * (`products` is `createProductsResource`), and the facades' types: each builds its facade on an
 * `AkeneoCore`, so that a bundle keeps only the facades it builds.
 *
 * @module
 */

export {
  type AssetAttributeOptionsResource,
  type AssetAttributesResource,
  type AssetFamiliesResource,
  createAssetAttributeOptionsResource,
  createAssetAttributesResource,
  createAssetFamiliesResource,
} from "./asset-families.js";
export {
  type AssetsResource,
  createAssetsResource,
} from "./assets.js";
export {
  type AssociationTypesResource,
  createAssociationTypesResource,
} from "./association-types.js";
export {
  type AttributeGroupsResource,
  createAttributeGroupsResource,
} from "./attribute-groups.js";
export {
  type AttributeOptionsResource,
  createAttributeOptionsResource,
} from "./attribute-options.js";
export {
  type AttributesResource,
  createAttributesResource,
} from "./attributes.js";
// The App catalog products' type is left out: `CatalogProductsResource` names the products facade
// typed by a catalog type (src/catalog); `ReturnType<typeof createCatalogProductsResource>` is it.
export {
  type CatalogMappedResource,
  type CatalogMappingSchemasResource,
  type CatalogsResource,
  createCatalogMappedResource,
  createCatalogMappingSchemasResource,
  createCatalogProductsResource,
  createCatalogsResource,
} from "./catalogs.js";
export {
  type CategoriesResource,
  createCategoriesResource,
} from "./categories.js";
export {
  type ChannelsResource,
  createChannelsResource,
} from "./channels.js";
export {
  type CurrenciesResource,
  createCurrenciesResource,
} from "./currencies.js";
export {
  createFamiliesResource,
  type FamiliesResource,
} from "./families.js";
export {
  createFamilyVariantsResource,
  type FamilyVariantsResource,
} from "./family-variants.js";
export {
  createJobsResource,
  type JobsResource,
} from "./jobs.js";
export {
  createLocalesResource,
  type LocalesResource,
} from "./locales.js";
export {
  createMeasureFamiliesResource,
  createMeasurementFamiliesResource,
  type MeasureFamiliesResource,
  type MeasurementFamiliesResource,
} from "./measure-families.js";
export {
  type CategoryMediaFilesResource,
  createAssetMediaFilesResource,
  createCategoryMediaFilesResource,
  createMediaFilesResource,
  createReferenceEntityMediaFilesResource,
  type ProductMediaFilesResource,
  type StandaloneMediaFilesResource,
} from "./media-files.js";
export {
  createPamAssetCategoriesResource,
  type PamAssetCategoriesResource,
} from "./pam-asset-categories.js";
export {
  createPamAssetReferenceFilesResource,
  createPamAssetVariationFilesResource,
  type PamAssetReferenceFilesResource,
  type PamAssetVariationFilesResource,
} from "./pam-asset-files.js";
export {
  createPamAssetTagsResource,
  type PamAssetTagsResource,
} from "./pam-asset-tags.js";
export {
  createPamAssetsResource,
  type PamAssetsResource,
} from "./pam-assets.js";
export {
  createPermissionsResource,
  type PermissionsResource,
} from "./permissions.js";
export {
  createProductModelsResource,
  type ProductModelsResource,
} from "./product-models.js";
export {
  createProductsResource,
  type ProductsResource,
} from "./products.js";
export {
  createPublishedProductsResource,
  type PublishedProductsResource,
} from "./published-products.js";
export {
  createReferenceEntitiesResource,
  createReferenceEntityAttributeOptionsResource,
  createReferenceEntityAttributesResource,
  type ReferenceEntitiesResource,
  type ReferenceEntityAttributeOptionsResource,
  type ReferenceEntityAttributesResource,
} from "./reference-entities.js";
export {
  createReferenceEntityRecordsResource,
  type ReferenceEntityRecordsResource,
} from "./reference-entity-records.js";
export {
  createSystemResource,
  type SystemResource,
} from "./system.js";
export {
  createUiExtensionsResource,
  type UiExtensionsResource,
} from "./ui-extensions.js";
export {
  createUuidProductsResource,
  type UuidProductsResource,
} from "./uuid-products.js";
export {
  createWorkflowExecutionsResource,
  createWorkflowsResource,
  createWorkflowTasksResource,
  type WorkflowExecutionsResource,
  type WorkflowsResource,
  type WorkflowTasksResource,
} from "./workflows.js";
