import type { Catalog } from "./catalog.js";
import type { RecordStore } from "./record-store.js";

/** Names of the seedable, inspectable collections (products have their own helpers). */
export type FakePimResource =
  | "product-models"
  | "published-products"
  | "families"
  | "family-variants"
  | "attributes"
  | "attribute-options"
  | "attribute-groups"
  | "association-types"
  | "categories"
  | "channels"
  | "locales"
  | "currencies"
  | "measurement-families"
  | "measure-families"
  | "reference-entities"
  | "reference-entity-attributes"
  | "reference-entity-records"
  | "asset-families"
  | "asset-family-attributes"
  | "assets"
  | "pam-assets"
  | "pam-asset-categories"
  | "pam-asset-tags";

/** Collections that live under a parent (family, attribute, reference entity, asset family). */
const SCOPED: Partial<
  Record<FakePimResource, (catalog: Catalog) => { of(scope: string): RecordStore }>
> = {
  "family-variants": (c) => c.familyVariants,
  "attribute-options": (c) => c.attributeOptions,
  "reference-entity-attributes": (c) => c.referenceEntityAttributes,
  "reference-entity-records": (c) => c.referenceEntityRecords,
  "asset-family-attributes": (c) => c.assetAttributes,
  assets: (c) => c.assets,
};

const PLAIN: Partial<Record<FakePimResource, (catalog: Catalog) => RecordStore>> = {
  "product-models": (c) => c.productModels,
  "published-products": (c) => c.publishedProducts,
  families: (c) => c.families,
  attributes: (c) => c.attributes,
  "attribute-groups": (c) => c.attributeGroups,
  "association-types": (c) => c.associationTypes,
  categories: (c) => c.categories,
  channels: (c) => c.channels,
  locales: (c) => c.locales,
  currencies: (c) => c.currencies,
  "measurement-families": (c) => c.measurementFamilies,
  "measure-families": (c) => c.measureFamilies,
  "reference-entities": (c) => c.referenceEntities,
  "asset-families": (c) => c.assetFamilies,
  "pam-assets": (c) => c.pamAssets,
  "pam-asset-categories": (c) => c.pamAssetCategories,
  "pam-asset-tags": (c) => c.pamAssetTags,
};

/** Resources whose records carry `created` / `updated`. */
export const TIMESTAMPED_RESOURCES: ReadonlySet<FakePimResource> = new Set([
  "product-models",
  "published-products",
  "reference-entity-records",
  "assets",
]);

/** Finds the store of a resource; scoped resources need their parent code. */
export function findResourceStore(
  catalog: Catalog,
  resource: FakePimResource,
  parent?: string,
): RecordStore {
  const scoped = SCOPED[resource];
  if (scoped !== undefined) {
    if (parent === undefined) throw new TypeError(`"${resource}" needs the code of its parent`);
    return scoped(catalog).of(parent);
  }
  const plain = PLAIN[resource];
  if (plain === undefined) throw new TypeError(`Unknown resource "${resource}"`);
  return plain(catalog);
}

/** The key field of a resource's records. */
export function keyFieldOf(resource: FakePimResource): string {
  return resource === "published-products" ? "identifier" : "code";
}
