import {
  type AssetAttributeOptionsResource,
  type AssetAttributesResource,
  type AssetFamiliesResource,
  createAssetAttributeOptionsResource,
  createAssetAttributesResource,
  createAssetFamiliesResource,
} from "./asset-families.js";
import { type AssetsResource, createAssetsResource } from "./assets.js";
import {
  type AssociationTypesResource,
  createAssociationTypesResource,
} from "./association-types.js";
import { type AttributeGroupsResource, createAttributeGroupsResource } from "./attribute-groups.js";
import {
  type AttributeOptionsResource,
  createAttributeOptionsResource,
} from "./attribute-options.js";
import { type AttributesResource, createAttributesResource } from "./attributes.js";
import {
  type CatalogMappedResource,
  type CatalogMappingSchemasResource,
  type CatalogProductsResource,
  type CatalogsResource,
  createCatalogMappedResource,
  createCatalogMappingSchemasResource,
  createCatalogProductsResource,
  createCatalogsResource,
} from "./catalogs.js";
import { type CategoriesResource, createCategoriesResource } from "./categories.js";
import { type ChannelsResource, createChannelsResource } from "./channels.js";
import { type CurrenciesResource, createCurrenciesResource } from "./currencies.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { createFamiliesResource, type FamiliesResource } from "./families.js";
import { createFamilyVariantsResource, type FamilyVariantsResource } from "./family-variants.js";
import { createJobsResource, type JobsResource } from "./jobs.js";
import { createLocalesResource, type LocalesResource } from "./locales.js";
import {
  createMeasureFamiliesResource,
  createMeasurementFamiliesResource,
  type MeasureFamiliesResource,
  type MeasurementFamiliesResource,
} from "./measure-families.js";
import {
  type CategoryMediaFilesResource,
  createAssetMediaFilesResource,
  createCategoryMediaFilesResource,
  createMediaFilesResource,
  createReferenceEntityMediaFilesResource,
  type ProductMediaFilesResource,
  type StandaloneMediaFilesResource,
} from "./media-files.js";
import { buildOfferedFacades, type OfferedFacades } from "./offered-facades.js";
import {
  createPamAssetCategoriesResource,
  type PamAssetCategoriesResource,
} from "./pam-asset-categories.js";
import {
  createPamAssetReferenceFilesResource,
  createPamAssetVariationFilesResource,
  type PamAssetReferenceFilesResource,
  type PamAssetVariationFilesResource,
} from "./pam-asset-files.js";
import { createPamAssetTagsResource, type PamAssetTagsResource } from "./pam-asset-tags.js";
import { createPamAssetsResource, type PamAssetsResource } from "./pam-assets.js";
import { createPermissionsResource, type PermissionsResource } from "./permissions.js";
import { createProductModelsResource, type ProductModelsResource } from "./product-models.js";
import { createProductsResource, type ProductsResource } from "./products.js";
import {
  createPublishedProductsResource,
  type PublishedProductsResource,
} from "./published-products.js";
import {
  createReferenceEntitiesResource,
  createReferenceEntityAttributeOptionsResource,
  createReferenceEntityAttributesResource,
  type ReferenceEntitiesResource,
  type ReferenceEntityAttributeOptionsResource,
  type ReferenceEntityAttributesResource,
} from "./reference-entities.js";
import {
  createReferenceEntityRecordsResource,
  type ReferenceEntityRecordsResource,
} from "./reference-entity-records.js";
import { createSystemResource, type SystemResource } from "./system.js";
import { createUiExtensionsResource, type UiExtensionsResource } from "./ui-extensions.js";
import { createUuidProductsResource, type UuidProductsResource } from "./uuid-products.js";
import {
  createWorkflowExecutionsResource,
  createWorkflowsResource,
  createWorkflowTasksResource,
  type WorkflowExecutionsResource,
  type WorkflowsResource,
  type WorkflowTasksResource,
} from "./workflows.js";

/** Every facade the SDK has, one per resource family of Akeneo's API. */
export interface EveryFacade {
  readonly products: ProductsResource;
  readonly uuidProducts: UuidProductsResource;
  readonly productModels: ProductModelsResource;
  /** @deprecated Akeneo deprecates published products. */
  readonly publishedProducts: PublishedProductsResource;
  readonly mediaFiles: ProductMediaFilesResource;
  readonly categories: CategoriesResource;
  readonly categoryMediaFiles: CategoryMediaFilesResource;
  readonly attributes: AttributesResource;
  readonly attributeOptions: AttributeOptionsResource;
  readonly attributeGroups: AttributeGroupsResource;
  readonly associationTypes: AssociationTypesResource;
  readonly channels: ChannelsResource;
  readonly locales: LocalesResource;
  readonly currencies: CurrenciesResource;
  /** @deprecated Akeneo deprecates measure families; use `measurementFamilies`. */
  readonly measureFamilies: MeasureFamiliesResource;
  readonly measurementFamilies: MeasurementFamiliesResource;
  readonly families: FamiliesResource;
  readonly familyVariants: FamilyVariantsResource;
  readonly referenceEntities: ReferenceEntitiesResource;
  readonly referenceEntityAttributes: ReferenceEntityAttributesResource;
  readonly referenceEntityAttributeOptions: ReferenceEntityAttributeOptionsResource;
  readonly referenceEntityRecords: ReferenceEntityRecordsResource;
  readonly referenceEntityMediaFiles: StandaloneMediaFilesResource;
  readonly assetFamilies: AssetFamiliesResource;
  readonly assetAttributes: AssetAttributesResource;
  readonly assetAttributeOptions: AssetAttributeOptionsResource;
  readonly assets: AssetsResource;
  readonly assetMediaFiles: StandaloneMediaFilesResource;
  /** @deprecated Akeneo deprecates the PAM assets; use `assetFamilies` and `assets`. */
  readonly pamAssets: PamAssetsResource;
  /** @deprecated Akeneo deprecates the PAM assets. */
  readonly pamAssetCategories: PamAssetCategoriesResource;
  /** @deprecated Akeneo deprecates the PAM assets. */
  readonly pamAssetTags: PamAssetTagsResource;
  /** @deprecated Akeneo deprecates the PAM assets. */
  readonly pamAssetReferenceFiles: PamAssetReferenceFilesResource;
  /** @deprecated Akeneo deprecates the PAM assets. */
  readonly pamAssetVariationFiles: PamAssetVariationFilesResource;
  readonly jobs: JobsResource;
  readonly workflows: WorkflowsResource;
  readonly workflowExecutions: WorkflowExecutionsResource;
  readonly workflowTasks: WorkflowTasksResource;
  readonly catalogs: CatalogsResource;
  readonly catalogProducts: CatalogProductsResource;
  readonly catalogMapped: CatalogMappedResource;
  readonly catalogMappingSchemas: CatalogMappingSchemasResource;
  readonly uiExtensions: UiExtensionsResource;
  readonly permissions: PermissionsResource;
  readonly system: SystemResource;
}

/**
 * The facades of the client: every facade whose operations the description the SDK was generated
 * from has (all of them for the default description).
 */
export type AkeneoResources = OfferedFacades<EveryFacade>;

/** Creates the offered facades on one resource context. */
export function createResources(context: ResourceContext): AkeneoResources {
  return Object.freeze(
    buildOfferedFacades<EveryFacade>({
      products: () => createProductsResource(context),
      uuidProducts: () => createUuidProductsResource(context),
      productModels: () => createProductModelsResource(context),
      publishedProducts: () => createPublishedProductsResource(context),
      mediaFiles: () => createMediaFilesResource(context),
      categories: () => createCategoriesResource(context),
      categoryMediaFiles: () => createCategoryMediaFilesResource(context),
      attributes: () => createAttributesResource(context),
      attributeOptions: () => createAttributeOptionsResource(context),
      attributeGroups: () => createAttributeGroupsResource(context),
      associationTypes: () => createAssociationTypesResource(context),
      channels: () => createChannelsResource(context),
      locales: () => createLocalesResource(context),
      currencies: () => createCurrenciesResource(context),
      measureFamilies: () => createMeasureFamiliesResource(context),
      measurementFamilies: () => createMeasurementFamiliesResource(context),
      families: () => createFamiliesResource(context),
      familyVariants: () => createFamilyVariantsResource(context),
      referenceEntities: () => createReferenceEntitiesResource(context),
      referenceEntityAttributes: () => createReferenceEntityAttributesResource(context),
      referenceEntityAttributeOptions: () => createReferenceEntityAttributeOptionsResource(context),
      referenceEntityRecords: () => createReferenceEntityRecordsResource(context),
      referenceEntityMediaFiles: () => createReferenceEntityMediaFilesResource(context),
      assetFamilies: () => createAssetFamiliesResource(context),
      assetAttributes: () => createAssetAttributesResource(context),
      assetAttributeOptions: () => createAssetAttributeOptionsResource(context),
      assets: () => createAssetsResource(context),
      assetMediaFiles: () => createAssetMediaFilesResource(context),
      pamAssets: () => createPamAssetsResource(context),
      pamAssetCategories: () => createPamAssetCategoriesResource(context),
      pamAssetTags: () => createPamAssetTagsResource(context),
      pamAssetReferenceFiles: () => createPamAssetReferenceFilesResource(context),
      pamAssetVariationFiles: () => createPamAssetVariationFilesResource(context),
      jobs: () => createJobsResource(context),
      workflows: () => createWorkflowsResource(context),
      workflowExecutions: () => createWorkflowExecutionsResource(context),
      workflowTasks: () => createWorkflowTasksResource(context),
      catalogs: () => createCatalogsResource(context),
      catalogProducts: () => createCatalogProductsResource(context),
      catalogMapped: () => createCatalogMappedResource(context),
      catalogMappingSchemas: () => createCatalogMappingSchemasResource(context),
      uiExtensions: () => createUiExtensionsResource(context),
      permissions: () => createPermissionsResource(context),
      system: () => createSystemResource(context),
    }),
  );
}
